/**
 * @module
 * Word tokens of folded text, with offsets and a light English/French plural stem, so that
 * 'soldiers'/'soldier', 'militias'/'militia', 'civils'/'civil' share one key. Registry phrases
 * and document text go through the same function, so stemming only has to be consistent.
 */
import { foldText } from './fold.js'

export interface Token {
  readonly start: number
  readonly end: number
  /** Stemmed, folded form used as the lookup key. */
  readonly key: string
  /** A sentence mark or bracket separates this token from the previous one: no match spans it. */
  readonly barrier: boolean
}

const WORD = /[\p{L}\p{N}]+/gu
const BARRIER = /[.;:()[\]!?«»"“”]/

/** Strip a plural ending: -ies → -y, -s (not -ss), -aux → -al. Short words are kept. */
export function stemWord(word: string): string {
  if (word.length <= 3) return word
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`
  if (word.endsWith('aux') && word.length > 4) return `${word.slice(0, -3)}al`
  if (word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1)
  return word
}

/** Tokens of an already folded string. */
export function tokenizeFolded(folded: string): Token[] {
  const out: Token[] = []
  WORD.lastIndex = 0
  let prev = 0
  for (let m = WORD.exec(folded); m !== null; m = WORD.exec(folded)) {
    const barrier = out.length > 0 && BARRIER.test(folded.slice(prev, m.index))
    out.push({ start: m.index, end: m.index + m[0].length, key: stemWord(m[0]), barrier })
    prev = m.index + m[0].length
  }
  return out
}

/** Lookup keys of a phrase ('Forces armées maliennes' → ['force', 'armee', 'malienne']). */
export function phraseKeys(phrase: string): string[] {
  return tokenizeFolded(foldText(phrase)).map((t) => t.key)
}
