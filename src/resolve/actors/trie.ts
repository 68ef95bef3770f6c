/**
 * @module
 * The matcher's data structure: a trie over stemmed token keys whose edges are either one
 * token key or a whole lexicon set (a shared sub-trie of phrases). Inserting a pattern walks
 * its slots; optional slots fork. `seq` keeps registry order for ties.
 */
import type { Slot } from './parse-pattern.js'

/** What a matched phrase stands for. Lower `rank` wins: 0 name/alias, 1 pattern, 2 weak cue. */
export interface TrieEntry {
  readonly ref: string
  readonly rank: 0 | 1 | 2
  readonly seq: number
  readonly generic: boolean
  readonly exact?: string
  readonly person?: string
  /** The person's tenure: the event date is clamped into it. */
  readonly tenure?: { readonly from?: string; readonly to?: string }
  readonly assoc?: string
  readonly alternatives?: readonly string[]
}

export interface TrieNode {
  readonly next: Map<string, TrieNode>
  /** Set-name edges: after any phrase of the set, continue at the target node. */
  readonly sets: Map<string, TrieNode>
  readonly entries: TrieEntry[]
  /** Filled by `linkSets`: set edges indexed by the first token key their set can start with. */
  setFirst?: Map<string, SetEdge[]>
}

export interface SetEdge {
  readonly set: SetTrie
  readonly target: TrieNode
}

/** A lexicon set compiled as a plain phrase trie. */
export interface SetTrie {
  readonly next: Map<string, SetTrie>
  end: boolean
}

export function trieNode(): TrieNode {
  return { next: new Map(), sets: new Map(), entries: [] }
}

/** Compile a lexicon set into a phrase trie. */
export function setTrie(phrases: readonly (readonly string[])[]): SetTrie {
  const root: SetTrie = { next: new Map(), end: false }
  for (const keys of phrases) {
    if (keys.length === 0) continue
    let at = root
    for (const k of keys) {
      let child = at.next.get(k)
      if (!child) {
        child = { next: new Map(), end: false }
        at.next.set(k, child)
      }
      at = child
    }
    at.end = true
  }
  return root
}

function literalPath(from: TrieNode, keys: readonly string[]): TrieNode {
  let at = from
  for (const k of keys) {
    let child = at.next.get(k)
    if (!child) {
      child = trieNode()
      at.next.set(k, child)
    }
    at = child
  }
  return at
}

/** Insert `slots` from `at`; returns how many new entries were added. */
export function insertSlots(
  at: TrieNode,
  slots: readonly Slot[],
  i: number,
  entry: TrieEntry,
): number {
  if (i === slots.length) {
    if (at.entries.some((e) => e.ref === entry.ref && e.exact === entry.exact)) return 0
    at.entries.push(entry)
    return 1
  }
  const slot = slots[i] as Slot
  let n = slot.optional ? insertSlots(at, slots, i + 1, entry) : 0
  for (const keys of slot.literals) n += insertSlots(literalPath(at, keys), slots, i + 1, entry)
  for (const name of slot.sets) {
    let target = at.sets.get(name)
    if (!target) {
      target = trieNode()
      at.sets.set(name, target)
    }
    n += insertSlots(target, slots, i + 1, entry)
  }
  return n
}

/** Index every node's set edges by first token key (done once after all inserts). */
export function linkSets(root: TrieNode, sets: ReadonlyMap<string, SetTrie>): void {
  const seen = new Set<TrieNode>()
  const stack = [root]
  while (stack.length > 0) {
    const node = stack.pop() as TrieNode
    if (seen.has(node)) continue
    seen.add(node)
    if (node.sets.size > 0) {
      const first = new Map<string, SetEdge[]>()
      for (const [name, target] of node.sets) {
        const set = sets.get(name)
        if (!set) continue
        for (const key of set.next.keys()) {
          const list = first.get(key) ?? []
          list.push({ set, target })
          first.set(key, list)
        }
      }
      node.setFirst = first
    }
    stack.push(...node.next.values(), ...node.sets.values())
  }
}
