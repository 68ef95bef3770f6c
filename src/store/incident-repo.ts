/**
 * @module
 * The `incidents` and `incident_members` tables. `updateIncidents(docId)` is the incremental
 * step of corroboration (`incident-regroup.ts`): it fetches only the candidate neighbours of the
 * document's reports (`incident-neighbours.ts`) and the reports an analyst linked to them
 * (`incident-links-repo.ts`), recomputes the components of that neighbourhood in memory
 * (`corroborate/components.ts`) and replaces the incidents it touched; concurrent workers wait
 * for each other only while the incidents are replaced. Running it twice changes nothing.
 * Listing reads members and builds each incident's claims and summaries on the fly
 * (`corroborate/claims.ts`).
 */
import type { IncidentReport } from '../corroborate/claims.js'
import { buildIncident } from '../corroborate/claims.js'
import type { Incident } from '../corroborate/incident.js'
import type { EventFilter, Page } from '../query/filters.js'
import { resolveActors } from '../query/actor-names.js'
import { whereClause } from '../query/where-clause.js'
import { EVENT_SELECT, rowToEvent } from './event-row.js'
import type { EventRow } from './event-row.js'
import { updateIncidents } from './incident-regroup.js'
import type { Queryable } from './queryable.js'

export { updateIncidents }

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
  const where = whereClause(await resolveActors(db, filter))
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
