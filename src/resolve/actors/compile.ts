/**
 * @module
 * Compiles the registry into one trie (built once, lazily). Every alias, acronym and person
 * name becomes a path of stemmed token keys; patterns become paths whose `@set` slots are
 * shared set sub-tries. Acronyms carry their exact spelling and only match it (case-
 * sensitive), so 'MSA' is the movement and 'msa' is nothing.
 */
import { parsePattern } from './parse-pattern.js'
import type { Slot } from './parse-pattern.js'
import { loadRegistry } from './registry.js'
import type { ActorEntry, RegistryFile } from './registry-types.js'
import { phraseKeys } from './tokenize.js'
import { insertSlots, linkSets, setTrie, trieNode } from './trie.js'
import type { SetTrie, TrieEntry, TrieNode } from './trie.js'

export type { TrieEntry, TrieNode } from './trie.js'

export interface CompiledMatcher {
  readonly root: TrieNode
  readonly sets: ReadonlyMap<string, SetTrie>
  /** Token keys a named mention may swallow after it ('JNIM militants'). */
  readonly suffixKeys: ReadonlySet<string>
  /** Number of trie entries (aliases, acronyms, pattern paths). */
  readonly size: number
}

const SUFFIX_WORDS =
  'militants fighters men members elements combatants jihadists jihadis insurgents gunmen ' +
  'forces troops soldiers convoy patrol positions base camp units commanders leaders group ' +
  'cell brigade peacekeepers vehicles helicopters aircraft drones militiamen militia hunters ' +
  'combattants hommes membres jihadistes djihadistes terroristes islamists affiliated linked ' +
  'affiliate fighter militant member'

type EntryBase = Omit<TrieEntry, 'seq' | 'rank' | 'generic'>

class Builder {
  readonly root = trieNode()
  size = 0
  private seq = 0
  constructor(private readonly file: RegistryFile) {}

  phrase(text: string, base: EntryBase, rank: 0 | 1 | 2, generic: boolean): void {
    // 'Jama'at' is also written 'Jamaat': add the variant without apostrophes.
    const bare = text.replace(/['’‘`]/g, '')
    for (const v of bare === text ? [text] : [text, bare]) {
      const keys = phraseKeys(v)
      if (keys.length === 0) continue
      const slots: Slot[] = keys.map((k) => ({ optional: false, literals: [[k]], sets: [] }))
      this.size += insertSlots(this.root, slots, 0, { ...base, rank, generic, seq: this.seq++ })
    }
  }

  pattern(pattern: string, base: EntryBase, rank: 1 | 2): void {
    const slots = parsePattern(pattern, this.file.lexicon)
    this.size += insertSlots(this.root, slots, 0, { ...base, rank, generic: true, seq: this.seq++ })
  }

  actor(a: ActorEntry): void {
    const base: EntryBase = {
      ref: a.id,
      ...(a.alternatives ? { alternatives: a.alternatives } : {}),
    }
    const generic = a.generic === true
    for (const alias of a.aliases ?? []) this.phrase(alias, base, 0, generic)
    for (const acr of a.acronyms ?? []) this.phrase(acr, { ...base, exact: acr }, 0, false)
    for (const p of a.people ?? []) {
      const tenure = p.from || p.to ? { tenure: { from: p.from, to: p.to } } : {}
      for (const alias of p.aliases)
        this.phrase(alias, { ...base, person: p.name, ...tenure }, 0, false)
    }
    for (const p of a.patterns ?? []) this.pattern(p, base, 1)
    for (const p of a.weakPatterns ?? []) this.pattern(p, base, 2)
  }

  /** Ethnic words with civilian nouns → Civilians (group associated); alone → the militia. */
  ethnicCivilians(): void {
    for (const e of this.file.ethnic) {
      const assoc = `${e.id}-group-{country}`
      const militia = `${e.id}-militia-{country}`
      for (const w of e.words) {
        const civ: EntryBase = { ref: 'civilians-{country}', assoc, alternatives: [militia] }
        for (const t of this.file.ethnicTemplates.civilians)
          this.pattern(t.replaceAll('{e}', w), civ, 1)
        const alternatives = ['civilians-{country}', ...(e.alternatives ?? [])]
        this.phrase(w, { ref: militia, assoc, alternatives }, 1, true)
      }
    }
  }
}

function sortEntries(at: TrieNode, seen = new Set<TrieNode>()): void {
  if (seen.has(at)) return
  seen.add(at)
  at.entries.sort((x, y) => x.rank - y.rank || x.seq - y.seq)
  for (const child of at.next.values()) sortEntries(child, seen)
  for (const child of at.sets.values()) sortEntries(child, seen)
}

let compiled: CompiledMatcher | undefined

/** The compiled matcher (built on first call). */
export function getMatcher(): CompiledMatcher {
  if (compiled) return compiled
  const reg = loadRegistry()
  const b = new Builder(reg.file)
  for (const a of reg.actors) b.actor(a)
  b.ethnicCivilians()
  sortEntries(b.root)
  const sets = new Map<string, SetTrie>()
  for (const [name, phrases] of Object.entries(reg.file.lexicon)) {
    sets.set(name, setTrie(phrases.map((p) => phraseKeys(p))))
  }
  linkSets(b.root, sets)
  const suffixKeys = new Set(SUFFIX_WORDS.split(' ').flatMap((w) => phraseKeys(w)))
  compiled = { root: b.root, sets, suffixKeys, size: b.size }
  return compiled
}
