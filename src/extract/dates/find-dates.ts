/**
 * @module
 * Finds date mentions in a text and resolves them against the publication date, with
 * `forwardDate: false` semantics: a day-month without a year takes the publication year (or the
 * year before when that would be after publication); a weekday is the latest such day on or
 * before publication ("last Saturday" on a Saturday goes back a week); "the night of 14 to 15
 * July" is the 14th; "the previous morning" is the day before the date named before it;
 * "around", ranges and "last week" lower the time precision.
 */
import { foldText } from '../text/span.js'
import { CHAINED_DAYS, MONTHS, RELATIVE_DAYS, WEEKDAYS } from './data/calendar.js'
import * as P from './data/patterns.js'
import { addDays, isoDate, weekday } from './iso.js'

export type DateKind = 'calendar' | 'weekday' | 'relative' | 'month' | 'year'

export interface DateMention {
  readonly start: number
  readonly end: number
  /** Resolved ISO date, or null when it cannot be resolved (no year and no publication date). */
  readonly date: string | null
  readonly precision: 1 | 2 | 3
  readonly kind: DateKind
  /** The year written in the text, when there is one. */
  readonly year: number | null
}

function inferYear(m: number, d: number, published: string | null | undefined): string | null {
  if (!published) return null
  const py = Number(published.slice(0, 4))
  const same = isoDate(py, m, d)
  if (same && same <= published) return same
  return isoDate(py - 1, m, d)
}

function calendar(
  folded: string,
  re: RegExp,
  published: string | null | undefined,
  out: DateMention[],
): void {
  re.lastIndex = 0
  for (let x = re.exec(folded); x; x = re.exec(folded)) {
    const g = x.groups ?? {}
    const month = g.mo ? Number(g.mo) : MONTHS[(g.m ?? '').replace('.', '')]
    const day = Number(g.d)
    if (!month || !day || day > 31) continue
    const year = g.y ? Number(g.y) : null
    const date = year ? isoDate(year, month, day) : inferYear(month, day, published)
    const before = folded.slice(Math.max(0, x.index - 30), x.index)
    const night = P.NIGHT_BEFORE.test(before)
    const approx = P.APPROX_BEFORE.test(before) || (g.d2 !== undefined && !night)
    out.push({
      start: x.index,
      end: x.index + x[0].length,
      date,
      precision: approx ? 2 : 1,
      kind: 'calendar',
      year,
    })
  }
}

function monthYears(folded: string, out: DateMention[]): void {
  P.MONTH_YEAR.lastIndex = 0
  for (let x = P.MONTH_YEAR.exec(folded); x; x = P.MONTH_YEAR.exec(folded)) {
    const month = MONTHS[(x.groups?.m ?? '').replace('.', '')] ?? 1
    const year = Number(x.groups?.y)
    out.push({
      start: x.index,
      end: x.index + x[0].length,
      date: isoDate(year, month, 1),
      precision: 3,
      kind: 'month',
      year,
    })
  }
  P.YEAR_ONLY.lastIndex = 0
  for (let x = P.YEAR_ONLY.exec(folded); x; x = P.YEAR_ONLY.exec(folded)) {
    const year = Number(x.groups?.y ?? x.groups?.y2)
    const end = x.index + x[0].length
    out.push({ start: x.index, end, date: isoDate(year, 1, 1), precision: 3, kind: 'year', year })
  }
}

function weekdays(folded: string, published: string | null | undefined, out: DateMention[]): void {
  P.WEEKDAY.lastIndex = 0
  for (let x = P.WEEKDAY.exec(folded); x; x = P.WEEKDAY.exec(folded)) {
    const wd = WEEKDAYS[x.groups?.wd ?? ''] ?? 0
    let date: string | null = null
    if (published) {
      let back = (weekday(published) - wd + 7) % 7
      if (back === 0 && (x.groups?.last || x.groups?.dernier)) back = 7
      date = addDays(published, -back)
    }
    const end = x.index + x[0].length
    out.push({ start: x.index, end, date, precision: 1, kind: 'weekday', year: null })
  }
}

function relatives(folded: string, published: string | null | undefined, out: DateMention[]): void {
  for (const [phrase, back, precision] of RELATIVE_DAYS) {
    for (let i = folded.indexOf(phrase); i >= 0; i = folded.indexOf(phrase, i + phrase.length)) {
      const okBefore = i === 0 || !/\p{L}/u.test(folded[i - 1] ?? '')
      const okAfter = !/\p{L}/u.test(folded[i + phrase.length] ?? '')
      if (!okBefore || !okAfter) continue
      const date = published ? addDays(published, -back) : null
      const end = i + phrase.length
      out.push({ start: i, end, date, precision, kind: 'relative', year: null })
    }
  }
}

function chained(folded: string, out: DateMention[]): Array<[DateMention, number]> {
  const found: Array<[DateMention, number]> = []
  for (const [phrase, offset] of CHAINED_DAYS) {
    for (let i = folded.indexOf(phrase); i >= 0; i = folded.indexOf(phrase, i + phrase.length)) {
      const m: DateMention = {
        start: i,
        end: i + phrase.length,
        date: null,
        precision: 1,
        kind: 'relative',
        year: null,
      }
      out.push(m)
      found.push([m, offset])
    }
  }
  return found
}

/** All date mentions of `text`, in text order, without overlaps (longest kept). */
export function findDates(text: string, published?: string | null): DateMention[] {
  const folded = foldText(text)
  const all: DateMention[] = []
  calendar(folded, P.DAY_MONTH, published, all)
  calendar(folded, P.MONTH_DAY, published, all)
  calendar(folded, P.NUMERIC, published, all)
  monthYears(folded, all)
  weekdays(folded, published, all)
  relatives(folded, published, all)
  const chain = chained(folded, all)
  all.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start))
  const out: DateMention[] = []
  for (const m of all) {
    const last = out[out.length - 1]
    if (last && m.start < last.end) continue
    out.push(m)
  }
  // "the previous morning": one day before the day named just before it.
  return out.map((m, i) => {
    const link = chain.find(([c]) => c === m)
    if (!link) return m
    const prev = out
      .slice(0, i)
      .reverse()
      .find((p) => p.date && p.kind !== 'year' && p.kind !== 'month')
    const base = prev?.date ?? published ?? null
    return { ...m, date: base ? addDays(base, link[1]) : null }
  })
}
