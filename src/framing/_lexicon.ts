/**
 * @module
 * @internal
 * Compiles a hand-written word list into one case-insensitive regular expression. Entry syntax:
 * `word*` takes any letters after the stem, `?` stands for one letter, a space matches any run
 * of whitespace, a hyphen matches a hyphen, a space or nothing, and an apostrophe matches either
 * typewriter or curly apostrophes. Longer entries are tried first, so a phrase beats its words.
 */

const EDGE_BEFORE = '(?<![\\p{L}\\p{N}])'
const EDGE_AFTER = '(?![\\p{L}\\p{N}])'

function entrySource(entry: string): string {
  let out = ''
  for (const ch of entry.trim()) {
    if (ch === '*') out += '\\p{L}*'
    else if (ch === '?') out += '\\p{L}'
    else if (ch === ' ') out += '\\s+'
    else if (ch === '-') out += '[-‐‑\\s]?'
    else if (ch === '’' || ch === "'") out += "['’]"
    else out += ch.replace(/[.+^${}()|[\]\\]/g, '\\$&')
  }
  return out
}

/** One regex (flags `giu`) that finds any entry of the lists as a whole word or phrase. */
export function compileLexicon(...lists: readonly (readonly string[])[]): RegExp {
  const entries = [...new Set(lists.flat().map((e) => e.trim().toLowerCase()))]
  entries.sort((a, b) => b.length - a.length)
  return new RegExp(`${EDGE_BEFORE}(?:${entries.map(entrySource).join('|')})${EDGE_AFTER}`, 'giu')
}

/** All matches of a compiled lexicon as `[start, end)` pairs. */
export function lexiconHits(re: RegExp, text: string): [number, number][] {
  const out: [number, number][] = []
  re.lastIndex = 0
  for (let m = re.exec(text); m; m = re.exec(text)) out.push([m.index, m.index + m[0].length])
  return out
}

/** Whether one word (already isolated) is in a compiled lexicon. */
export function lexiconHas(re: RegExp, word: string): boolean {
  re.lastIndex = 0
  const m = re.exec(word)
  return m !== null && m.index === 0 && m[0].length === word.length
}
