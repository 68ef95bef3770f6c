/**
 * @module
 * Lines that restate when the text after them was written: an update line ("Update November
 * 22", "Updated: 22 Nov 2023", "Last updated …", "Mis à jour le 22 novembre") or a dateline
 * ("BAMAKO, Nov 22 (Reuters) -", "NIAMEY, 22 novembre (AFP) –", "Bamako, le 11 octobre 2025").
 * In: the text, its publication date and the parser of calendar dates (find-dates.ts, passed in
 * so the two files do not import each other). Out: reference points `{ at, date }`, in text
 * order, where `at` is the start of the line. A relative day after such a line ("Wednesday",
 * "yesterday", "mercredi") is counted from the line's date, as a coder reads it, not from an
 * earlier publication date: a follow-up appended to a story is written days after it.
 * Only a date on or after the reference in force counts (a stale stamp changes nothing).
 */
import type { DateMention } from './find-dates.js'

export interface ReferencePoint {
  /** Offset of the line that states the date. */
  readonly at: number
  readonly date: string
  /** Offset of the stated date itself: a stamp, no event's date. */
  readonly stamp: number
}

type ParseDates = (text: string, published: string | null | undefined) => DateMention[]

/** An update stamp at the start of a line; the date follows it. */
const UPDATE = new RegExp(
  String.raw`^[ \t*_[(]*(?:(?:last\s+)?updated?(?:\s+(?:on|at))?|mise?\s+[àa]\s+jour` +
    String.raw`(?:\s+(?:le|du))?|actualis[ée]e?(?:\s+le)?)[\s:.,–—-]*`,
  'iu',
)
/** A dateline: a place in capitals (or a letterhead "Bamako, le"), a comma, then the date. */
const DATELINE = new RegExp(
  String.raw`^[ \t]*(?:\p{Lu}[\p{Lu}'’ .-]{2,40}(?:,\s*\p{Lu}[\p{L} .]{2,30})?,\s*` +
    String.raw`|\p{Lu}[\p{L}'’ .-]{2,40},\s+le\s+)`,
  'u',
)
/** What ends a dateline's date: an agency, a dash, a colon, a stop or the end of the line. */
const DATELINE_END = /^\s*(?:[(/][\p{L} .-]{2,30}[)/]\s*)?(?:[.:–—-]|$)/u

/** The first calendar date of `line` starting right at `from`, resolved on `ref`. */
function dateAt(line: string, from: number, ref: string | null, parse: ParseDates) {
  const head = line.slice(0, from + 60)
  const m = parse(head, ref).find((d) => d.kind === 'calendar' && d.precision === 1)
  if (!m?.date || m.start > from + 2) return null
  return m
}

/** The reference points of `text` (see the module note); empty for most documents. */
export function referencePoints(
  text: string,
  published: string | null | undefined,
  parse: ParseDates,
): ReferencePoint[] {
  const out: ReferencePoint[] = []
  let ref = published ?? null
  let at = 0
  for (const line of text.split('\n')) {
    const start = at
    at += line.length + 1
    if (line.length < 8) continue
    let found: DateMention | null = null
    const u = UPDATE.exec(line)
    if (u && u[0].trim().length > 0) found = dateAt(line, u[0].length, ref, parse)
    const d = found ? null : DATELINE.exec(line)
    if (d) {
      const m = dateAt(line, d[0].length, ref, parse)
      if (m && DATELINE_END.test(line.slice(m.end))) found = m
    }
    if (!found?.date || (ref && found.date < ref)) continue
    out.push({ at: start, date: found.date, stamp: start + found.start })
    ref = found.date
  }
  return out
}

/** The reference date in force at `offset`: the last point before it, else `published`. */
export function referenceAt(
  points: readonly ReferencePoint[],
  offset: number,
  published: string | null | undefined,
): string | null {
  let ref = published ?? null
  for (const p of points) if (p.at <= offset) ref = p.date
  return ref
}
