/**
 * @module
 * @internal
 * The big lexicons as token matchers: faster than one regular expression with thousands of
 * alternatives, and they reuse the document's word tokens. Entry syntax as in `_lexicon.ts`:
 * `stem*` takes any ending, `?` is one letter (expanded to s/z), a hyphen also matches a space
 * or nothing, apostrophes are folded. Between the words of a phrase only spaces may stand.
 */
import type { Word } from './_words.js'

interface Part {
  readonly word: string
  readonly stem: boolean
}
type Entry = readonly Part[]

export interface WordLexicon {
  readonly exact: ReadonlyMap<string, readonly Entry[]>
  readonly stems: ReadonlyMap<string, readonly Entry[]>
  /** The lengths of the stems, so a word is cut only where a stem could end. */
  readonly stemLengths: readonly number[]
  readonly memo: Map<string, boolean>
}

const MEMO_MAX = 50_000

function variants(entry: string): string[] {
  let out = [entry.trim().toLowerCase().replace(/’/g, "'")]
  if (out[0]?.includes('?')) out = out.flatMap((e) => [e.replace('?', 's'), e.replace('?', 'z')])
  if (out.some((e) => e.includes('-'))) {
    out = out.flatMap((e) => [e, e.replace(/-/g, ' '), e.replace(/-/g, '')])
  }
  return out
}

function add(map: Map<string, Entry[]>, key: string, entry: Entry): void {
  const list = map.get(key)
  if (list) list.push(entry)
  else map.set(key, [entry])
}

/** Builds a token matcher from word lists. */
export function compileWordLexicon(...lists: readonly (readonly string[])[]): WordLexicon {
  const exact = new Map<string, Entry[]>()
  const stems = new Map<string, Entry[]>()
  for (const raw of lists.flat()) {
    for (const v of variants(raw)) {
      const entry: Entry = v
        .split(/\s+/)
        .map((w) => ({ word: w.replace(/\*$/, ''), stem: w.endsWith('*') }))
      const first = entry[0]
      if (!first || first.word === '') continue
      add(first.stem ? stems : exact, first.word, entry)
    }
  }
  const stemLengths = [...new Set([...stems.keys()].map((k) => k.length))].sort((a, b) => a - b)
  return { exact, stems, stemLengths, memo: new Map() }
}

function partMatches(p: Part, key: string): boolean {
  return p.stem ? key.startsWith(p.word) : key === p.word
}

/** Calls `fn` with each entry whose first part matches this word. */
function eachCandidate(lex: WordLexicon, key: string, fn: (e: Entry) => void): void {
  const list = lex.exact.get(key)
  if (list) for (const e of list) fn(e)
  for (const n of lex.stemLengths) {
    if (n > key.length) break
    const stems = lex.stems.get(key.slice(0, n))
    if (stems) for (const e of stems) fn(e)
  }
}

/** Number of words an entry covers from word `i`, or 0. */
function matchLength(words: readonly Word[], i: number, entry: Entry): number {
  for (let k = 1; k < entry.length; k++) {
    const w = words[i + k]
    if (!w || w.barrier || !partMatches(entry[k] as Part, w.key)) return 0
  }
  return entry.length
}

/** Longest non-overlapping hits, left to right, as `[start, end)` character offsets. */
export function wordLexiconHits(lex: WordLexicon, words: readonly Word[]): [number, number][] {
  const out: [number, number][] = []
  let i = 0
  while (i < words.length) {
    const w = words[i] as Word
    let best = 0
    eachCandidate(lex, w.key, (entry) => {
      best = Math.max(best, matchLength(words, i, entry))
    })
    if (best > 0) {
      out.push([w.start, (words[i + best - 1] as Word).end])
      i += best
    } else i++
  }
  return out
}

/** Whether one word is a one-word entry of the lexicon. Memoised. */
export function wordLexiconHas(lex: WordLexicon, key: string): boolean {
  const hit = lex.memo.get(key)
  if (hit !== undefined) return hit
  let has = false
  eachCandidate(lex, key, (e) => {
    has ||= e.length === 1
  })
  if (lex.memo.size > MEMO_MAX) lex.memo.clear()
  lex.memo.set(key, has)
  return has
}
