/**
 * @module
 * The `event_changes` table: the change log of the versioned dataset. Writers call these helpers
 * inside their own transaction, so a change and its log entry commit together or not at all:
 * ingest logs 'added' per event, re-extraction the diff of a document's events before and after
 * ('revised' only when the record changed), a review 'corrected' or 'deleted', corroboration
 * 'revised' when an event moves to another incident. Every write is one multi-row INSERT (one
 * jsonb parameter), so a document of 500 events costs one statement. `listChanges` reads the log
 * in `seq` order (the cursor) from a time and/or after a seq; seqs commit in order (a lock), so
 * a cursor never skips a change that committed late.
 */
import type { Change, ChangeKind, ChangePage } from '../schema/changes.js'
import type { EventRecord } from '../schema/event.js'
import { EVENT_SELECT, rowToEvent } from './event-row.js'
import type { EventRow } from './event-row.js'
import type { Queryable } from './queryable.js'

/** An event as the log holds it: the record and who coded it. */
export type LoggedEvent = EventRecord & { readonly coded_by: 'machine' | 'analyst' }

export interface NewChange {
  readonly event_id: string
  readonly doc_id: string
  readonly kind: ChangeKind
  readonly reason: string
  readonly before?: unknown
  readonly after?: unknown
}

/** Advisory lock key of the log ("chng"): held from a writer's insert to its commit. */
const LOCK_KEY = 0x63686e67

/**
 * Writes `changes` in array order (their seqs follow that order) with one statement. The lock
 * makes seqs commit in order on a server: a reader resuming after seq N never later finds a
 * smaller seq that was still uncommitted when it read. Callers write the log last in their
 * transaction, so the lock is held only until the commit.
 */
export async function recordChanges(db: Queryable, changes: readonly NewChange[]): Promise<void> {
  if (changes.length === 0) return
  // Serialised before the lock: for a large document that is most of the work.
  const rows = JSON.stringify(
    changes.map((c) => ({ ...c, before: c.before ?? null, after: c.after ?? null })),
  )
  await db.query('SELECT pg_advisory_xact_lock($1::bigint)', [LOCK_KEY])
  await db.query(
    `INSERT INTO event_changes (event_id, doc_id, kind, reason, before, after)
     SELECT c->>'event_id', c->>'doc_id', c->>'kind', c->>'reason',
       NULLIF(c->'before', 'null'::jsonb), NULLIF(c->'after', 'null'::jsonb)
     FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS x(c, n) ORDER BY n`,
    [rows],
  )
}

/** A short label for reasons: a title cut to 80 characters, else the id. */
export const labelOf = (title: string | null | undefined, id: string): string => {
  const t = (title ?? '').replace(/\s+/g, ' ').trim()
  return t === '' ? id : t.length > 80 ? `${t.slice(0, 79)}…` : t
}

/** The events of a document (or of the given ids) with `coded_by`, keyed by event id. */
export async function loggedEvents(
  db: Queryable, where: { docId: string } | { ids: readonly string[] },
): Promise<Map<string, LoggedEvent>> {
  const [sql, param] = 'docId' in where
    ? ['e.doc_id = $1::text', where.docId]
    : ['e.event_id = ANY($1::text[])', where.ids]
  const { rows } = await db.query<EventRow & { coded_by: LoggedEvent['coded_by'] }>(
    `SELECT ${EVENT_SELECT}, e.coded_by FROM events e WHERE ${sql} ORDER BY e.seq`, [param],
  )
  return new Map(rows.map((r) => [r.event_id, { ...rowToEvent(r), coded_by: r.coded_by }]))
}

/** 'added', 'revised' (record changed) and 'deleted' entries from a document's before/after. */
export function diffChanges(
  before: ReadonlyMap<string, LoggedEvent>,
  after: ReadonlyMap<string, LoggedEvent>,
  reasons: { added: string; revised: string; deleted: string },
): NewChange[] {
  const out: NewChange[] = []
  for (const [id, now] of after) {
    const was = before.get(id)
    if (was === undefined) {
      out.push({ event_id: id, doc_id: now.doc_id, kind: 'added', reason: reasons.added,
        after: now })
    } else if (JSON.stringify(was) !== JSON.stringify(now)) {
      out.push({ event_id: id, doc_id: now.doc_id, kind: 'revised', reason: reasons.revised,
        before: was, after: now })
    }
  }
  for (const [id, was] of before) {
    if (after.has(id)) continue
    out.push({ event_id: id, doc_id: was.doc_id, kind: 'deleted', reason: reasons.deleted,
      before: was })
  }
  return out
}

/** The incident each of `ids` belongs to now (events in none are left out). */
export async function incidentOfEvents(
  db: Queryable, ids: readonly string[],
): Promise<Map<string, string>> {
  const { rows } = await db.query<{ event_id: string; incident_id: string }>(
    'SELECT event_id, incident_id FROM incident_members WHERE event_id = ANY($1::text[])', [ids],
  )
  return new Map(rows.map((r) => [r.event_id, r.incident_id]))
}

/**
 * Logs 'revised' for every event whose incident changed in a corroboration step (one INSERT).
 * A new event put alone in an incident of its own is not a revision and is left out.
 */
export async function recordRegrouping(
  db: Queryable,
  was: ReadonlyMap<string, string>,
  next: readonly { readonly id: string; readonly eventIds: readonly string[] }[],
  docOf: (eventId: string) => string | undefined,
): Promise<void> {
  const changes: NewChange[] = []
  for (const c of next) {
    const n = c.eventIds.length
    for (const id of c.eventIds) {
      const old = was.get(id)
      const doc = docOf(id)
      if (old === c.id || doc === undefined || (old === undefined && n === 1)) continue
      const reason = n === 1 ? 'no longer corroborated' : `corroborated with ${n} reports`
      changes.push({ event_id: id, doc_id: doc, kind: 'revised', reason,
        before: old === undefined ? null : { incident_id: old }, after: { incident_id: c.id } })
    }
  }
  await recordChanges(db, changes)
}

type ChangeRow = Omit<Change, 'seq' | 'before' | 'after'> & {
  seq: string | number
  before: string | null
  after: string | null
}

/** The log from `since` (an instant) and/or after `after` (a seq), oldest first. */
export async function listChanges(
  db: Queryable,
  q: { since?: string; after?: number; kinds?: readonly ChangeKind[]; limit?: number },
): Promise<ChangePage> {
  const limit = q.limit ?? 1000
  const { rows } = await db.query<ChangeRow>(
    `SELECT seq::text AS seq,
       to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS at,
       event_id, doc_id, kind, reason, before::text AS before, after::text AS after
     FROM event_changes
     WHERE ($1::timestamptz IS NULL OR at >= $1::timestamptz) AND seq > $2::bigint
       AND ($3::text[] IS NULL OR kind = ANY($3::text[]))
     ORDER BY event_changes.seq LIMIT $4::int`,
    [q.since ?? null, q.after ?? 0, q.kinds && q.kinds.length > 0 ? q.kinds : null, limit],
  )
  const items: Change[] = rows.map((r) => ({
    ...r,
    seq: Number(r.seq),
    before: r.before === null ? null : JSON.parse(r.before),
    after: r.after === null ? null : JSON.parse(r.after),
  }))
  return { items, next_after: items.at(-1)?.seq ?? q.after ?? null, more: items.length === limit }
}
