/**
 * @module
 * The map aggregate inside a box from the rollup: the zoom-6 cells wholly inside the box come
 * pre-counted from `event_rollup`; the events of the cut cells along the edges (four thin strips,
 * each a range the latitude/longitude indexes serve) are read from `events` and binned the same
 * way; the filter's totals are the rollup's. Null when no whole cell fits in the box (a small box:
 * the event scan is cheap there). The rows have the shape of aggregate-map's box queries.
 */
import type { Queryable } from '../store/queryable.js'
import type { BboxValue } from './aggregate-schema.js'
import type { EventFilter } from './filters.js'
import { whereClause } from './where-clause.js'

/** Slack (degrees) for the strips' index ranges: far above float rounding, far below a cell. */
const EPS = 1e-9

/** Indexes of the zoom-6 cells wholly inside [lo, hi] along one axis; null when none. Pure. */
export function innerRange(lo: number, hi: number, cell: number): [number, number] | null {
  const first = Math.ceil((lo + EPS) / cell)
  const last = Math.floor((hi - EPS) / cell) - 1
  return first <= last ? [first, last] : null
}

/**
 * Conditions over `events e` for the four strips outside the cells x0…x1 × y0…y1 (cell side `c`;
 * all SQL expressions): below, above, left and right of them; together, every placed event not
 * in those cells, each once. The exact test is the floor; the range beside it is its superset,
 * there for the (latitude, longitude) and (longitude, latitude) indexes.
 */
export function edgeStrips(c: string, [x0, x1, y0, y1]: string[]): string[] {
  const fx = `floor(e.longitude / ${c})::int`
  const fy = `floor(e.latitude / ${c})::int`
  return [
    `${fy} < ${y0} AND e.latitude < ${y0} * ${c} + ${EPS}`,
    `${fy} > ${y1} AND e.latitude >= (${y1} + 1) * ${c} - ${EPS}`,
    `${fy} BETWEEN ${y0} AND ${y1} AND ${fx} < ${x0} AND e.longitude < ${x0} * ${c} + ${EPS}`,
    `${fy} BETWEEN ${y0} AND ${y1} AND ${fx} > ${x1}
      AND e.longitude >= (${x1} + 1) * ${c} - ${EPS}`,
  ]
}

/**
 * Cells (g = 0) and totals (g = 1) for `bbox` at `zoom`; `src` selects the matching rollup map
 * rows (params from $1), `cell` is the rollup's cell side, `k` how many of its cells span a cell
 * at `zoom`.
 */
export async function rollupBoxRows<Row>(
  db: Queryable,
  filter: EventFilter,
  bbox: BboxValue,
  src: { sql: string; params: unknown[] },
  grid: { cell: number; zoomCell: number; k: number },
): Promise<Row[] | null> {
  const xs = innerRange(bbox.west, bbox.east, grid.cell)
  const ys = innerRange(bbox.south, bbox.north, grid.cell)
  if (xs === null || ys === null) return null
  const params = [...src.params]
  const w = whereClause(filter, params.length + 1)
  params.push(...w.params)
  const p = (v: unknown, cast: string) => `$${params.push(v)}::${cast}`
  const [x0, x1, y0, y1] = [p(xs[0], 'int'), p(xs[1], 'int'), p(ys[0], 'int'), p(ys[1], 'int')]
  const c = p(grid.cell, 'float8')
  const zc = p(grid.zoomCell, 'float8')
  const k = p(grid.k, 'float8')
  const box = `e.latitude BETWEEN ${p(bbox.south, 'float8')} AND ${p(bbox.north, 'float8')}
    AND e.longitude BETWEEN ${p(bbox.west, 'float8')} AND ${p(bbox.east, 'float8')}`
  const strips = edgeStrips(c, [x0, x1, y0, y1])
  const edge = strips.map((s) => `SELECT floor(e.longitude / ${zc})::int AS cx,
      floor(e.latitude / ${zc})::int AS cy, e.event_type AS type, 1 AS n, e.fatalities AS fat,
      e.latitude AS slat, e.longitude AS slon, e.latitude AS south, e.latitude AS north,
      e.longitude AS west, e.longitude AS east
    FROM events e WHERE (${w.sql}) AND ${box} AND ${s}`).join('\nUNION ALL\n')
  const { rows } = await db.query<Row>(
    `SELECT NULL::int AS cx, NULL::int AS cy, NULL::text AS type, 1 AS g,
       coalesce(sum(r.n), 0)::int AS n, sum(r.fatalities)::float8 AS fat, NULL::float8 AS slat,
       NULL::float8 AS slon, min(r.south) AS south, max(r.north) AS north, min(r.west) AS west,
       max(r.east) AS east, coalesce(sum(r.n) FILTER (WHERE r.cx IS NULL), 0)::int AS unplaced
     FROM (${src.sql}) r
     UNION ALL
     SELECT cx, cy, type, 0, sum(n)::int, sum(fat)::float8, sum(slat), sum(slon), min(south),
       max(north), min(west), max(east), 0
     FROM (SELECT floor(r.cx / ${k})::int AS cx, floor(r.cy / ${k})::int AS cy,
         r.event_type AS type, r.n, r.fatalities AS fat, r.slat, r.slon, r.south, r.north,
         r.west, r.east
       FROM (${src.sql}) r
       WHERE r.cx BETWEEN ${x0} AND ${x1} AND r.cy BETWEEN ${y0} AND ${y1}
       UNION ALL
       ${edge}) s
     GROUP BY cx, cy, type`,
    params,
  )
  return rows
}
