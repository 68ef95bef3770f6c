/**
 * @module
 * The outlet comparison: for the events matching a filter, what each outlet reported (documents,
 * events, fatalities, types, date range) and, over incidents that several outlets reported, how
 * often it published first. Grouped in SQL; one row per outlet, most events first.
 */
import type { Queryable } from '../store/queryable.js'
import type { OutletCompare } from './aggregate-schema.js'
import type { EventFilter } from './filters.js'
import { resolveActors } from './actor-names.js'
import { whereClause } from './where-clause.js'

const DAY = (col: string) => `to_char(${col}, 'YYYY-MM-DD')`

interface Totals {
  outlet: string
  documents: number
  events: number
  fatalities: number
  first_event: string | null
  last_event: string | null
  first_published: string | null
  last_published: string | null
}

/** Per-outlet reporting of the events matching `filter`. */
export async function aggregateOutlets(db: Queryable, filter: EventFilter): Promise<OutletCompare[]> {
  const where = whereClause(await resolveActors(db, filter))
  const from = `FROM events e JOIN documents d ON d.id = e.doc_id WHERE ${where.sql}`
  const totals = await db.query<Totals>(
    `SELECT coalesce(d.outlet, '') AS outlet, count(DISTINCT e.doc_id)::int AS documents,
       count(*)::int AS events, sum(e.fatalities)::float8 AS fatalities,
       ${DAY('min(e.event_date)')} AS first_event, ${DAY('max(e.event_date)')} AS last_event,
       ${DAY('min(d.published_at)')} AS first_published,
       ${DAY('max(d.published_at)')} AS last_published
     ${from} GROUP BY 1`,
    where.params,
  )
  const types = await db.query<{ outlet: string; type: string; n: number }>(
    `SELECT coalesce(d.outlet, '') AS outlet, e.event_type AS type, count(*)::int AS n
     ${from} GROUP BY 1, 2`,
    where.params,
  )
  const firsts = await db.query<{ outlet: string; shared: number; first: number }>(
    `WITH m AS (
       SELECT im.incident_id, coalesce(d.outlet, '') AS outlet, min(d.published_at) AS pub
       FROM incident_members im JOIN events e ON e.event_id = im.event_id
         JOIN documents d ON d.id = e.doc_id
       WHERE ${where.sql} GROUP BY 1, 2
     ), multi AS (
       SELECT incident_id, min(pub) AS first FROM m GROUP BY 1 HAVING count(*) > 1
     )
     SELECT m.outlet, count(*)::int AS shared,
       count(*) FILTER (WHERE m.pub = multi.first)::int AS first
     FROM m JOIN multi USING (incident_id) GROUP BY 1`,
    where.params,
  )
  const byType = new Map<string, Record<string, number>>()
  for (const t of types.rows) byType.set(t.outlet, { ...byType.get(t.outlet), [t.type]: t.n })
  const first = new Map(firsts.rows.map((f) => [f.outlet, f]))
  return totals.rows
    .map((t) => ({
      ...t,
      by_type: byType.get(t.outlet) ?? {},
      shared_incidents: first.get(t.outlet)?.shared ?? 0,
      first_reports: first.get(t.outlet)?.first ?? 0,
    }))
    .sort((a, b) => b.events - a.events || a.outlet.localeCompare(b.outlet))
}
