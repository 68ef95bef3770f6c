/**
 * @module
 * @internal
 * Span helpers: build a span from offsets, merge overlapping spans of one technique, sort.
 */
import type { Span, Technique } from './types.js'

export function makeSpan(text: string, start: number, end: number, technique: Technique): Span {
  return { start, end, text: text.slice(start, end), technique }
}

/** Sorted by start; spans that overlap (or touch) are merged into one. */
export function mergeSpans(text: string, spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end)
  const out: Span[] = []
  for (const s of sorted) {
    const last = out[out.length - 1]
    if (last && last.technique === s.technique && s.start <= last.end) {
      if (s.end > last.end) out[out.length - 1] = makeSpan(text, last.start, s.end, s.technique)
    } else out.push(s)
  }
  return out
}

interface Interval {
  readonly start: number
  readonly end: number
}

/** Index of the first item whose start is ≥ pos, in a list sorted by start. */
export function firstFrom(items: readonly Interval[], pos: number): number {
  let lo = 0
  let hi = items.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((items[mid] as Interval).start < pos) lo = mid + 1
    else hi = mid
  }
  return lo
}

/**
 * An overlap test against a fixed list of intervals: sorted once, then each query looks only at
 * the intervals that could reach it. Linear work instead of quadratic on long documents.
 */
export function overlapIndex(items: readonly Interval[]): (start: number, end: number) => boolean {
  const sorted = [...items].sort((a, b) => a.start - b.start)
  const longest = sorted.reduce((n, i) => Math.max(n, i.end - i.start), 0)
  return (start, end) => {
    for (let i = firstFrom(sorted, start - longest); i < sorted.length; i++) {
      const it = sorted[i] as Interval
      if (it.start >= end) return false
      if (it.end > start) return true
    }
    return false
  }
}
