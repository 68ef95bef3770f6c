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
