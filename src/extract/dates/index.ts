/**
 * @module
 * Event dates: picks the date of an event from the date mentions of its sentences, else the
 * latest dated mention before it in the document, else the publication date (ACLED codes an
 * undated report on the day it was published). Days after publication are never an event's.
 */
import { MOTIVE_BEFORE, REPORTING_BEFORE } from './data/calendar.js'
import { type DateMention, referencesOf } from './find-dates.js'
import { referenceAt } from './reference-lines.js'

export { findDates, type DateMention } from './find-dates.js'

export interface EventDate {
  readonly date: string | null
  readonly precision: 1 | 2 | 3
  /** The mention used, when the date comes from the text. */
  readonly mention: DateMention | null
}

const DAY_KINDS = new Set(['calendar', 'weekday', 'relative'])

function sentenceEnd(text: string, from: number): number {
  const m = /[.!?](?:\s|$)/.exec(text.slice(from))
  return m ? from + m.index : text.length
}

/** Where the sentence holding `at` starts (a stop, then a capital: not "Dec. 12"). */
function sentenceStart(text: string, at: number): number {
  let start = 0
  for (const m of text.slice(0, at).matchAll(/[.!?]\s+(?=["«“(]?\p{Lu})/gu))
    start = (m.index ?? 0) + m[0].length
  return start
}

/** The date of an event whose text lies in `focus`, given all mentions of the document. */
export function resolveEventDate(
  text: string,
  mentions: readonly DateMention[],
  focus: { readonly start: number; readonly end: number; readonly cue?: number },
  published?: string | null,
): EventDate {
  // A day after publication is a claim, a follow-up or a plan, never the day of a reported event.
  // After an update line or a dateline, its date bounds the past instead (reference-lines.ts).
  const points = referencesOf(text, published)
  const past = (m: DateMention): boolean => {
    const ref = points.length ? referenceAt(points, m.start, published) : published
    return !!m.date && (!ref || m.date <= ref)
  }
  // "… as reprisal for the clashes of 14 May": the day of the motive, not of this event.
  const motive = (m: DateMention): boolean =>
    MOTIVE_BEFORE.test(text.slice(Math.max(0, m.start - 80), m.start).toLowerCase())
  const inside = mentions.filter(
    (m) => m.start >= focus.start && m.end <= focus.end && past(m) && !motive(m) && !m.stamp,
  )
  // A calendar date beats a weekday, which beats "yesterday"; a relative day counts only in the
  // sentence of the event's cue ("… attacked. Six were executed the following day.").
  // The day a statement was made ("HRW accused, on Monday, April 20, …") is not the event's day.
  const reported = (m: DateMention): boolean =>
    REPORTING_BEFORE.test(text.slice(Math.max(0, m.start - 30), m.start).toLowerCase())
  const allCalendar = inside.filter((m) => m.kind === 'calendar')
  const calendar = allCalendar.some((m) => !reported(m))
    ? allCalendar.filter((m) => !reported(m))
    : allCalendar
  const weekdays = inside.filter((m) => m.kind === 'weekday')
  const cueEnd = sentenceEnd(text, focus.cue ?? focus.start)
  const relative = inside.filter((m) => m.kind === 'relative' && m.start < cueEnd)
  const days = calendar.length ? calendar : weekdays.length ? weekdays : relative
  // The day named nearest the event's cue ("Monday's ambush"), not a reporting date before it.
  const cue = focus.cue
  const day =
    cue === undefined
      ? days[0]
      : days.reduce<DateMention | undefined>((best, m) => {
          const d = Math.min(Math.abs(m.start - cue), Math.abs(m.end - cue))
          const b = best ? Math.min(Math.abs(best.start - cue), Math.abs(best.end - cue)) : Infinity
          return d < b ? m : best
        }, undefined)
  if (day) return { date: day.date, precision: day.precision, mention: day }
  const month = inside.find((m) => m.kind === 'month')
  if (month) {
    // A report within the month it names dates the event on the report's day.
    const same = published && month.date && published.slice(0, 7) === month.date.slice(0, 7)
    return { date: same ? published : month.date, precision: 3, mention: month }
  }
  const before = mentions.filter((m) => m.end <= focus.start && past(m) && DAY_KINDS.has(m.kind))
  const last = before[before.length - 1]
  if (last) {
    // The day of the last sentence that named one, by the same order: "On 14 June, commandos
    // raided a camp overnight. One militant was killed." is the 14th.
    const same = before.filter((m) => m.start >= sentenceStart(text, last.start))
    const prev =
      same.find((m) => m.kind === 'calendar') ?? same.find((m) => m.kind === 'weekday') ?? last
    return { date: prev.date, precision: prev.precision, mention: prev }
  }
  return { date: published ?? null, precision: 1, mention: null }
}

/**
 * A reference date for a document without a publication date: its latest calendar date that
 * carries a year, or 31 December of its latest year when that year is later; null if neither.
 */
export function anchorDate(mentions: readonly DateMention[]): string | null {
  let best: string | null = null
  for (const m of mentions) {
    if (m.kind === 'calendar' && m.year !== null && m.date && (!best || m.date > best))
      best = m.date
  }
  const years = mentions.filter((m) => m.year !== null).map((m) => m.year ?? 0)
  const lastYear = years.length ? Math.max(...years) : null
  // A later year than the latest full date: the document is from that year at the latest.
  if (lastYear !== null && (!best || Number(best.slice(0, 4)) < lastYear))
    return `${lastYear}-12-31`
  return best
}
