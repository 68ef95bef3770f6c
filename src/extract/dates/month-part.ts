/**
 * @module
 * A part of a month named without a year: 'since the beginning of June', 'in early June',
 * 'late July', 'début juin', 'depuis la mi-juillet', 'fin août', 'since June'. chrono reads
 * none of them as a month (or reads 'the end of June' as the 30th, exact); a bare 'in June' stays
 * out (it mostly dates a side clause, see from-chrono.ts). The month takes the publication year,
 * or the year before when it would lie more than two months after publication. In: the folded
 * text and the publication date; out: month mentions (precision 3) dated on the part's first day
 * (early 1st, mid 15th, late 21st); after 'since'/'depuis' marked ongoing (tier: not background).
 */
import { inferYear } from './from-chrono.js'
import type { DateMention } from './find-dates.js'

const MONTHS: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8,
  september: 9, october: 10, november: 11, december: 12, janvier: 1, fevrier: 2, mars: 3,
  avril: 4, mai: 5, juin: 6, juillet: 7, aout: 8, septembre: 9, octobre: 10, novembre: 11,
  decembre: 12,
}
const NAMES = Object.keys(MONTHS).join('|')
const EARLY =
  '(?:(?:the\\s+)?(?:beginning|start)\\s+of|early|le\\s+debut\\s+(?:du\\s+mois\\s+)?de|debut)'
const MID = '(?:(?:the\\s+)?middle\\s+of|mid|la\\s+mi|mi)'
const LATE = '(?:(?:the\\s+)?end\\s+of|late|la\\s+fin\\s+(?:du\\s+mois\\s+)?de|fin)'

/** '[since] early June', 'depuis début juin', 'since June' (a bare month needs 'since'). */
const PART = new RegExp(
  `\\b(?:(?<since>since|depuis)\\s+)?(?:(?<part>${EARLY}|${MID}|${LATE})[\\s-]+)?` +
    `(?:(?:the\\s+)?month\\s+of\\s+|(?:le\\s+)?mois\\s+d[e']\\s*)?(?<m>${NAMES})\\b` +
    '(?![\\s,]*(?:\\d|of\\s+\\d))',
  'g',
)

const DAY = (part: string): number =>
  new RegExp(`^${MID}$`).test(part) ? 15 : new RegExp(`^${LATE}$`).test(part) ? 21 : 1

/** The month parts of `folded` ('since the beginning of June'). */
export function monthParts(folded: string, published: string | null | undefined): DateMention[] {
  const out: DateMention[] = []
  for (const x of folded.matchAll(PART)) {
    const g = x.groups ?? {}
    if (x.index === undefined || (!g.since && !g.part)) continue
    const month = MONTHS[g.m ?? ''] as number
    const date = inferYear(month, DAY(g.part ?? ''), published)
    const end = x.index + x[0].length
    const m: DateMention = { start: x.index, end, date, precision: 3, kind: 'month', year: null }
    out.push(g.since ? { ...m, ongoing: true } : m)
  }
  return out
}
