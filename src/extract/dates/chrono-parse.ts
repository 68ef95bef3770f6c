/**
 * @module
 * Calendar parsing through chrono-node: an English (day-first d/m/y) and a French parser, built
 * once, each with extra parsers for what chrono reads only in part: day ranges ("between 3 and 5
 * May", "July 7 and 10", "les 14 et 15 juillet", "between 30 June and 2 July") and month-year
 * in French ("en mars 2012").
 * Takes a text and returns chrono's results with offsets into that text, trimmed to the date
 * itself ("On 12 May," → "12 May"). Only sentences that name a month, a weekday or a d/m/yyyy
 * date (a cheap regex) reach chrono, which is slow on long texts.
 */
import * as chrono from 'chrono-node'
import { MONTHS } from './data/calendar.js'
import * as P from './data/patterns.js'

function monthOf(name: string): number | undefined {
  const key = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace('.', '')
  return MONTHS[key]
}

/**
 * "3 and 5 May", "14 to 15 July 2020", "between 30 June and 2 July": the range as chrono's start
 * and end (groups d, m, y for the start; d2 and, when it differs, m2 and y2 for the end).
 */
const rangeParser = (re: RegExp): chrono.Parser => ({
  pattern: () => re,
  extract: (context, match) => {
    const g = match.groups ?? {}
    const month = monthOf(g.m ?? '')
    const month2 = g.m2 ? monthOf(g.m2) : month
    const d1 = Number(g.d)
    const d2 = Number(g.d2)
    if (!month || !month2 || d1 < 1 || d1 > 31 || d2 < 1 || d2 > 31) return null
    if (month2 === month && d2 <= d1) return null
    const y2 = g.y2 ?? g.y
    const y1 = g.y ?? (y2 && month2 < month ? String(Number(y2) - 1) : y2)
    const result = context.createParsingResult(match.index ?? 0, match[0], {
      day: d1,
      month,
      ...(y1 ? { year: Number(y1) } : {}),
    })
    const end = { day: d2, month: month2, ...(y2 ? { year: Number(y2) } : {}) }
    result.end = context.createParsingComponents(end)
    return result
  },
})

/** "mars 2012": a month of a year, no day. */
const monthYearParser: chrono.Parser = {
  pattern: () => P.MONTH_YEAR,
  extract: (context, match) => {
    const month = monthOf(match.groups?.m ?? '')
    if (!month) return null
    const start = { month, year: Number(match.groups?.y) }
    return context.createParsingResult(match.index ?? 0, match[0], start)
  },
}

type Config = NonNullable<ConstructorParameters<typeof chrono.Chrono>[0]>

/**
 * Chrono's parsers kept, by class name: calendar dates, months and weekdays. Times of day,
 * casual words and "N days ago" go: they are not ours to read, and chrono merges them into the
 * dates next to them ("the night of 14 to 15 July" becomes an evening without a day, "samedi 18"
 * becomes Saturday at 18:00). Fewer parsers also make chrono faster. Should an upgrade rename
 * them, the tables in find-dates.test.ts fail.
 */
const KEEP = new Set([
  'ISOFormatParser',
  'SlashDateFormatParser',
  'ENYearMonthDayParser',
  'ENMonthNameLittleEndianParser',
  'ENMonthNameMiddleEndianParser',
  'ENMonthNameParser',
  'ENYearMonthNameParser',
  'ENWeekdayParser',
  'FRMonthNameLittleEndianParser',
  'FRWeekdayParser',
])

function build(config: Config, extra: readonly chrono.Parser[]): chrono.Chrono {
  const parsers = config.parsers.filter((p) => KEEP.has(p.constructor.name))
  // Day-first d/m/y, but "October 10" is the 10th, not October 2010.
  for (const p of parsers)
    if ('shouldSkipYearLikeDate' in p) Object.assign(p, { shouldSkipYearLikeDate: false })
  const ranges = [P.RANGE_DAY_MONTH, P.RANGE_MONTH_DAY, P.BETWEEN_DAY_MONTH, P.BETWEEN_MONTH_DAY]
  parsers.push(...ranges.map(rangeParser), ...extra)
  return new chrono.Chrono({ parsers, refiners: config.refiners })
}

const EN = build(chrono.en.configuration.createCasualConfiguration(true), [])
const FR = build(chrono.fr.createCasualConfiguration(true), [monthYearParser])

/** One chrono result, offsets into the whole text (trimmed to the date). */
export interface ChronoHit {
  readonly start: number
  readonly end: number
  readonly text: string
  readonly result: chrono.ParsedResult
}

/** Sentence-ish chunks: lines and full stops followed by a capital (not "Dec. 12"). */
const CHUNK = /[^\n]*?(?:[.!?](?=\s+["«“(]?\p{Lu})|\n|$)/gu

function trimmed(at: number, r: chrono.ParsedResult): ChronoHit {
  const lead = P.LEADING_WORDS.exec(r.text)?.[0].length ?? 0
  const body = r.text.slice(lead).replace(P.TRAILING_PUNCT, '')
  const start = at + r.index + lead
  return { start, end: start + body.length, text: body, result: r }
}

/** Chrono's dates in `text`, resolved on `ref` (noon UTC of the publication day). */
export function chronoDates(text: string, ref: Date): ChronoHit[] {
  const out: ChronoHit[] = []
  const options = { forwardDate: false }
  const reference = { instant: ref, timezone: 0 }
  CHUNK.lastIndex = 0
  for (let m = CHUNK.exec(text); m; m = CHUNK.exec(text)) {
    const chunk = m[0]
    if (chunk === '') {
      CHUNK.lastIndex++
      if (CHUNK.lastIndex > text.length) break
      continue
    }
    const en = P.EN_TRIGGER.test(chunk)
    const fr = P.FR_TRIGGER.test(chunk)
    if (!en && !fr) continue
    const results = [
      ...(en ? EN.parse(chunk, reference, options) : []),
      ...(fr ? FR.parse(chunk, reference, options) : []),
    ]
    for (const r of results) out.push(trimmed(m.index, r))
  }
  return out
}
