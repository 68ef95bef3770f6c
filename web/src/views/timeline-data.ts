/**
 * @module
 * The timeline aggregate as uPlot data: x = each bucket's start (Unix seconds, UTC), one stacked
 * series per event type (each value is the running total up to that type, so drawing the stacks
 * from the top down leaves each type's band visible) and fatalities on their own scale. Also maps
 * a brushed x range back to the first and last day of the buckets it touches. Pure, no DOM.
 */
import type { TimelineAggregate } from '../api.js'
import { EVENT_TYPE_LIST } from '../colors.js'

export interface StackedSeries {
  /** [x, ...stack tops from the last type to the first, fatalities] as uPlot wants them. */
  readonly data: number[][]
  /** Event types in drawing order (top of the stack first). */
  readonly types: string[]
  /** Raw per-type counts in the same order as `types`, for tooltips and the legend. */
  readonly raw: number[][]
}

const toSeconds = (day: string) => Date.parse(`${day}T00:00:00Z`) / 1000

export function stackSeries(agg: TimelineAggregate): StackedSeries {
  const present = EVENT_TYPE_LIST.filter((t) => agg.buckets.some((b) => (b.by_type[t] ?? 0) > 0))
  const x = agg.buckets.map((b) => toSeconds(b.start))
  const raw = present.map((t) => agg.buckets.map((b) => b.by_type[t] ?? 0))
  const tops = raw.map((_, i) =>
    agg.buckets.map((_, j) => raw.slice(0, i + 1).reduce((s, row) => s + (row[j] ?? 0), 0)),
  )
  const fatalities = agg.buckets.map((b) => b.fatalities)
  return {
    data: [x, ...[...tops].reverse(), fatalities],
    types: [...present].reverse(),
    raw: [...raw].reverse(),
  }
}

/** The dates (YYYY-MM-DD) covering every bucket that [fromSec, toSec] touches, or null. */
export function rangeOf(
  agg: TimelineAggregate,
  fromSec: number,
  toSec: number,
): { since: string; until: string } | null {
  const lo = Math.min(fromSec, toSec)
  const hi = Math.max(fromSec, toSec)
  const hit = agg.buckets.filter((b) => toSeconds(b.end) + 86_400 > lo && toSeconds(b.start) <= hi)
  const first = hit[0]
  const last = hit[hit.length - 1]
  return first && last ? { since: first.start, until: last.end } : null
}

/** One-line summary for the caption and the chart's accessible name. */
export function describe(agg: TimelineAggregate): string {
  const dated = agg.total - agg.undated
  const n = agg.buckets.length
  const unit = `${agg.bucket}${n === 1 ? '' : 's'}`
  const peak = agg.buckets.reduce((best, b) => (b.events > (best?.events ?? -1) ? b : best),
    agg.buckets[0])
  const deaths = agg.buckets.reduce((s, b) => s + b.fatalities, 0)
  return `${dated} dated event${dated === 1 ? '' : 's'} over ${n} ${unit}` +
    (peak && peak.events > 0
      ? `, most in the ${agg.bucket} of ${peak.start} (${peak.events})` : '') +
    `; ${deaths} fatalities` +
    (agg.undated ? `; ${agg.undated} undated not shown` : '') +
    (agg.earlier ? `; ${agg.earlier} earlier not shown` : '')
}
