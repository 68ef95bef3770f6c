/**
 * @module
 * The `incidents` and `incident_members` tables. `updateIncidents(docId)` is the incremental
 * step of corroboration: it fetches only the candidate neighbours of the document's reports
 * (`incident-neighbours.ts`) and the reports an analyst linked to them (`incident-links-repo.ts`),
 * recomputes the components of that neighbourhood in memory (`corroborate/components.ts`) and
 * replaces the incidents it touched, in one transaction. Running it twice changes nothing. Listing reads members and builds each
 * incident's claims and summaries on the fly (`corroborate/claims.ts`).
 */
import type { IncidentReport } from '../corroborate/claims.js'
import { buildIncident } from '../corroborate/claims.js'
import { components } from '../corroborate/components.js'
import type { Incident } from '../corroborate/incident.js'
import { sameHappening } from '../corroborate/same-event.js'
import type { EventFilter, Page } from '../query/filters.js'
import { whereClause } from '../query/where-clause.js'
import type { EventRecord } from '../schema/event.js'
import { incidentOfEvents, recordRegrouping } from './change-repo.js'
import { EVENT_SELECT, rowToEvent } from './event-row.js'
import { pullLinkedReports } from './incident-links-repo.js'
import { candidates, fingerprintDocument } from './incident-neighbours.js'
import type { EventRow } from './event-row.js'
import type { Queryable } from './queryable.js'

/** Advisory lock key of corroboration ("inci"): one writer of incidents at a time. */
const LOCK_KEY = 0x696e6369

async function incidentsOf(db: Queryable, eventIds: readonly string[]): Promise<string[]> {
  const { rows } = await db.query<{ id: string }>(
    'SELECT DISTINCT incident_id AS id FROM incident_members WHERE event_id = ANY($1::text[])',
    [eventIds],
  )
  return rows.map((r) => r.id)
}

async function membersOf(db: Queryable, ids: readonly string[]): Promise<EventRecord[]> {
  const { rows } = await db.query<EventRow>(
    `SELECT ${EVENT_SELECT} FROM incident_members m JOIN events e ON e.event_id = m.event_id
     WHERE m.incident_id = ANY($1::text[])`,
    [ids],
  )
  return rows.map(rowToEvent)
}

/**
 * Links the news reports of document `docId` into incidents, merging the incidents of their
 * neighbours where `sameHappening` says so. Returns the ids of the incidents now holding the
 * document's reports. Idempotent; touches only the neighbourhood of the document.
 */
export async function updateIncidents(db: Queryable, docId: string): Promise<string[]> {
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1::bigint)', [LOCK_KEY])
    await fingerprintDocument(tx, docId)
    const { rows } = await tx.query<EventRow>(
      `SELECT ${EVENT_SELECT} FROM events e WHERE e.doc_id = $1::text AND e.tier = 'news'`,
      [docId],
    )
    const own = rows.map(rowToEvent)
    if (own.length === 0) return []
    const near: EventRecord[] = []
    for (const e of own) near.push(...(await candidates(tx, e)))
    const touched = await incidentsOf(tx, [...own, ...near].map((e) => e.event_id))
    const pool = new Map<string, EventRecord>()
    for (const e of [...(await membersOf(tx, touched)), ...near, ...own]) pool.set(e.event_id, e)
    // An analyst's merges and splits (incident_links) win over the machine's judgement.
    const linked = await pullLinkedReports(tx, pool)
    touched.push(...linked.touched)
    const next = components([...pool.values()], sameHappening, linked.links)
    const was = await incidentOfEvents(tx, [...pool.keys()])
    await tx.query('DELETE FROM incidents WHERE id = ANY($1::text[])', [touched])
    await tx.query('DELETE FROM incident_members WHERE event_id = ANY($1::text[])', [
      [...pool.keys()],
    ])
    for (const c of next) {
      const dates = c.eventIds.flatMap((id) => pool.get(id)?.event_date ?? [])
      await tx.query(
        'INSERT INTO incidents (id, first_date, reports) VALUES ($1::text, $2::date, $3::int)',
        [c.id, dates.sort()[0] ?? null, c.eventIds.length],
      )
      await tx.query(
        `INSERT INTO incident_members (event_id, incident_id)
         SELECT unnest($1::text[]), $2::text`,
        [c.eventIds, c.id],
      )
    }
    await recordRegrouping(tx, was, next, (id) => pool.get(id)?.doc_id)
    const mine = new Set(own.map((e) => e.event_id))
    return next.filter((c) => c.eventIds.some((id) => mine.has(id))).map((c) => c.id)
  })
}

/**
 * Corroborates every document stored without it (a database from before migration 0002, a
 * restored backup, `store.ingest` called directly): those have no fingerprint yet, and
 * `updateIncidents` sets it. One document at a time, so the result is what ingesting them gives.
 */
export async function corroboratePending(db: Queryable): Promise<number> {
  const { rows } = await db.query<{ id: string }>(
    'SELECT id FROM documents WHERE fingerprint IS NULL ORDER BY id',
  )
  for (const r of rows) await updateIncidents(db, r.id)
  return rows.length
}

type MemberRow = EventRow & {
  incident_id: string
  outlet: string | null
  fingerprint: string | null
}

async function loadIncidents(db: Queryable, ids: readonly string[]): Promise<Incident[]> {
  if (ids.length === 0) return []
  const { rows } = await db.query<MemberRow>(
    `SELECT ${EVENT_SELECT}, m.incident_id, d.outlet, d.fingerprint
     FROM incident_members m JOIN events e ON e.event_id = m.event_id
       JOIN documents d ON d.id = e.doc_id
     WHERE m.incident_id = ANY($1::text[])`,
    [ids],
  )
  const byIncident = new Map<string, IncidentReport[]>()
  for (const r of rows) {
    const report = { ...rowToEvent(r), outlet: r.outlet, fingerprint: r.fingerprint }
    byIncident.set(r.incident_id, [...(byIncident.get(r.incident_id) ?? []), report])
  }
  return ids.flatMap((id) => {
    const reports = byIncident.get(id)
    return reports === undefined ? [] : [buildIncident(id, reports)]
  })
}

export async function getIncident(db: Queryable, id: string): Promise<Incident | null> {
  return (await loadIncidents(db, [id]))[0] ?? null
}

/**
 * Incidents with at least one member report matching `filter` (the `listEvents` semantics),
 * newest first (earliest member date desc, undated last, then id); `total` ignores the page.
 */
export async function listIncidents(
  db: Queryable,
  filter: EventFilter,
  page: Page,
): Promise<{ total: number; items: Incident[] }> {
  const where = whereClause(filter)
  const n = where.params.length
  const hit = `SELECT DISTINCT m.incident_id FROM incident_members m
    JOIN events e ON e.event_id = m.event_id WHERE ${where.sql}`
  const count = await db.query<{ total: number }>(
    `SELECT count(*)::int AS total FROM (${hit}) h`,
    where.params,
  )
  const { rows } = await db.query<{ id: string }>(
    `SELECT i.id FROM incidents i WHERE i.id IN (${hit})
     ORDER BY i.first_date DESC NULLS LAST, i.id LIMIT $${n + 1}::int OFFSET $${n + 2}::int`,
    [...where.params, page.limit, page.offset],
  )
  const items = await loadIncidents(db, rows.map((r) => r.id))
  return { total: count.rows[0]?.total ?? 0, items }
}
