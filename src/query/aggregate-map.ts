/**
 * @module
 * The map aggregate: matching events binned on a fixed degree grid whose cell is about 40 screen
 * pixels at the requested zoom (anchored at 0°,0°: panning never reshuffles cells). Dense cells
 * come back as one row each (count, fatalities, mean position, types, bounds); the events of sparse
 * cells — or every event when the view holds few — come back as points. Three statements, all
 * grouped or capped in SQL, so the response size follows the screen, not the store.
 */
import type { Queryable } from '../store/queryable.js'
import type { BboxValue, MapAggregate, MapCell, MapPoint, MapQuery } from './aggregate-schema.js'
import type { EventFilter } from './filters.js'
import { whereClause } from './where-clause.js'

/** Screen pixels per cell side. */
export const CELL_PX = 40
/** A cell with fewer events than this is shown as its points. */
export const MIN_CLUSTER = 5
/** With at most this many events in view, every one is a point. */
export const ALL_POINTS = 150
/** At this zoom and deeper, points are shown as they are (up to MAX_POINTS). */
export const POINTS_ZOOM = 11
export const MAX_POINTS = 2000

/** Cell side in degrees of longitude at `zoom` (Web Mercator: 256 × 2^zoom px per 360°). */
export function cellDegrees(zoom: number): number {
  return (360 * CELL_PX) / (256 * 2 ** zoom)
}

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

/** Grows a SQL fragment with more `$n` parameters after the filter's. */
function paramsAfter(params: unknown[]) {
  return (value: unknown, cast: string): string => {
    params.push(value)
    return `$${params.length}::${cast}`
  }
}

function bboxSql(bbox: BboxValue | undefined, p: (v: unknown, cast: string) => string): string {
  const placed = 'e.latitude IS NOT NULL AND e.longitude IS NOT NULL'
  if (bbox === undefined) return placed
  return `${placed} AND e.latitude BETWEEN ${p(bbox.south, 'float8')} AND ${p(bbox.north, 'float8')}
    AND e.longitude BETWEEN ${p(bbox.west, 'float8')} AND ${p(bbox.east, 'float8')}`
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
  filter: EventFilter,
  query: MapQuery,
): Promise<MapAggregate> {
  const where = whereClause(filter)
  const cell = cellDegrees(query.zoom)

  const totals = await db.query<{
    total: number; unplaced: number; s: number | null; n: number | null; w: number | null
    e: number | null
  }>(
    `SELECT count(*)::int AS total,
       count(*) FILTER (WHERE e.latitude IS NULL OR e.longitude IS NULL)::int AS unplaced,
       min(e.latitude) AS s, max(e.latitude) AS n, min(e.longitude) AS w, max(e.longitude) AS e
     FROM events e WHERE ${where.sql}`,
    where.params,
  )
  const t = totals.rows[0]
  const extent = t && t.s !== null && t.n !== null && t.w !== null && t.e !== null
    ? { south: t.s, north: t.n, west: t.w, east: t.e }
    : null

  const cellParams = [...where.params]
  const cp = paramsAfter(cellParams)
  const c = cp(cell, 'float8')
  const inView = bboxSql(query.bbox, cp)
  const { rows } = await db.query<CellRow>(
    `SELECT floor(e.longitude / ${c})::int AS cx, floor(e.latitude / ${c})::int AS cy,
       e.event_type AS type, count(*)::int AS n, sum(e.fatalities)::float8 AS fat,
       sum(e.latitude) AS slat, sum(e.longitude) AS slon,
       min(e.latitude) AS south, max(e.latitude) AS north,
       min(e.longitude) AS west, max(e.longitude) AS east
     FROM events e WHERE (${where.sql}) AND ${inView}
     GROUP BY 1, 2, 3`,
    cellParams,
  )
  const cells = mergeCells(rows)
  const inViewCount = cells.reduce((sum, x) => sum + x.count, 0)

  // Which cells open into points: all when few or zoomed right in, else the sparse ones.
  const everyPoint = inViewCount <= ALL_POINTS || query.zoom >= POINTS_ZOOM
  const open: GridCell[] = []
  let budget = MAX_POINTS
  for (const x of [...cells].sort((a, b) => a.count - b.count)) {
    if ((!everyPoint && x.count >= MIN_CLUSTER) || x.count > budget) break
    open.push(x)
    budget -= x.count
  }
  const opened = new Set(open)
  const points = open.length === 0 ? [] : await pointsOf(db, where, cell, query.bbox, open)
  const dense = cells
    .filter((x) => !opened.has(x))
    .map(({ cx: _x, cy: _y, ...rest }): MapCell => rest)
    .sort((a, b) => b.count - a.count)

  return {
    zoom: query.zoom,
    cell,
    total: t?.total ?? 0,
    in_view: inViewCount,
    unplaced: t?.unplaced ?? 0,
    extent,
    cells: dense,
    points,
  }
}

async function pointsOf(
  db: Queryable,
  where: { sql: string; params: unknown[] },
  cell: number,
  bbox: BboxValue | undefined,
  open: readonly { cx: number; cy: number }[],
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
     LIMIT ${MAX_POINTS}`,
    params,
  )
  return rows
}
