/**
 * @module
 * Tier: 'news' for what the report is about, 'context' for background — an event dated long
 * before publication, an undated event that sits in an older year ("in 2015", "since 2012"),
 * or an undated event in a paragraph whose last date is old ("Their uprising in 2012 failed. …
 * Ansar Dine attacked the MNLA": the story is still in 2012). An event that began 'since early
 * June' (an ongoing movement) is news however long ago it began.
 */
import type { DateMention } from '../dates/index.js'
import { daysBetween } from '../dates/iso.js'
import {
  CAUSE_OF_NEWS,
  CAUSE_PREP,
  CONTEXT_DAYS,
  FINITE_VERB,
  PHOTO_CAPTION,
  PLUPERFECT_BEFORE,
  SHIFTED_BEFORE,
  SINCE_YEAR,
  SPEECH_AFTER,
} from './data/background.js'

export interface TierInput {
  /** The event's resolved date and the mention it came from (null = publication date). */
  readonly date: string | null
  readonly mention: DateMention | null
  /** Date mentions inside the event's text. */
  readonly inside: readonly DateMention[]
  readonly folded: string
  readonly from: number
  readonly to: number
  readonly published?: string | null
  /** The publication date is inferred from the text: only older years count as background. */
  readonly inferred?: boolean
  /** The last date mention of the paragraph before the event (see `paragraphDate`). */
  readonly narrative?: DateMention | null
  /** Where the event's main cue starts. */
  readonly cue?: number
  /** The event's cues, in text order. */
  readonly cues?: ReadonlyArray<{ readonly start: number; readonly end: number }>
}

/** The text of `folded[from, at)` since the last sentence or clause end (not "Nov. 15"). */
function lead(folded: string, from: number, at: number): string {
  const part = folded.slice(from, at)
  let cut = 0
  for (const m of part.matchAll(/[.!?;]+(?:\s+(?=\D)|$)/g)) cut = m.index + m[0].length
  return part.slice(cut)
}

/**
 * The event is told as background: its main cue in the pluperfect, outside reported speech and
 * relative clauses ("Militants had kidnapped the aid workers on 4 March" in a story of their
 * release), or all its cues in the cause of a main clause that tells no event ("Russia delivered
 * aid following a deadly attack on …"; not "Two were killed following an attack on …").
 */
export function toldAsBackground(
  folded: string,
  from: number,
  cue: number,
  cues: ReadonlyArray<{ readonly start: number; readonly end: number }> = [],
): boolean {
  const first = cues[0]
  const before = first ? lead(folded, from, first.start) : ''
  const cause = CAUSE_OF_NEWS.exec(before)
  // the main clause, before the preposition, tells something (a verb), but no event (no cue)
  const main = cause ? before.slice(0, cause.index + cause[0].search(CAUSE_PREP)) : ''
  if (first && cause && FINITE_VERB.test(main)) {
    // the cause phrase ends at the next comma: no cue after it in the same sentence
    const rest = folded.slice(first.end)
    const comma = rest.search(/[,;.!?]/)
    const stop = rest.search(/[.!?]\s/)
    const end = first.end + (comma < 0 ? rest.length : comma)
    const last = first.end + (stop < 0 ? rest.length : stop)
    if (!cues.some((c) => c.start >= end && c.start < last)) return true
  }
  const sentence = lead(folded, from, cue)
  if (PHOTO_CAPTION.test(sentence)) return true
  const aux = PLUPERFECT_BEFORE.exec(sentence)
  if (aux === null || SHIFTED_BEFORE.test(sentence.slice(0, aux.index))) return false
  // "… had been killed by Monday evening, officials said": reported speech told after it
  const rest = folded.slice(cue)
  const end = rest.search(/[.!?](?:\s|$)/)
  return !SPEECH_AFTER.test(rest.slice(0, end < 0 ? rest.length : end))
}

/** The last date mention in the paragraph of `from`, before it, when a bare year: the story's time. */
export function paragraphDate(
  folded: string,
  dates: readonly DateMention[],
  from: number,
): DateMention | null {
  const para = folded.lastIndexOf('\n\n', from)
  let last: DateMention | null = null
  for (const d of dates) if (d.start > para && d.end <= from) last = d
  // Only a bare year sets the story's time ("Their uprising in 2012…"); a day or a month may
  // belong to a clause about something else ("the attack which left 19 dead in March 2016").
  return last?.kind === 'year' ? last : null
}

/** An old date mention: a day long before publication, or an older year. */
function isOld(m: DateMention, published: string, limit: number): boolean {
  if (m.kind === 'calendar' || m.kind === 'weekday' || m.kind === 'relative')
    return m.date !== null && daysBetween(m.date, published) > limit
  return m.year !== null && m.year < Number(published.slice(0, 4))
}

/** 'news' or 'context' for one event. */
export function assessTier(x: TierInput): 'news' | 'context' {
  const part = x.folded.slice(x.from, x.to)
  // 'a movement since early June' goes on: news however long ago it began
  if (x.mention?.ongoing) return 'news'
  if (x.cue !== undefined && toldAsBackground(x.folded, x.from, x.cue, x.cues)) return 'context'
  const recentDay = x.inside.some(
    (m) =>
      (m.kind === 'calendar' || m.kind === 'weekday' || m.kind === 'relative') &&
      m.date !== null &&
      (!x.published || daysBetween(m.date, x.published) <= CONTEXT_DAYS),
  )
  // "…demonstrated on Monday against troops who have occupied Mali since 2013": news.
  if (SINCE_YEAR.test(part) && !recentDay) return 'context'
  if (x.published && x.date && x.mention) {
    if (daysBetween(x.date, x.published) > (x.inferred ? 366 : CONTEXT_DAYS)) return 'context'
  }
  if (x.inside.length === 0 && x.narrative && x.published) {
    if (isOld(x.narrative, x.published, x.inferred ? 366 : CONTEXT_DAYS)) return 'context'
  }
  const dayInside = x.inside.some(
    (m) => m.kind === 'calendar' || m.kind === 'weekday' || m.kind === 'relative',
  )
  if (!dayInside && x.published) {
    const pubYear = Number(x.published.slice(0, 4))
    const older = x.inside.some((m) => m.year !== null && m.year < pubYear)
    if (older) return 'context'
  }
  return 'news'
}

/** True when `folded[from, to)` narrates background: "since 2012", or an older year with no day. */
export function isBackgroundText(
  folded: string,
  from: number,
  to: number,
  dates: readonly DateMention[],
  published?: string | null,
  inferred = false,
): boolean {
  const own = dates.filter((m) => m.start >= from && m.end <= to)
  const days = own.filter(
    (m) => m.kind === 'calendar' || m.kind === 'weekday' || m.kind === 'relative',
  )
  if (SINCE_YEAR.test(folded.slice(from, to)) && days.length === 0) return true
  if (!published) return false
  const narrative = own.length === 0 ? paragraphDate(folded, dates, from) : null
  const inside = narrative ? [narrative] : own
  if (inside.some((m) => m.kind === 'calendar' || m.kind === 'weekday' || m.kind === 'relative')) {
    const limit = inferred ? 366 : CONTEXT_DAYS
    return inside.some((m) => m.date !== null && daysBetween(m.date, published) > limit)
  }
  const pubYear = Number(published.slice(0, 4))
  return inside.some((m) => m.year !== null && m.year < pubYear)
}

/**
 * The year a background event is set in, when its text gives no day of its own: "Their uprising
 * in 2012 failed. … Ansar Dine attacked the MNLA" happened in 2012, not on the publication day.
 * A year inside the event's text wins over the paragraph's. Null for news, or when the event's
 * date already lies in an older year.
 */
export function backgroundYear(x: TierInput, tier: 'news' | 'context'): DateMention | null {
  if (tier !== 'context' || !x.published) return null
  const pubYear = Number(x.published.slice(0, 4))
  if (x.date && Number(x.date.slice(0, 4)) < pubYear) return null
  const older = (m: DateMention | null | undefined): m is DateMention =>
    !!m && m.kind === 'year' && m.year !== null && m.year < pubYear
  return x.inside.find(older) ?? (older(x.narrative) ? x.narrative : null)
}

