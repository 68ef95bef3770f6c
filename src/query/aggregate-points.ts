/**
 * @module
 * The map aggregate's SQL pieces over `events e`: extra `$n` parameters after a filter's, the
 * "placed and inside the box" condition, and the points of the cells the map opens (sparse cells,
 * or every cell when zoomed right in), strongest first, capped.
 */
import type { Queryable } from '../store/queryable.js'
import type { BboxValue, MapPoint } from './aggregate-schema.js'

/** Grows a SQL fragment with more `$n` parameters after the filter's. */
export function paramsAfter(params: unknown[]) {
  return (value: unknown, cast: string): string => {
    params.push(value)
    return `$${params.length}::${cast}`
  }
}

export function bboxSql(bbox: BboxValue | undefined, p: (v: unknown, cast: string) => string): string {
  const placed = 'e.latitude IS NOT NULL AND e.longitude IS NOT NULL'
  if (bbox === undefined) return placed
  return `${placed} AND e.latitude BETWEEN ${p(bbox.south, 'float8')} AND ${p(bbox.north, 'float8')}
    AND e.longitude BETWEEN ${p(bbox.west, 'float8')} AND ${p(bbox.east, 'float8')}`
}

export async function pointsOf(
  db: Queryable,
  where: { sql: string; params: unknown[] },
  cell: number,
  bbox: BboxValue | undefined,
  open: readonly { cx: number; cy: number }[],
  max: number,
): Promise<MapPoint[]> {
  const params = [...where.params]
  const p = paramsAfter(params)
  const c = p(cell, 'float8')
  const inView = bboxSql(bbox, p)
  const xs = p(open.map((o) => o.cx), 'int[]')
  const ys = p(open.map((o) => o.cy), 'int[]')
  const { rows } = await db.query<MapPoint & { event_date: string | null }>(
    `SELECT e.event_id, e.latitude AS lat, e.longitude AS lon, e.event_type, e.fatalities,
       e.geo_precision, to_char(e.event_date, 'YYYY-MM-DD') AS event_date, e.actor1, e.actor2,
       e.location, e.admin1, e.country
     FROM events e WHERE (${where.sql}) AND ${inView}
       AND (floor(e.longitude / ${c})::int, floor(e.latitude / ${c})::int)
         IN (SELECT * FROM unnest(${xs}, ${ys}))
     ORDER BY e.fatalities DESC, e.event_id
     LIMIT ${max}`,
    params,
  )
  return rows
}
