/**
 * @module
 * Aggregates over the store: the actor list (actor1 and actor2 names together) and the summary
 * shown by `faultline stats` and the dashboard. Counts are cast to `int` so both drivers return
 * numbers, not bigint strings.
 */
import type { Queryable } from './queryable.js'
import type { ActorSummary, StoreSummary } from './store.js'

/** Every actor name with its event and its most common `inter` code. */
const ACTORS = `WITH a AS (
    SELECT actor1 AS name, inter1 AS inter, event_id FROM events WHERE actor1 <> ''
    UNION ALL
    SELECT actor2, inter2, event_id FROM events WHERE actor2 <> ''
  )
  SELECT name, (mode() WITHIN GROUP (ORDER BY inter))::int AS inter,
    count(DISTINCT event_id)::int AS events
  FROM a GROUP BY name ORDER BY events DESC, name`

export async function listActors(db: Queryable): Promise<ActorSummary[]> {
  return (await db.query<ActorSummary>(ACTORS)).rows
}

export async function summary(db: Queryable, top = 10): Promise<StoreSummary> {
  const totals = await db.query<{ documents: number; events: number }>(
    `SELECT (SELECT count(*)::int FROM documents) AS documents,
       (SELECT count(*)::int FROM events) AS events`,
  )
  const byType = await db.query<{ type: string; count: number }>(
    `SELECT event_type AS type, count(*)::int AS count FROM events
     GROUP BY event_type ORDER BY count DESC, type`,
  )
  const topActors = await db.query<{ name: string; count: number }>(
    `SELECT name, events AS count FROM (${ACTORS}) AS actors
     ORDER BY count DESC, name LIMIT $1::int`,
    [top],
  )
  const topPlaces = await db.query<{ location: string; country: string; count: number }>(
    `SELECT location, country, count(*)::int AS count FROM events WHERE location <> ''
     GROUP BY location, country ORDER BY count DESC, location, country LIMIT $1::int`,
    [top],
  )
  return {
    documents: totals.rows[0]?.documents ?? 0,
    events: totals.rows[0]?.events ?? 0,
    byType: byType.rows,
    topActors: topActors.rows,
    topPlaces: topPlaces.rows,
  }
}
