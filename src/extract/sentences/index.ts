/**
 * @module
 * Sentence segmentation with character offsets. Splits at `.`, `!`, `?` (and line breaks)
 * when the next word starts a sentence, but not after an abbreviation (`Gen.`, `M.`, `Jan.`),
 * an initial (`A. Diallo`) or inside a number (`3.5`); a wire dateline ("BAMAKO, Mali (AP) —")
 * is a sentence of its own. Input: a text; output: sentence ranges
 * that cover every non-blank character, in order.
 */
import { ABBREVIATIONS } from './data/abbreviations.js'

export interface Sentence {
  readonly start: number
  readonly end: number
  readonly text: string
}

const BOUNDARY = /([.!?…]+)(["'’”»)]*)(\s+)|(\n\s*)/g
const WRAPPED_END =
  /(?:,|\b(?:and|or|of|the|in|to|a|an|with|by|for|from|at|on|et|ou|de|la|le|les|des|du|à|en|pour|par|sur|dans|avec))\s*$/i
/** Words no headline ends with: a paragraph break after them is inside a sentence. */
const PARAGRAPH_WRAPPED_END =
  /(?:,|\b(?:and|or|of|the|a|an|et|ou|de|la|le|les|des|du|d['’]|l['’]))\s*$/i
const STARTER = /^["'“«(]?\s*[\p{Lu}\d]/u

function isAbbreviation(before: string): boolean {
  const m = /([\p{L}.]+)$/u.exec(before)
  if (!m || !m[1]) return false
  const word = m[1].toLowerCase().replace(/^\.+/, '')
  if (ABBREVIATIONS.has(word)) return true
  // Single initials ("A.") and dotted acronyms ("U.N.") do not end sentences.
  return /^\p{L}$/u.test(word) || /^(\p{L}\.)+\p{L}$/u.test(word)
}

/** Splits `text` into sentences with offsets into `text`. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = []
  let start = 0
  const push = (end: number): void => {
    let s = start
    let e = end
    while (s < e && /\s/.test(text[s] ?? '')) s++
    while (e > s && /\s/.test(text[e - 1] ?? '')) e--
    if (e > s) out.push({ start: s, end: e, text: text.slice(s, e) })
  }
  BOUNDARY.lastIndex = 0
  for (let m = BOUNDARY.exec(text); m; m = BOUNDARY.exec(text)) {
    if (m[4] !== undefined) {
      // Hard-wrapped text: a line ending in "and", "of" or a comma, or a lower-case line going
      // on in lower case, continues the sentence.
      const before = text.slice(Math.max(0, m.index - 12), m.index)
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 1)
      const paragraph = /\n\s*\n/.test(m[0])
      // A paragraph break inside a sentence (text from PDFs) goes on in lower case.
      const wrapped = paragraph
        ? PARAGRAPH_WRAPPED_END.test(before) || (/[\p{Ll})]$/u.test(before) && /^\p{Ll}/u.test(after))
        : WRAPPED_END.test(before) || (/\p{Ll}$/u.test(before) && /^\p{Ll}/u.test(after))
      if (wrapped) continue
      push(m.index)
      start = m.index + m[0].length
      continue
    }
    const punct = m[1] ?? ''
    const endOfSentence = m.index + punct.length + (m[2]?.length ?? 0)
    const rest = text.slice(m.index + m[0].length, m.index + m[0].length + 3)
    if (!STARTER.test(rest)) continue
    if (punct === '.' && isAbbreviation(text.slice(Math.max(0, m.index - 12), m.index))) continue
    push(endOfSentence)
    start = m.index + m[0].length
  }
  push(text.length)
  return out.flatMap((s) => withoutDateline(text, s))
}

/** A wire dateline opening a paragraph: "BAMAKO, Mali (AP) —", "NIAMEY (Reuters) -". */
const DATELINE =
  /^\p{Lu}[\p{Lu}' .-]{2,30}(?:,\s*[\p{L}' .-]{2,30})?,?\s*(?:\([^)\n]{1,30}\))?\s*[—–-]+\s+/u

/** The dateline as a sentence of its own, so no event takes the agency's city as its place. */
function withoutDateline(text: string, s: Sentence): Sentence[] {
  if (s.start > 0 && text[s.start - 1] !== '\n') return [s]
  const m = DATELINE.exec(s.text)
  if (!m || m[0].length >= s.text.length) return [s]
  const cut = s.start + m[0].trimEnd().length
  const rest = s.start + m[0].length
  return [
    { start: s.start, end: cut, text: text.slice(s.start, cut) },
    { start: rest, end: s.end, text: text.slice(rest, s.end) },
  ]
}
