/**
 * @module
 * The arithmetic of timeline playback, pure (no DOM, no fetch): the span of report dates the
 * slider covers, day offsets ↔ `YYYY-MM-DD`, and the next position when playing. The span starts
 * the day before the later of two lower bounds of the first report — the first dated event's
 * bucket (a report does not precede its event) and the earliest publication date of any outlet —
 * so it opens on an empty map, and ends at the
 * latest publication date; `widenToToday` moves the end to today when some matching events were
 * known only later (documents without a date count from their ingest time).
 */

const DAY = 86_400_000

export interface ReportSpan {
  /** First day on the slider (YYYY-MM-DD, UTC). */
  readonly first: string
  /** Last day on the slider. */
  readonly last: string
}

export type Step = 'day' | 'week'

const t = (day: string) => Date.parse(`${day}T00:00:00Z`)

export function addDays(day: string, n: number): string {
  return new Date(t(day) + n * DAY).toISOString().slice(0, 10)
}

/** Whole days from `a` to `b` (negative when `b` is earlier). */
export function daysBetween(a: string, b: string): number {
  return Math.round((t(b) - t(a)) / DAY)
}

const isDay = (s: string | null | undefined): s is string =>
  typeof s === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(t(s))

export interface SpanInput {
  /** Start of the first bucket of the timeline aggregate (event dates), if any. */
  readonly firstEventBucket: string | null
  /** Publication dates known per outlet. */
  readonly outlets: readonly {
    readonly first_published: string | null
    readonly last_published: string | null
  }[]
  /** Today, YYYY-MM-DD (UTC). */
  readonly today: string
}

/** The slider's span, from the day before the first report; ends today when nothing is dated. */
export function reportSpan({ firstEventBucket, outlets, today }: SpanInput): ReportSpan {
  const firsts = outlets.map((o) => o.first_published).filter(isDay).sort()
  const lasts = outlets.map((o) => o.last_published).filter(isDay).sort()
  const bounds = [firsts[0], isDay(firstEventBucket) ? firstEventBucket : undefined]
    .filter(isDay)
    .sort()
  const last = lasts[lasts.length - 1] ?? today
  const bound = bounds[bounds.length - 1] ?? last
  // One day before the first report: playback starts from an empty map.
  return { first: addDays(bound <= last ? bound : last, -1), last }
}

/** The span ending today when the events known by its end are fewer than all of them. */
export function widenToToday(
  span: ReportSpan,
  knownAtEnd: number,
  total: number,
  today: string,
): ReportSpan {
  return knownAtEnd < total && today > span.last ? { first: span.first, last: today } : span
}

/** Weeks for spans longer than half a year, days otherwise. */
export function defaultStep(span: ReportSpan): Step {
  return daysBetween(span.first, span.last) > 183 ? 'week' : 'day'
}

/** The slider offset after one step of play, and whether play has reached the end. */
export function nextOffset(
  offset: number,
  max: number,
  step: Step,
): { offset: number; done: boolean } {
  const next = Math.min(max, offset + (step === 'week' ? 7 : 1))
  return { offset: next, done: next >= max }
}

/** A day for display, e.g. `Mon 20 May 2024` (UTC, English). */
export function dayLabel(day: string): string {
  return new Date(t(day)).toLocaleDateString('en-GB', {
    weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC',
  })
}
