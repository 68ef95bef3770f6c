/**
 * @module
 * Evidence spans: character ranges into the document text. `makeSpan` is the only way the
 * extractor builds a span, so `span.text === doc.text.slice(span.start, span.end)` always holds.
 */
import type { Span } from '../../schema/event.js'

/** A span of `text` from `start` to `end`, clamped to the text, labelled with `field`. */
export function makeSpan(text: string, start: number, end: number, field: string): Span {
  const s = Math.max(0, Math.min(start, text.length))
  const e = Math.max(s, Math.min(end, text.length))
  return { start: s, end: e, text: text.slice(s, e), field }
}

/** Lower-case and strip accents, keeping the string length (one char in, one char out). */
export function foldText(text: string): string {
  let out = ''
  for (const ch of text.toLowerCase()) {
    const base = ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '')
    out += base.length === 1 ? base : ch.length === 1 ? ch : ' '
  }
  return out.length === text.length ? out : text.toLowerCase()
}
