/**
 * @module
 * The map and timeline aggregates (and the list's total) read `event_rollup` (migration 0007:
 * events pre-counted per type, country, admin1 and day, and per zoom-6 map cell by day and by
 * month, kept by triggers on every write of `events`) instead of scanning the events, when the
 * filter uses only what the rollup keeps (`since`, `until`, `type`, `country`, `admin1`) and, for
 * the map, the zoom is at most ROLLUP_ZOOM (with a box: `aggregate-rollup-box.ts`). The rows have
 * the shape the event queries give, so the callers merge them alike: counts, fatalities and
 * bounds are identical; mean positions agree up to float rounding (sums added in another order).
 * Null means "not answerable here: scan the events".
 */
import type { Queryable } from '../store/queryable.js'
import { cellDegrees } from './aggregate-map.js'
import { rollupBoxRows } from './aggregate-rollup-box.js'
import type { BboxValue } from './aggregate-schema.js'
import type { EventFilter } from './filters.js'
import { whereClause } from './where-clause.js'

/** The rollup's cells are the map grid at this zoom; cells of coarser zooms are unions of them. */
export const ROLLUP_ZOOM = 6
/** Filter keys the rollup can answer (its columns carry the events' names). */
const ROLLUP_KEYS: ReadonlySet<string> = new Set(['since', 'until', 'type', 'country', 'admin1'])

/** Whether the aggregates may read the rollup (tests turn it off to compare both paths). */
export interface RollupOption {
  readonly rollup?: boolean
}

/** The filter as a WHERE over `event_rollup e`, or null when it needs the events themselves. */
export function rollupWhere(filter: EventFilter): { sql: string; params: unknown[] } | null {
  const used = Object.entries(filter).filter(([, v]) => v !== undefined).map(([k]) => k)
  if (used.some((k) => !ROLLUP_KEYS.has(k))) return null
  return whereClause(filter)
}

const DAY = 86_400_000
const iso = (t: number) => new Date(t).toISOString().slice(0, 10)

/** The first day of the month `add` months after the one holding `day`. */
const monthStart = (day: string, add: number) =>
  iso(Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1 + add, 1))

/** First days of the first and last months wholly inside [since, until] (open ends unbounded);
 * null when no month is. Pure. */
export function wholeMonths(since?: string, until?: string): { from?: string; to?: string } | null {
  const from = since === undefined || since.endsWith('-01') ? since : monthStart(since, 1)
  let to: string | undefined
  if (until !== undefined) {
    const lastDay = iso(Date.parse(`${until}T00:00:00Z`) + DAY).endsWith('-01')
    to = monthStart(until, lastDay ? 0 : -1)
  }
  return from !== undefined && to !== undefined && from > to ? null : { from, to }
}

/** The matching map rows of the rollup: whole months from the month rows, the days of the
 * months a date bound cuts from the day rows. */
function mapSource(filter: EventFilter, where: { sql: string; params: unknown[] }): {
  sql: string
  params: unknown[]
} {
  const { since, until, ...rest } = filter
  if (since === undefined && until === undefined) {
    return { sql: `SELECT * FROM event_rollup e WHERE e.grain = 'cell_month' AND ${where.sql}`,
      params: where.params }
  }
  const w = whereClause(rest)
  const params = [...w.params]
  const p = (v: unknown) => `$${params.push(v)}::date`
  const months = wholeMonths(since, until)
  const dates = [since === undefined ? '' : `e.event_date >= ${p(since)}`,
    until === undefined ? '' : `e.event_date <= ${p(until)}`].filter(Boolean).join(' AND ')
  if (months === null) {
    return { sql: `SELECT * FROM event_rollup e WHERE e.grain = 'cell_day' AND ${w.sql}
      AND ${dates}`, params }
  }
  const lo = months.from === undefined ? 'TRUE' : `e.event_date >= ${p(months.from)}`
  const hi = months.to === undefined ? 'TRUE' : `e.event_date <= ${p(months.to)}`
  const outside = [months.from === undefined ? '' : `e.event_date < ${p(months.from)}`,
    months.to === undefined ? ''
    : `e.event_date >= (${p(months.to)} + interval '1 month')::date`].filter(Boolean).join(' OR ')
  return {
    sql: `SELECT * FROM event_rollup e WHERE e.grain = 'cell_month' AND ${w.sql} AND ${lo}
        AND ${hi} AND e.event_date IS NOT NULL
      UNION ALL
      SELECT * FROM event_rollup e WHERE e.grain = 'cell_day' AND ${w.sql} AND ${dates}
        AND (${outside})`,
    params,
  }
}

/** Per-(cell, type) rows plus the totals row (g = 1), as aggregate-map's queries give them. */
export async function rollupMapRows<Row>(
  db: Queryable,
  filter: EventFilter,
  zoom: number,
  bbox?: BboxValue,
): Promise<Row[] | null> {
  const where = rollupWhere(filter)
  if (where === null || zoom > ROLLUP_ZOOM) return null
  const src = mapSource(filter, where)
  if (bbox !== undefined) {
    const grid = { cell: cellDegrees(ROLLUP_ZOOM), zoomCell: cellDegrees(zoom),
      k: 2 ** (ROLLUP_ZOOM - zoom) }
    return rollupBoxRows<Row>(db, filter, bbox, src, grid)
  }
  return groupedRows<Row>(db, src, 2 ** (ROLLUP_ZOOM - zoom))
}

/** Cells at a zoom `k` = 2^n times coarser than the cells of the rollup rows `src` selects
 * (params from $1), grouped, plus the totals row (g = 1). */
export async function groupedRows<Row>(
  db: Queryable,
  src: { sql: string; params: unknown[] },
  k: number,
): Promise<Row[]> {
  // floor(x / c·2^k) = floor(floor(x / c) / 2^k) exactly: cells are nested powers of two.
  const kp = `$${src.params.length + 1}::float8`
  const { rows } = await db.query<Row>(
    `SELECT cx, cy, type, GROUPING(cx) AS g, sum(n)::int AS n, sum(fat)::float8 AS fat,
       sum(slat) AS slat, sum(slon) AS slon, min(south) AS south, max(north) AS north,
       min(west) AS west, max(east) AS east,
       (sum(n) FILTER (WHERE cx IS NULL))::int AS unplaced
     FROM (SELECT floor(e.cx / ${kp})::int AS cx, floor(e.cy / ${kp})::int AS cy,
       e.event_type AS type, e.n, e.fatalities AS fat, e.slat, e.slon, e.south, e.north, e.west,
       e.east FROM (${src.sql}) e) s
     GROUP BY GROUPING SETS ((cx, cy, type), ())`,
    [...src.params, k],
  )
  // No matching rollup row: sum() gives null where the event scan's count(*) gives 0.
  return rows.map((r) => {
    const x = r as { n: number | null; unplaced: number | null }
    return { ...r, n: x.n ?? 0, unplaced: x.unplaced ?? 0 }
  })
}

/** How many events match, from the day rows (null: the filter needs the events). */
export async function rollupCount(db: Queryable, filter: EventFilter): Promise<number | null> {
  const where = rollupWhere(filter)
  if (where === null) return null
  const { rows } = await db.query<{ n: number | null }>(
    `SELECT sum(e.n)::int AS n FROM event_rollup e WHERE e.grain = 'day' AND ${where.sql}`,
    where.params,
  )
  return rows[0]?.n ?? 0
}

/** Per-(bucket start, type) counts and fatalities, as aggregate-timeline's event query. */
export async function rollupTimelineRows<Row>(
  db: Queryable,
  filter: EventFilter,
  unit: 'week' | 'month',
): Promise<Row[] | null> {
  const where = rollupWhere(filter)
  if (where === null) return null
  const u = `$${where.params.length + 1}::text`
  const { rows } = await db.query<Row>(
    `SELECT to_char(date_trunc(${u}, e.event_date), 'YYYY-MM-DD') AS start,
       CASE WHEN e.event_date IS NULL THEN NULL ELSE e.event_type END AS type,
       sum(e.n)::int AS n, sum(e.fatalities)::float8 AS fat
     FROM event_rollup e WHERE e.grain = 'day' AND ${where.sql}
     GROUP BY 1, 2`,
    [...where.params, unit],
  )
  return rows
}
