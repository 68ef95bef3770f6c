/**
 * @module
 * @internal
 * Rough sentence bounds for relation rules: a sentence ends at . ! ? (then a capital or quote)
 * or at a blank line after a short or punctuated line (headlines, paragraphs). A blank line after
 * a long unpunctuated line is a PDF page or column break inside a sentence and does not end it.
 */

export interface Bounds {
  readonly start: number
  readonly end: number
}

const BREAK = /[.!?]["”’»)]?\s+(?=["“«‘(]?[\p{Lu}\p{N}])|\n[ \t]*\n\s*/gu
const LONG_LINE = 70

/** Sentence bounds covering the text, in order. */
export function sentenceBounds(text: string): Bounds[] {
  const out: Bounds[] = []
  let start = 0
  BREAK.lastIndex = 0
  for (let m = BREAK.exec(text); m; m = BREAK.exec(text)) {
    if (m[0].startsWith('\n')) {
      const lineStart = text.lastIndexOf('\n', m.index - 1) + 1
      const line = text.slice(lineStart, m.index).trimEnd()
      if (line.length >= LONG_LINE && !/[.!?:"”»]$/.test(line)) continue
    }
    const end = m.index + m[0].length
    if (end > start) out.push({ start, end })
    start = end
  }
  if (start < text.length) out.push({ start, end: text.length })
  return out
}
