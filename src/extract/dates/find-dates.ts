/**
 * @module
 * Finds the date mentions of a text and resolves them against the publication date. Calendar
 * dates, months of a year and weekdays come from chrono-node (chrono-parse.ts, read by our
 * rules in from-chrono.ts); bare years ("in 2012", "(2019)"), relative days with ACLED's time
 * precisions ("yesterday", "last week", "earlier this month", "la semaine dernière") and days
 * chained to the date named before them ("the previous morning", "le lendemain") are tables in
 * data/, matched here: chrono reads "last week" as a day, knows no "earlier this month" and
 * anchors "the day before" on the reference date rather than on the date named before; counts
 * ("two days later", "il y a trois jours", "a week earlier") are read the same way. A
 * chained day with no day named before it stays undated: it is relative to an event the text
 * does not date, not to the publication.
 */
import { foldText } from '../text/span.js'
import { chronoDates } from './chrono-parse.js'
import { CHAINED_DAYS, COUNT_WORDS, RELATIVE_DAYS } from './data/calendar.js'
import * as P from './data/patterns.js'
import { fromChrono } from './from-chrono.js'
import { addDays, isoDate } from './iso.js'
import { monthParts } from './month-part.js'
import { type ReferencePoint, referencePoints } from './reference-lines.js'

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
  /** 'since early June': the event began then and goes on (no background however old). */
  readonly ongoing?: boolean
  /** The date of an update line or a dateline: when the text was written, no event's date. */
  readonly stamp?: boolean
}

function years(folded: string, out: DateMention[]): void {
  P.YEAR_ONLY.lastIndex = 0
  for (let x = P.YEAR_ONLY.exec(folded); x; x = P.YEAR_ONLY.exec(folded)) {
    const year = Number(x.groups?.y ?? x.groups?.y2)
    const end = x.index + x[0].length
    out.push({ start: x.index, end, date: isoDate(year, 1, 1), precision: 3, kind: 'year', year })
  }
}

/** Whole-word occurrences of `phrase` in `folded`. */
function* occurrences(folded: string, phrase: string): Generator<number> {
  for (let i = folded.indexOf(phrase); i >= 0; i = folded.indexOf(phrase, i + phrase.length)) {
    const okBefore = i === 0 || !/\p{L}/u.test(folded[i - 1] ?? '')
    const okAfter = !/\p{L}/u.test(folded[i + phrase.length] ?? '')
    if (okBefore && okAfter) yield i
  }
}

function relatives(folded: string, published: string | null | undefined, out: DateMention[]): void {
  for (const [phrase, back, precision] of RELATIVE_DAYS) {
    for (const i of occurrences(folded, phrase)) {
      const date = published ? addDays(published, -back) : null
      const end = i + phrase.length
      out.push({ start: i, end, date, precision, kind: 'relative', year: null })
    }
  }
}

/** "N days later" → days, precision (weeks are precision 2), or null when not a count. */
function counted(g: Record<string, string | undefined>): readonly [number, 1 | 2] | null {
  const word = g.n ?? g.n2 ?? ''
  const n = /^\d+$/.test(word) ? Number(word) : COUNT_WORDS[word === 'an' ? 'a' : word]
  if (!n) return null
  const weeks = /^(?:week|semaine)/.test(g.u ?? g.u2 ?? '')
  return [weeks ? 7 * n : n, weeks ? 2 : 1]
}

function ago(folded: string, published: string | null | undefined, out: DateMention[]): void {
  for (const x of folded.matchAll(P.COUNT_AGO)) {
    const c = counted(x.groups ?? {})
    if (!c || x.index === undefined) continue
    const date = published ? addDays(published, -c[0]) : null
    const end = x.index + x[0].length
    out.push({ start: x.index, end, date, precision: c[1], kind: 'relative', year: null })
  }
}

function chained(folded: string, out: DateMention[]): Map<DateMention, number> {
  const found = new Map<DateMention, number>()
  const add = (start: number, end: number, offset: number, precision: 1 | 2): void => {
    const m: DateMention = { start, end, date: null, precision, kind: 'relative', year: null }
    out.push(m)
    found.set(m, offset)
  }
  for (const [phrase, offset] of CHAINED_DAYS)
    for (const i of occurrences(folded, phrase)) add(i, i + phrase.length, offset, 1)
  for (const x of folded.matchAll(P.COUNT_CHAINED)) {
    const c = counted(x.groups ?? {})
    if (!c || x.index === undefined) continue
    const back = /earlier|tot|auparavant/.test(x.groups?.dir ?? '')
    add(x.index, x.index + x[0].length, back ? -c[0] : c[0], c[1])
  }
  return found
}

/**
 * All date mentions of `text`, in text order, without overlaps (longest kept). After an update
 * line or a dateline (reference-lines.ts) the text is read on that line's date.
 */
export function findDates(text: string, published?: string | null): DateMention[] {
  const points = referencesOf(text, published)
  if (points.length === 0) return datesOn(text, published)
  const out = datesOn(text.slice(0, points[0]?.at ?? 0), published)
  points.forEach((p, i) => {
    const end = points[i + 1]?.at ?? text.length
    for (const m of datesOn(text.slice(p.at, end), p.date)) {
      const start = m.start + p.at
      out.push({ ...m, start, end: m.end + p.at, ...(start === p.stamp ? { stamp: true } : {}) })
    }
  })
  return out
}

let lastRefs: { text: string; published: string | null; points: ReferencePoint[] } | undefined

/** The reference points of `text` (update lines, datelines) on `published`; every event asks. */
export function referencesOf(text: string, published?: string | null): ReferencePoint[] {
  const pub = published ?? null
  if (lastRefs?.text === text && lastRefs.published === pub) return lastRefs.points
  const points = referencePoints(text, published, datesOn)
  lastRefs = { text, published: pub, points }
  return points
}

/** The date mentions of `text`, every relative one read on `published`. */
function datesOn(text: string, published?: string | null): DateMention[] {
  const folded = foldText(text)
  const all: DateMention[] = []
  const ref = new Date(`${published ?? '2000-01-01'}T12:00:00Z`)
  // before chrono's hits: 'the end of June' is a part of a month, not the 30th
  all.push(...monthParts(folded, published))
  for (const hit of chronoDates(text, ref)) all.push(...fromChrono(hit, folded, published))
  years(folded, all)
  relatives(folded, published, all)
  ago(folded, published, all)
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
    const offset = chain.get(m)
    if (offset === undefined) return m
    const prev = out
      .slice(0, i)
      .reverse()
      .find((p) => p.date && p.kind !== 'year' && p.kind !== 'month')
    const base = prev?.date ?? null
    return { ...m, date: base ? addDays(base, offset) : null }
  })
}
