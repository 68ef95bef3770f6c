/**
 * @module
 * The `framing_docs`, `actor_labels` and `actor_relations` tables. `updateFraming(docId)` reads a
 * stored document and its events, runs the framing lens (`framing/store/frame-document.ts`) and
 * replaces the document's rows in one transaction: keyed on the document id, so running it again
 * changes nothing. `framingFor` reads the outlets × labels table of an actor or an outlet, with
 * every outlet's loaded-language rate.
 */
import { frameDocument } from '../framing/store/frame-document.js'
import { framingTable } from '../framing/framing-table.js'
import type { ActorLabel } from '../framing/types.js'
import { resolveActorName } from '../resolve/actors/index.js'
import type { FramingReport } from '../schema/framing.js'
import { getDocument } from './document-repo.js'
import { eventsOfDocument } from './event-repo.js'
import type { Queryable } from './queryable.js'
import type { FramingQuery } from './store.js'


/** Frames one stored document (replacing earlier rows); false when there is no such document. */
export async function updateFraming(db: Queryable, docId: string): Promise<boolean> {
  const doc = await getDocument(db, docId)
  if (doc === null) return false
  const f = frameDocument(doc, await eventsOfDocument(db, docId))
  await db.transaction(async (tx) => {
    for (const table of ['framing_docs', 'actor_labels', 'actor_relations']) {
      await tx.query(`DELETE FROM ${table} WHERE doc_id = $1::text`, [docId])
    }
    await tx.query(
      `INSERT INTO framing_docs (doc_id, outlet, words, loaded_count, loaded_rate, loaded_rate_all,
         loaded, scare_quotes)
       VALUES ($1::text, $2::text, $3::int, $4::int, $5::float8, $6::float8, $7::jsonb, $8::jsonb)`,
      [docId, f.outlet, f.words, f.loadedCount, f.loadedRate, f.loadedRateAll,
        JSON.stringify(f.loaded), JSON.stringify(f.scareQuotes)],
    )
    const l = f.labels
    if (l.length > 0) {
      await tx.query(
        `INSERT INTO actor_labels (doc_id, outlet, actor, label, span_start, span_end, loaded,
           quoted, via, org)
         SELECT $1::text, $2::text, * FROM unnest($3::text[], $4::text[], $5::int[], $6::int[],
           $7::bool[], $8::bool[], $9::text[], $10::text[])`,
        [docId, f.outlet, l.map((x) => x.actor), l.map((x) => x.label), l.map((x) => x.start),
          l.map((x) => x.end), l.map((x) => x.loaded), l.map((x) => x.quoted),
          l.map((x) => x.via), l.map((x) => x.org)],
      )
    }
    const r = f.relations
    if (r.length > 0) {
      await tx.query(
        `INSERT INTO actor_relations (doc_id, outlet, a, relation, b, span_start, span_end, text,
           origin, event_id, observed_on)
         SELECT $1::text, $2::text, * FROM unnest($3::text[], $4::text[], $5::text[], $6::int[],
           $7::int[], $8::text[], $9::text[], $10::text[], $11::date[])`,
        [docId, f.outlet, r.map((x) => x.a), r.map((x) => x.relation), r.map((x) => x.b),
          r.map((x) => x.start), r.map((x) => x.end), r.map((x) => x.text),
          r.map((x) => x.origin), r.map((x) => x.event_id), r.map((x) => x.observed_on)],
      )
    }
  })
  return true
}

/** Frames the documents stored without framing (older databases, restores); returns how many. */
export async function framingPending(db: Queryable): Promise<number> {
  const { rows } = await db.query<{ id: string }>(
    `SELECT d.id FROM documents d
     WHERE NOT EXISTS (SELECT 1 FROM framing_docs f WHERE f.doc_id = d.id) ORDER BY d.id`,
  )
  for (const r of rows) await updateFraming(db, r.id)
  return rows.length
}

/**
 * The canonical name of a typed actor: the name itself when the store knows it (labels, events
 * or relations), else the registry's resolution ('JNIM' → 'JNIM: Group for…'), else as typed.
 */
export async function canonicalActor(db: Queryable, name: string): Promise<string> {
  const typed = name.trim()
  const { rows } = await db.query<{ hit: number }>(
    `SELECT 1 AS hit WHERE EXISTS (SELECT 1 FROM actor_labels WHERE actor = $1::text)
       OR EXISTS (SELECT 1 FROM events WHERE actor1 = $1::text OR actor2 = $1::text)
       OR EXISTS (SELECT 1 FROM actor_relations WHERE a = $1::text OR b = $1::text)`,
    [typed],
  )
  if (rows.length > 0) return typed
  return resolveActorName(typed)?.name ?? typed
}

interface LabelDbRow {
  doc_id: string
  outlet: string
  actor: string
  label: string
  span_start: number
  span_end: number
  loaded: boolean
  quoted: boolean
}

/** Outlets × labels (counts, evidence) for an actor and/or outlet, with the outlets' rates. */
export async function framingFor(db: Queryable, q: FramingQuery): Promise<FramingReport> {
  const actor = q.actor?.trim() ? await canonicalActor(db, q.actor) : null
  const outlet = q.outlet?.trim() ? q.outlet.trim() : null
  const labels = await db.query<LabelDbRow>(
    `SELECT doc_id, outlet, actor, label, span_start, span_end, loaded, quoted FROM actor_labels
     WHERE ($1::text IS NULL OR actor = $1::text)
       AND ($2::text IS NULL OR lower(outlet) = lower($2::text))
     ORDER BY doc_id, span_start, actor, span_end, label`,
    [actor, outlet],
  )
  const byDoc = new Map<string, { outlet: string; labels: ActorLabel[] }>()
  for (const r of labels.rows) {
    const d = byDoc.get(r.doc_id) ?? { outlet: r.outlet, labels: [] }
    d.labels.push({ actor: r.actor, label: r.label, start: r.span_start, end: r.span_end,
      loaded: r.loaded, quoted: r.quoted, via: 'mention' })
    byDoc.set(r.doc_id, d)
  }
  const docs = [...byDoc].map(([doc, d]) => ({ doc, outlet: d.outlet, text: '', labels: d.labels }))
  const rates = await db.query<{ outlet: string; docs: number; words: number; loaded: number }>(
    `SELECT outlet, count(*)::int AS docs, sum(words)::int AS words,
       sum(loaded_count)::int AS loaded
     FROM framing_docs
     WHERE ($2::text IS NULL OR lower(outlet) = lower($2::text))
       AND ($1::text IS NULL OR outlet IN (SELECT outlet FROM actor_labels WHERE actor = $1::text))
     GROUP BY outlet ORDER BY outlet`,
    [actor, outlet],
  )
  const outlets = rates.rows.map((r) => ({
    ...r,
    rate: r.words > 0 ? Math.round((r.loaded / r.words) * 100_000) / 100 : 0,
  }))
  const rows = framingTable(docs).rows.map((r) => ({ ...r, evidence: [...r.evidence] }))
  return { actor, outlet, rows, outlets }
}
