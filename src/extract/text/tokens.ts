/**
 * @module
 * Word tokens with offsets, over accent-folded lower-case text (same length as the original,
 * so offsets point into the document). Punctuation that ends a clause is kept as a token.
 */
import { foldText } from './span.js'

export interface Token {
  readonly start: number
  readonly end: number
  /** Folded (lower-case, no accents) form. */
  readonly norm: string
}

const TOKEN = /[\p{L}\d]+(?:[-'’][\p{L}\d]+)*|[.,;:()!?/]/gu

/** Tokens of `text[from, to)` with absolute offsets; `folded` may be passed when already known. */
export function tokenize(text: string, from = 0, to = text.length, folded?: string): Token[] {
  const f = (folded ?? foldText(text)).slice(from, to)
  const out: Token[] = []
  TOKEN.lastIndex = 0
  for (let m = TOKEN.exec(f); m; m = TOKEN.exec(f)) {
    out.push({ start: from + m.index, end: from + m.index + m[0].length, norm: m[0] })
  }
  return out
}

export const CLAUSE_PUNCT: ReadonlySet<string> = new Set(['.', ';', ':', '(', ')', '!', '?', ','])
