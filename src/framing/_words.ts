/**
 * @module
 * @internal
 * Word tokens of a text with their offsets, and whether punctuation separates each word from
 * the one before. Span rules grow left and right over these tokens, never across punctuation.
 */

export interface Word {
  readonly start: number
  readonly end: number
  readonly text: string
  /** Lower case, curly apostrophes made straight. */
  readonly key: string
  /** true when anything but whitespace stands between this word and the previous one. */
  readonly barrier: boolean
}

const WORD = /[\p{L}\p{N}]+(?:['’‐‑-][\p{L}\p{N}]+)*/gu

/** Word tokens in text order. */
export function tokenizeWords(text: string): Word[] {
  const out: Word[] = []
  let prevEnd = 0
  for (const m of text.matchAll(WORD)) {
    const start = m.index
    const gap = text.slice(prevEnd, start)
    out.push({
      start,
      end: start + m[0].length,
      text: m[0],
      key: m[0].toLowerCase().replace(/’/g, "'"),
      barrier: out.length === 0 || /[^\s]/.test(gap) || /\n\s*\n/.test(gap),
    })
    prevEnd = start + m[0].length
  }
  return out
}

/** Index of the first word starting at or after `offset` (binary search). */
export function wordAt(words: readonly Word[], offset: number): number {
  let lo = 0
  let hi = words.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((words[mid] as Word).start < offset) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** Index of the last word ending at or before `offset`. */
export function wordBefore(words: readonly Word[], offset: number): number {
  let i = wordAt(words, offset) - 1
  while (i >= 0 && (words[i] as Word).end > offset) i--
  return i
}

/** Number of words in a text, for per-1,000-word rates. */
export function countWords(text: string): number {
  let n = 0
  for (const _ of text.matchAll(WORD)) n++
  return n
}
