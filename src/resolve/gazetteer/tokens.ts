/**
 * @module
 * Word tokens with exact offsets, for the place scanner. Hyphens separate tokens (the scanner
 * joins them back: 'Ti-n-Essako' is three tokens that fold to 'ti n essako', 'Gao-Gossi' two
 * places); inner apostrophes stay (Aguel'hoc). A French elision in front of a capital
 * (d'Aguelhok, l'Oudalan) and an English possessive (Mali's) are split off.
 */

export interface Token {
  readonly start: number
  readonly end: number
  readonly text: string
}

const WORD = /[\p{L}\p{M}][\p{L}\p{M}0-9]*(?:['’][\p{L}\p{M}0-9]+)*/gu
const ELISION = /^(?:[dlDLjJnNsS]|[qQ]u)['’](?=\p{Lu})/u
const POSSESSIVE = /['’]s$/u

/** All word tokens of `text`, in order. */
export function tokenize(text: string): Token[] {
  const out: Token[] = []
  for (const m of text.matchAll(WORD)) {
    let start = m.index
    let word = m[0]
    const elision = ELISION.exec(word)
    if (elision) {
      start += elision[0].length
      word = word.slice(elision[0].length)
    }
    word = word.replace(POSSESSIVE, '')
    if (word) out.push({ start, end: start + word.length, text: word })
  }
  return out
}

/** Whether only a space (or a hyphen) separates two tokens, so they can form one name. */
export function joinable(text: string, a: Token, b: Token): boolean {
  const gap = text.slice(a.end, b.start)
  return gap === ' ' || gap === '-' || gap === '‑'
}

/** Longest run of joinable tokens from i of at most n tokens. */
export function runLength(text: string, tokens: readonly Token[], i: number, n: number): number {
  let len = 1
  while (len < n && i + len < tokens.length) {
    if (!joinable(text, tokens[i + len - 1] as Token, tokens[i + len] as Token)) break
    len++
  }
  return len
}

/** Whether the token starts a sentence (text start, or after . ! ? : newline or an opening quote). */
export function isSentenceStart(text: string, token: Token): boolean {
  const before = text.slice(Math.max(0, token.start - 4), token.start).replace(/[\s"'“‘«(]+$/u, '')
  return before === '' || /[.!?:\n]$/.test(before)
}
