/**
 * @module
 * The timeline aggregate: matching events counted per week (ISO, Monday first) or calendar month
 * and event type, with the fatalities of each bucket. Grouped in SQL (`date_trunc`), then the
 * buckets between the first and last are filled in so gaps show as zeros. `auto` picks weeks when
 * the dated events span at most two years, else months. The series keeps the newest MAX_BUCKETS.
 * Filters the rollup can answer read it (`aggregate-rollup.ts`) instead of the events.
 */
import type { Queryable } from '../store/queryable.js'
import { rollupTimelineRows } from './aggregate-rollup.js'
import type { RollupOption } from './aggregate-rollup.js'
import type { TimelineAggregate, TimelineBucket, TimelineQuery } from './aggregate-schema.js'
import type { EventFilter } from './filters.js'
import { resolveActors } from './actor-names.js'
import { whereClause } from './where-clause.js'

export const MAX_BUCKETS = 1200
/** `auto` switches from weeks to months beyond this many weeks. */
export const AUTO_WEEKS = 105
const DAY = 86_400_000

type Unit = TimelineAggregate['bucket']

interface Row {
  start: string | null
  type: string | null
  n: number
  fat: number
}

/** The bucket after the one starting at `start` (YYYY-MM-DD, UTC). */
export function nextStart(start: string, unit: Unit): string {
  const t = Date.parse(`${start}T00:00:00Z`)
  if (unit === 'week') return new Date(t + 7 * DAY).toISOString().slice(0, 10)
  const d = new Date(t)
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1)).toISOString().slice(0, 10)
}

function lastDay(start: string, unit: Unit): string {
  const next = Date.parse(`${nextStart(start, unit)}T00:00:00Z`)
  return new Date(next - DAY).toISOString().slice(0, 10)
}

/** Fills the grouped rows into consecutive buckets, newest MAX_BUCKETS kept. Pure. */
export function fillBuckets(
  rows: readonly Row[],
  unit: Unit,
): { buckets: TimelineBucket[]; earlier: number } {
  const dated = rows.filter((r): r is Row & { start: string } => r.start !== null)
  if (dated.length === 0) return { buckets: [], earlier: 0 }
  const byStart = new Map<string, Row[]>()
  for (const r of dated) byStart.set(r.start, [...(byStart.get(r.start) ?? []), r])
  const starts = [...byStart.keys()].sort()
  const last = starts[starts.length - 1] as string
  const all: TimelineBucket[] = []
  for (let s = starts[0] as string; s <= last; s = nextStart(s, unit)) {
    const rs = byStart.get(s) ?? []
    all.push({
      start: s,
      end: lastDay(s, unit),
      events: rs.reduce((sum, r) => sum + r.n, 0),
      fatalities: rs.reduce((sum, r) => sum + r.fat, 0),
      by_type: Object.fromEntries(rs.map((r) => [r.type as string, r.n])),
    })
  }
  const cut = Math.max(0, all.length - MAX_BUCKETS)
  const earlier = all.slice(0, cut).reduce((sum, b) => sum + b.events, 0)
  return { buckets: all.slice(cut), earlier }
}

async function grouped(db: Queryable, filter: EventFilter, unit: Unit, rollup: boolean) {
  const rolled = rollup ? await rollupTimelineRows<Row>(db, filter, unit) : null
  if (rolled !== null) return rolled
  const where = whereClause(filter)
  const u = `$${where.params.length + 1}::text`
  const { rows } = await db.query<Row>(
    `SELECT to_char(date_trunc(${u}, e.event_date), 'YYYY-MM-DD') AS start,
       CASE WHEN e.event_date IS NULL THEN NULL ELSE e.event_type END AS type,
       count(*)::int AS n, sum(e.fatalities)::float8 AS fat
     FROM events e WHERE ${where.sql}
     GROUP BY 1, 2`,
    [...where.params, unit],
  )
  return rows
}

/** Counts and fatalities per bucket for the events matching `filter`. */
export async function aggregateTimeline(
  db: Queryable,
  given: EventFilter,
  query: TimelineQuery,
  opts: RollupOption = {},
): Promise<TimelineAggregate> {
  const filter = await resolveActors(db, given)
  const rollup = opts.rollup !== false
  let unit: Unit = query.bucket === 'month' ? 'month' : 'week'
  let rows = await grouped(db, filter, unit, rollup)
  if (query.bucket === 'auto') {
    const starts = rows.flatMap((r) => (r.start === null ? [] : [Date.parse(r.start)]))
    const weeks = starts.length ? (Math.max(...starts) - Math.min(...starts)) / (7 * DAY) + 1 : 0
    if (weeks > AUTO_WEEKS) {
      unit = 'month'
      rows = await grouped(db, filter, unit, rollup)
    }
  }
  const undated = rows.filter((r) => r.start === null).reduce((s, r) => s + r.n, 0)
  const total = rows.reduce((s, r) => s + r.n, 0)
  return { bucket: unit, total, undated, ...fillBuckets(rows, unit) }
}
