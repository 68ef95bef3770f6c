/**
 * @module
 * Length-preserving text folding: lower case, diacritics removed, every apostrophe-like mark
 * turned into `'`. Because each UTF-16 unit maps to exactly one unit, offsets found in the
 * folded text are offsets into the original text, so spans stay exact.
 */

const cache = new Map<number, string>()
// biome-ignore lint/suspicious/noControlCharactersInRegex: the whole ASCII range is meant
const ASCII = /^[\x00-\x7f]*$/
const APOSTROPHES = new Set([0x2019, 0x2018, 0x2bc, 0x60, 0xb4, 0x2032, 0x2bb])

function foldUnit(code: number): string {
  let out = cache.get(code)
  if (out !== undefined) return out
  const ch = String.fromCharCode(code)
  if (APOSTROPHES.has(code)) out = "'"
  else if (code >= 0xd800 && code <= 0xdfff) out = ch
  else {
    const base = ch.normalize('NFD').charAt(0).toLowerCase()
    out = base.length === 1 ? base : ch
    if (code === 0x153) out = 'o' // œ (cœur) keeps one unit
    if (code === 0xe6) out = 'a'
    if (code === 0xdf) out = 's'
  }
  cache.set(code, out)
  return out
}

/** Fold `text` to lower case without diacritics; the result has the same length. */
export function foldText(text: string): string {
  if (ASCII.test(text)) return text.toLowerCase()
  let out = ''
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code < 128) out += code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : text[i]
    else out += foldUnit(code)
  }
  return out
}
