/**
 * @module
 * Longest match at one token position: a depth-first walk of the trie that follows literal
 * token edges and set edges (any phrase of a lexicon set). Entries of every accepting node that
 * ends at the longest position are merged (rank, then registry order), so the same words coded
 * two ways give a primary actor plus alternatives. Acronym entries must match exactly.
 */
import type { CompiledMatcher } from './compile.js'
import type { Token } from './tokenize.js'
import type { SetTrie, TrieEntry, TrieNode } from './trie.js'

export interface Hit {
  /** Index of the last token of the match. */
  readonly last: number
  readonly entries: readonly TrieEntry[]
}

function normApostrophes(s: string): string {
  return s.replace(/[’‘`´ʼ]/g, "'")
}

/** Ends (token indices) of all phrases of `set` that start at token `j`. */
function setEnds(set: SetTrie, tokens: readonly Token[], j: number): number[] {
  const ends: number[] = []
  let at: SetTrie | undefined = set
  for (let k = j; k < tokens.length; k++) {
    const tok = tokens[k] as Token
    if (k > j && tok.barrier) break
    at = at.next.get(tok.key)
    if (!at) break
    if (at.end) ends.push(k)
  }
  return ends
}

export class MatchState {
  private bestLast = -1
  private bestEntries: TrieEntry[] = []
  private start = 0
  private i = 0
  constructor(
    private readonly m: CompiledMatcher,
    private readonly tokens: readonly Token[],
    private readonly text: string,
  ) {}

  /** Longest match starting at token `i`, or null. */
  longestAt(i: number): Hit | null {
    // most tokens start no phrase: no literal edge and no set edge from the root
    const key = (this.tokens[i] as Token).key
    if (!this.m.root.next.has(key) && !this.m.root.setFirst?.has(key)) return null
    this.bestLast = -1
    this.bestEntries = []
    this.i = i
    this.start = (this.tokens[i] as Token).start
    this.visit(this.m.root, i)
    if (this.bestLast < 0) return null
    const entries: TrieEntry[] = []
    for (const e of this.bestEntries) if (!entries.includes(e)) entries.push(e)
    entries.sort((x, y) => x.rank - y.rank || x.seq - y.seq)
    return { last: this.bestLast, entries }
  }

  private visit(node: TrieNode, j: number): void {
    if (j > this.i && node.entries.length > 0 && j - 1 >= this.bestLast) {
      const ok = this.valid(node.entries, (this.tokens[j - 1] as Token).end)
      if (ok.length > 0) {
        if (j - 1 > this.bestLast) this.bestEntries = []
        this.bestLast = j - 1
        this.bestEntries.push(...ok)
      }
    }
    if (j >= this.tokens.length) return
    const tok = this.tokens[j] as Token
    if (j > this.i && tok.barrier) return
    const key = tok.key
    const lit = node.next.get(key)
    if (lit) this.visit(lit, j + 1)
    const edges = node.setFirst?.get(key)
    if (!edges) return
    for (const edge of edges) {
      for (const e of setEnds(edge.set, this.tokens, j)) this.visit(edge.target, e + 1)
    }
  }

  private valid(entries: readonly TrieEntry[], end: number): readonly TrieEntry[] {
    if (entries.every((e) => e.exact === undefined)) return entries
    const slice = normApostrophes(this.text.slice(this.start, end))
    return entries.filter((e) => e.exact === undefined || slice === e.exact)
  }
}
