/**
 * @module
 * Reads a count at a token: digits, number words ("twenty-one", "vingt et un"), ranges
 * ("between 10 and 15", "10 to 15", "entre 10 et 15"), bounds ("at least 12", "au moins 12"),
 * approximate nouns ("a dozen", "une dizaine", "dozens") and vague words ("several" → 3).
 */
import type { Token } from '../text/tokens.js'
import { APPROX, LOWER_BOUND, UNITS, VAGUE } from './data/numbers.js'

export interface Quantity {
  /** Index of the first and last token of the count. */
  readonly first: number
  readonly last: number
  /** ACLED's coded value: the lower bound. */
  readonly value: number
  readonly min: number
  readonly max: number | null
  readonly vague: boolean
}

function word(norm: string): number | null {
  if (/^\d{1,4}$/.test(norm)) return Number(norm)
  if (norm in UNITS) return UNITS[norm] ?? null
  const parts = norm.split('-').filter((p) => p !== 'et')
  if (parts.length > 1 && parts.every((p) => p in UNITS)) {
    return parts.reduce((sum, p) => sum + (UNITS[p] ?? 0), 0)
  }
  return null
}

function plain(tokens: readonly Token[], i: number): { value: number; last: number } | null {
  const t = tokens[i]
  if (!t) return null
  const v = word(t.norm)
  if (v === null) return null
  // "twenty one", "vingt et un"
  const n1 = tokens[i + 1]
  const n2 = tokens[i + 2]
  if (v >= 20 && v % 10 === 0 && v < 100 && n1) {
    const u = word(n1.norm)
    if (u !== null && u < 10) return { value: v + u, last: i + 1 }
    if (n1.norm === 'et' && n2 && (n2.norm === 'un' || n2.norm === 'une')) {
      return { value: v + 1, last: i + 2 }
    }
  }
  return { value: v, last: i }
}

/** The count starting at token `i`, or null. */
export function readQuantity(tokens: readonly Token[], i: number): Quantity | null {
  const t = tokens[i]
  if (!t) return null
  if (t.norm in APPROX) {
    const v = APPROX[t.norm] ?? 0
    return { first: i, last: i, value: v, min: v, max: null, vague: true }
  }
  if (t.norm === 'unknown' && tokens[i + 1]?.norm === 'number') {
    return { first: i, last: i + 1, value: 3, min: 3, max: null, vague: true }
  }
  // "as many as 60": not a vague count but the start of a bound.
  if (t.norm === 'many' && /^(?:as|so|how)$/.test(tokens[i - 1]?.norm ?? '')) return null
  if (VAGUE.has(t.norm)) return { first: i, last: i, value: 3, min: 3, max: null, vague: true }
  if (t.norm === 'between' || t.norm === 'entre') {
    const a = plain(tokens, i + 1)
    const sep = a ? tokens[a.last + 1] : undefined
    const b = a && sep && /^(and|et)$/.test(sep.norm) ? plain(tokens, a.last + 2) : null
    if (a && b)
      return { first: i, last: b.last, value: a.value, min: a.value, max: b.value, vague: false }
    return null
  }
  const dash = /^(\d{1,4})[-–](\d{1,4})$/.exec(t.norm)
  if (dash) {
    const lo = Number(dash[1])
    const hi = Number(dash[2])
    if (hi > lo) return { first: i, last: i, value: lo, min: lo, max: hi, vague: false }
  }
  const a = plain(tokens, i)
  if (!a) return null
  const sep = tokens[a.last + 1]
  if (sep && /^(to|or|ou|a|-|\/)$/.test(sep.norm)) {
    const b = plain(tokens, a.last + 2)
    if (b && b.value > a.value) {
      return { first: i, last: b.last, value: a.value, min: a.value, max: b.value, vague: false }
    }
  }
  const prev = tokens[i - 1]
  const bounded = prev !== undefined && LOWER_BOUND.has(prev.norm)
  return {
    first: i,
    last: a.last,
    value: a.value,
    min: a.value,
    max: bounded ? null : a.value,
    vague: false,
  }
}
