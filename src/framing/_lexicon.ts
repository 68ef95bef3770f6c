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
