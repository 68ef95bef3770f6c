/**
 * @module
 * One chrono-node result → date mentions, by our rules rather than chrono's guesses: only a
 * result that names a month, a weekday or a d/m/yyyy date counts (relative words like
 * "yesterday" are ours, in data/calendar.ts, with ACLED's precisions); a year counts only when
 * written in full; a day-month without a year takes the publication year, or the year before
 * when that would be more than two months after publication; a weekday is the latest such day
 * on or before publication ("last Saturday" on a Saturday goes back a week); a day range is its
 * first day with precision 2, except "the night of 14 to 15 July" (the 14th, exact); "around"
 * lowers the precision; a weekday range ("from Sunday to Thursday") gives one mention per day,
 * except a night ("dans la nuit de samedi à dimanche": Saturday).
 * A month without a day or a year ("killed in March") is left out: it mostly dates a side
 * clause, and as a mention it pushed whole reports into the background tier.
 */
import type { ChronoHit } from './chrono-parse.js'
import * as P from './data/patterns.js'
import type { DateMention } from './find-dates.js'
import { addDays, daysBetween, isoDate, weekday } from './iso.js'

/** Days after publication a day-month may lie and still be of the publication year. */
const AHEAD_DAYS = 60

export function inferYear(m: number, d: number, published: string | null | undefined): string | null {
  if (!published) return null
  const py = Number(published.slice(0, 4))
  const same = isoDate(py, m, d)
  // A report names later days too (a claim, a follow-up, a planned march): a day a few weeks
  // ahead is of this year, not of the year before.
  if (same && daysBetween(published, same) <= AHEAD_DAYS) return same
  return isoDate(py - 1, m, d)
}

function weekdayDate(wd: number, last: boolean, published: string | null | undefined) {
  if (!published) return null
  let back = (weekday(published) - wd + 7) % 7
  if (back === 0 && last) back = 7
  return addDays(published, -back)
}

/**
 * The weekday mentions of a hit without a month. A range is dated from its end, the latest such
 * day ("from Sunday to Thursday": the Sunday before that Thursday), and gives one mention per
 * weekday, or one for a night ("la nuit de samedi à dimanche": the Saturday).
 */
function weekdays(hit: ChronoHit, folded: string, published: string | null | undefined) {
  const r = hit.result
  const last = P.LAST_WEEKDAY.test(folded.slice(hit.start, hit.end))
  const base = { precision: 1, kind: 'weekday', year: null } as const
  const wd1 = r.start.get('weekday') ?? 0
  const words = [...hit.text.matchAll(P.WEEKDAY_WORDS)]
  const first = words[0]
  const second = words[words.length - 1]
  if (!r.end?.isCertain('weekday') || !first || !second || first === second) {
    const date = weekdayDate(wd1, last, published)
    return [{ ...base, start: hit.start, end: hit.end, date }]
  }
  const wd2 = r.end.get('weekday') ?? 0
  const endDate = weekdayDate(wd2, last, published)
  const startDate = endDate && addDays(endDate, -((wd2 - wd1 + 7) % 7 || 7))
  if (P.NIGHT_BEFORE.test(folded.slice(Math.max(0, hit.start - 30), hit.start)))
    return [{ ...base, start: hit.start, end: hit.end, date: startDate }]
  const cut = hit.start + (first.index ?? 0) + first[0].length
  return [
    { ...base, start: hit.start, end: cut, date: startDate },
    { ...base, start: hit.start + (second.index ?? 0), end: hit.end, date: endDate },
  ]
}

/** The mentions one chrono result stands for (none when it is not a calendar date). */
export function fromChrono(
  hit: ChronoHit,
  folded: string,
  published: string | null | undefined,
): DateMention[] {
  const r = hit.result
  const c = r.start
  if (P.VERB_MONTH.test(hit.text)) return []
  const named = P.MONTH_WORD.test(hit.text) || P.NUMERIC_WORD.test(hit.text)
  const month = c.isCertain('month') ? c.get('month') : null
  if (named && month) {
    const year = c.isCertain('year') && P.WRITTEN_YEAR.test(hit.text) ? c.get('year') : null
    const day = c.isCertain('day') ? c.get('day') : null
    // "August 25, 17 people": chrono's two-digit year is a count, left out of the mention.
    const short = c.isCertain('year') && !year ? (P.SHORT_YEAR.exec(hit.text)?.[0].length ?? 0) : 0
    const base = { start: hit.start, end: hit.end - short, year }
    if (!day) {
      if (!year) return []
      return [{ ...base, date: isoDate(year, month, 1), precision: 3, kind: 'month' }]
    }
    const date = year ? isoDate(year, month, day) : inferYear(month, day, published)
    const before = folded.slice(Math.max(0, hit.start - 30), hit.start)
    const e = r.end
    const range = !!e && (e.get('day') !== day || e.get('month') !== month)
    const approx = P.APPROX_BEFORE.test(before) || (range && !P.NIGHT_BEFORE.test(before))
    return [{ ...base, date, precision: approx ? 2 : 1, kind: 'calendar' }]
  }
  if (c.isCertain('weekday') && P.WEEKDAY_WORD.test(hit.text))
    return weekdays(hit, folded, published)
  return []
}
