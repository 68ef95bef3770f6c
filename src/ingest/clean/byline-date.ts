/**
 * @module
 * Dates as bylines and datelines write them, English and French. In: a short string that should
 * be a date and nothing else (`28.09.2021`, `12/03/2022`, `2022-03-12`, `12 mars 2022`,
 * `1er mars 2022`, `March 12, 2022`, `Tuesday 12 March 2022`, with an optional time after `à`,
 * `at` or a comma). Out: `YYYY-MM-DD`, or null when the string holds more than a date or the day
 * does not exist. Numeric dates are day first (the outlets we read are European and African)
 * unless the middle number cannot be a month.
 */
import { IsoDate } from '../../schema/document.js'

const MONTHS: Record<string, number> = {
  january: 1, jan: 1, janvier: 1, janv: 1, february: 2, feb: 2, février: 2, fevrier: 2, févr: 2,
  fév: 2, march: 3, mar: 3, mars: 3, april: 4, apr: 4, avril: 4, avr: 4, may: 5, mai: 5,
  june: 6, jun: 6, juin: 6, july: 7, jul: 7, juillet: 7, juil: 7, august: 8, aug: 8, août: 8,
  aout: 8, september: 9, sep: 9, sept: 9, septembre: 9, october: 10, oct: 10, octobre: 10,
  november: 11, nov: 11, novembre: 11, december: 12, dec: 12, décembre: 12, decembre: 12, déc: 12,
}
const MONTH = `(${Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|')})\\.?`
const WEEKDAY =
  String.raw`(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|` +
  String.raw`lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche),?\s+`
/** A trailing time: `14:05`, `14h05`, `2:05 pm`, `à 14h`, `at 9:30 GMT`, `, 10:12 UTC`. */
const TIME =
  String.raw`(?:\s*(?:,|à|a|at|-|–)?\s*\d{1,2}(?:[:h.]\d{2})?\s*(?:h|am|pm|a\.m\.|p\.m\.)?` +
  String.raw`(?:\s*(?:GMT|UTC|WAT|CET|CEST)(?:\s*[+-]\d{1,2})?)?)?`

const NUMERIC = new RegExp(String.raw`^(\d{1,2})[./-](\d{1,2})[./-](\d{4})${TIME}$`, 'i')
const ISO = new RegExp(String.raw`^(\d{4})-(\d{2})-(\d{2})(?:[T\s][\d:.+Z-]*)?$`, 'i')
const DAY_MONTH = new RegExp(
  String.raw`^(?:${WEEKDAY})?(\d{1,2})(?:er|st|nd|rd|th)?\s+${MONTH}\s+(\d{4})${TIME}$`,
  'iu',
)
const MONTH_DAY = new RegExp(
  String.raw`^(?:${WEEKDAY})?${MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})${TIME}$`,
  'iu',
)

function iso(y: number, m: number, d: number): string | null {
  const pad = (n: number, w: number) => String(n).padStart(w, '0')
  const out = `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`
  return IsoDate.safeParse(out).success ? out : null
}

/** The date the whole string states, as `YYYY-MM-DD`; null when it is not only a date. */
export function parseBylineDate(raw: string): string | null {
  const s = raw.trim().replace(/\s+/g, ' ')
  let m = ISO.exec(s)
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]))
  m = NUMERIC.exec(s)
  if (m) {
    const [a, b, y] = [Number(m[1]), Number(m[2]), Number(m[3])]
    return b > 12 && a <= 12 ? iso(y, a, b) : iso(y, b, a)
  }
  m = DAY_MONTH.exec(s)
  if (m) return iso(Number(m[3]), MONTHS[m[2]!.toLowerCase()] ?? 0, Number(m[1]))
  m = MONTH_DAY.exec(s)
  if (m) return iso(Number(m[3]), MONTHS[m[1]!.toLowerCase()] ?? 0, Number(m[2]))
  return null
}
