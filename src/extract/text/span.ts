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

// biome-ignore lint/suspicious/noControlCharactersInRegex: the whole ASCII range is meant
const ASCII = /^[\x00-\x7f]*$/
/** One folded unit per code point seen (the same rule as before, computed once). */
const units = new Map<string, string>()
/** The last texts folded: a document's text is folded again by several passes. */
const recent: { text: string; out: string }[] = []

function foldUnit(ch: string): string {
  let out = units.get(ch)
  if (out === undefined) {
    const base = ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '')
    out = base.length === 1 ? base : ch.length === 1 ? ch : ' '
    units.set(ch, out)
  }
  return out
}

/** Lower-case and strip accents, keeping the string length (one char in, one char out). */
export function foldText(text: string): string {
  for (const r of recent) if (r.text === text) return r.out
  const out = fold(text)
  if (text.length > 64) {
    recent.unshift({ text, out })
    if (recent.length > 4) recent.pop()
  }
  return out
}

function fold(text: string): string {
  const lower = text.toLowerCase()
  if (ASCII.test(text)) return lower
  let out = ''
  for (const ch of lower) out += foldUnit(ch)
  return out.length === text.length ? out : lower
}
