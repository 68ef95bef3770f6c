/**
 * @module
 * The map aggregate: matching events binned on a fixed degree grid whose cell is about 40 screen
 * pixels at the requested zoom (anchored at 0°,0°: panning never reshuffles cells). Dense cells
 * come back as one row each (count, fatalities, mean position, types, bounds); the events of sparse
 * cells — or every cell from zoom POINTS_ZOOM on — come back as points. Without a box, cells and
 * the filter's totals come from one scan (grouping sets); with a box, the totals are a plain
 * aggregate and the cells read only rows inside it. Points are one more capped statement.
 * At zoom ROLLUP_ZOOM or coarser, with a filter the rollup can answer, cells and totals come from
 * `event_rollup` instead (`aggregate-rollup.ts`): the same rows, pre-counted; up to FINE_ZOOM,
 * with no date filter, from its zoom-10 cells (`aggregate-fine.ts`), with a box or without.
 */
import type { Queryable } from '../store/queryable.js'
import { fineMapRows } from './aggregate-fine.js'
import { bboxSql, paramsAfter, pointsOf } from './aggregate-points.js'
import { rollupMapRows } from './aggregate-rollup.js'
import type { RollupOption } from './aggregate-rollup.js'
import type { BboxValue, MapAggregate, MapCell, MapPoint, MapQuery } from './aggregate-schema.js'
import type { EventFilter } from './filters.js'
import { resolveActors } from './actor-names.js'
import { whereClause } from './where-clause.js'

/** Screen pixels per cell side. */
export const CELL_PX = 40
/** A cell with fewer events than this is shown as its points. */
export const MIN_CLUSTER = 5
/** At this zoom and deeper, points are shown as they are (up to MAX_POINTS). */
export const POINTS_ZOOM = 11
export const MAX_POINTS = 2000

/** Cell side in degrees of longitude at `zoom` (Web Mercator: 256 × 2^zoom px per 360°). */
export function cellDegrees(zoom: number): number {
  return (360 * CELL_PX) / (256 * 2 ** zoom)
}

/** Per group: count, fatalities, position sums and bounds, rows without coordinates. */
const SUMS = `count(*)::int AS n, sum(fatalities)::float8 AS fat, sum(lat) AS slat,
  sum(lon) AS slon, min(lat) AS south, max(lat) AS north, min(lon) AS west, max(lon) AS east,
  count(*) FILTER (WHERE lat IS NULL OR lon IS NULL)::int AS unplaced`

type Row = CellRow & { g: number; unplaced: number }

interface CellRow {
  cx: number
  cy: number
  type: string
  n: number
  fat: number
  slat: number
  slon: number
  south: number
  north: number
  west: number
  east: number
}

/** A cell with its grid index. */
export type GridCell = MapCell & { readonly cx: number; readonly cy: number }

/** Merges per-(cell, type) rows into cells (dominant type: most events, then name). Pure. */
export function mergeCells(rows: readonly CellRow[]): GridCell[] {
  const acc = new Map<string, { rows: CellRow[] }>()
  for (const r of rows) {
    const key = `${r.cx}:${r.cy}`
    const a = acc.get(key)
    if (a) a.rows.push(r)
    else acc.set(key, { rows: [r] })
  }
  return [...acc.values()].map(({ rows: rs }) => {
    const first = rs[0] as CellRow
    const n = rs.reduce((s, r) => s + r.n, 0)
    const top = [...rs].sort((a, b) => b.n - a.n || a.type.localeCompare(b.type))[0] as CellRow
    return {
      cx: first.cx,
      cy: first.cy,
      lat: rs.reduce((s, r) => s + r.slat, 0) / n,
      lon: rs.reduce((s, r) => s + r.slon, 0) / n,
      count: n,
      fatalities: rs.reduce((s, r) => s + r.fat, 0),
      type: top.type as MapCell['type'],
      by_type: Object.fromEntries(rs.map((r) => [r.type, r.n])),
      south: Math.min(...rs.map((r) => r.south)),
      north: Math.max(...rs.map((r) => r.north)),
      west: Math.min(...rs.map((r) => r.west)),
      east: Math.max(...rs.map((r) => r.east)),
    }
  })
}

/** The map aggregate of the events matching `filter` in `query.bbox` at `query.zoom`. */
export async function aggregateMap(
  db: Queryable,
  given: EventFilter,
  query: MapQuery,
  opts: RollupOption = {},
): Promise<MapAggregate> {
  const filter = await resolveActors(db, given)
  const where = whereClause(filter)
  const cell = cellDegrees(query.zoom)

  const params = [...where.params]
  const p = paramsAfter(params)
  const c = p(cell, 'float8')
  const inView = bboxSql(query.bbox, p)
  const cellOf = (axis: string) => `floor(e.${axis} / ${c})::int`
  const cols = `e.event_type AS type, e.fatalities, e.latitude AS lat, e.longitude AS lon`
  const rolled = opts.rollup === false ? null
    : (await fineMapRows<Row>(db, filter, query.zoom, query.bbox))
      ?? (await rollupMapRows<Row>(db, filter, query.zoom, query.bbox))
  let rows: Row[]
  if (rolled !== null) rows = rolled
  else if (query.bbox === undefined) {
    // One scan: the () grouping set gives the filter's totals and extent, the others the cells.
    rows = (await db.query<Row>(
      `SELECT cx, cy, type, GROUPING(cx) AS g, ${SUMS}
       FROM (SELECT CASE WHEN ${inView} THEN ${cellOf('longitude')} END AS cx,
         CASE WHEN ${inView} THEN ${cellOf('latitude')} END AS cy, ${cols}
         FROM events e WHERE ${where.sql}) s
       GROUP BY GROUPING SETS ((cx, cy, type), ())`,
      params,
    )).rows
  } else {
    // A box: the totals need every matching row, the cells only those the index finds inside.
    const totals = await db.query<Row>(
      `SELECT 1 AS g, ${SUMS} FROM (SELECT ${cols} FROM events e WHERE ${where.sql}) s`,
      where.params,
    )
    const inside = await db.query<Row>(
      `SELECT cx, cy, type, 0 AS g, ${SUMS}
       FROM (SELECT ${cellOf('longitude')} AS cx, ${cellOf('latitude')} AS cy, ${cols}
         FROM events e WHERE (${where.sql}) AND ${inView}) s
       GROUP BY 1, 2, 3`,
      params,
    )
    rows = [...totals.rows, ...inside.rows]
  }
  const t = rows.find((r) => r.g === 1)
  const extent = t && t.south !== null && t.north !== null && t.west !== null && t.east !== null
    ? { south: t.south, north: t.north, west: t.west, east: t.east }
    : null
  const cells = mergeCells(rows.filter((r) => r.g === 0 && r.cx !== null && r.cy !== null))
  const inViewCount = cells.reduce((sum, x) => sum + x.count, 0)

  // Which cells open into points: the sparse ones, or all when zoomed right in.
  const everyPoint = query.zoom >= POINTS_ZOOM
  const open: GridCell[] = []
  let budget = MAX_POINTS
  for (const x of [...cells].sort((a, b) => a.count - b.count)) {
    if ((!everyPoint && x.count >= MIN_CLUSTER) || x.count > budget) break
    open.push(x)
    budget -= x.count
  }
  const opened = new Set(open)
  const points =
    open.length === 0 ? [] : await pointsOf(db, where, cell, query.bbox, open, MAX_POINTS)
  const dense = cells
    .filter((x) => !opened.has(x))
    .map(({ cx: _x, cy: _y, ...rest }): MapCell => rest)
    .sort((a, b) => b.count - a.count)

  return {
    zoom: query.zoom,
    cell,
    total: t?.n ?? 0,
    in_view: inViewCount,
    unplaced: t?.unplaced ?? 0,
    extent,
    cells: dense,
    points,
  }
}
