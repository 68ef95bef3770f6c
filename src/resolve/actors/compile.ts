/**
 * @module
 * Compiles the registry into one token trie (built once, lazily). Every alias, acronym, person
 * name and expanded pattern becomes a path of stemmed token keys ending in entries that say
 * which actor it stands for. Acronyms carry their exact spelling and only match it (case-
 * sensitive), so 'MSA' is the movement and 'msa' is nothing.
 */
import { expandPattern } from './expand-pattern.js'
import { phraseKeys } from './tokenize.js'
import { loadRegistry } from './registry.js'
import type { ActorEntry, RegistryFile } from './registry-types.js'

/** What a matched phrase stands for. Lower `rank` wins: 0 name/alias, 1 pattern, 2 weak cue. */
export interface TrieEntry {
  readonly ref: string
  readonly rank: 0 | 1 | 2
  readonly generic: boolean
  readonly exact?: string
  readonly person?: string
  readonly assoc?: string
  readonly alternatives?: readonly string[]
}

export interface TrieNode {
  readonly next: Map<string, TrieNode>
  entries: TrieEntry[]
}

export interface CompiledMatcher {
  readonly root: TrieNode
  /** Token keys a named mention may swallow after it ('JNIM militants'). */
  readonly suffixKeys: ReadonlySet<string>
  readonly phrases: number
}

const SUFFIX_WORDS =
  'militants fighters men members elements combatants jihadists jihadis insurgents gunmen ' +
  'forces troops soldiers convoy patrol positions base camp units commanders leaders group ' +
  'cell brigade peacekeepers vehicles helicopters aircraft drones militiamen militia hunters ' +
  'combattants hommes membres jihadistes djihadistes terroristes islamists affiliated linked ' +
  'affiliate fighter militant member'

function node(): TrieNode {
  return { next: new Map(), entries: [] }
}

function insert(root: TrieNode, phrase: string, entry: TrieEntry): boolean {
  const keys = phraseKeys(phrase)
  if (keys.length === 0) return false
  let at = root
  for (const key of keys) {
    let child = at.next.get(key)
    if (!child) {
      child = node()
      at.next.set(key, child)
    }
    at = child
  }
  const dup = at.entries.some((e) => e.ref === entry.ref && e.exact === entry.exact)
  if (!dup) at.entries.push(entry)
  return !dup
}

/** 'Jama'at' is also written 'Jamaat': add the variant without apostrophes. */
function variants(phrase: string): string[] {
  const bare = phrase.replace(/['’‘`]/g, '')
  return bare === phrase ? [phrase] : [phrase, bare]
}

function addActor(root: TrieNode, a: ActorEntry, file: RegistryFile): number {
  let n = 0
  const base = { ref: a.id, alternatives: a.alternatives }
  const generic = a.generic === true
  for (const alias of a.aliases ?? []) {
    for (const v of variants(alias)) if (insert(root, v, { ...base, rank: 0, generic })) n++
  }
  for (const acr of a.acronyms ?? []) {
    if (insert(root, acr, { ...base, rank: 0, generic: false, exact: acr })) n++
  }
  for (const p of a.people ?? []) {
    for (const alias of p.aliases) {
      for (const v of variants(alias)) {
        if (insert(root, v, { ...base, rank: 0, generic: false, person: p.name })) n++
      }
    }
  }
  for (const pattern of a.patterns ?? []) {
    for (const phrase of expandPattern(pattern, file.lexicon)) {
      if (insert(root, phrase, { ...base, rank: 1, generic: true })) n++
    }
  }
  for (const pattern of a.weakPatterns ?? []) {
    for (const phrase of expandPattern(pattern, file.lexicon)) {
      if (insert(root, phrase, { ...base, rank: 2, generic: true })) n++
    }
  }
  return n
}

function addEthnicCivilians(root: TrieNode, file: RegistryFile): number {
  let n = 0
  for (const e of file.ethnic) {
    const assoc = `${e.id}-group-{country}`
    for (const w of e.words) {
      for (const t of file.ethnicTemplates.civilians) {
        for (const phrase of expandPattern(t.replaceAll('{e}', w), file.lexicon)) {
          const entry: TrieEntry = {
            ref: 'civilians-{country}',
            rank: 1,
            generic: true,
            assoc,
            alternatives: [`${e.id}-militia-{country}`],
          }
          if (insert(root, phrase, entry)) n++
        }
      }
      // The ethnic word alone: most often the armed side in clash reports.
      const alone: TrieEntry = {
        ref: `${e.id}-militia-{country}`,
        rank: 1,
        generic: true,
        assoc,
        alternatives: ['civilians-{country}', ...(e.alternatives ?? [])],
      }
      if (insert(root, w, alone)) n++
    }
  }
  return n
}

function sortEntries(at: TrieNode): void {
  at.entries.sort((x, y) => x.rank - y.rank)
  for (const child of at.next.values()) sortEntries(child)
}

let compiled: CompiledMatcher | undefined

/** The compiled matcher (built on first call). */
export function getMatcher(): CompiledMatcher {
  if (compiled) return compiled
  const reg = loadRegistry()
  const root = node()
  let phrases = 0
  for (const a of reg.actors) phrases += addActor(root, a, reg.file)
  phrases += addEthnicCivilians(root, reg.file)
  sortEntries(root)
  const suffixKeys = new Set(SUFFIX_WORDS.split(' ').flatMap((w) => phraseKeys(w)))
  compiled = { root, suffixKeys, phrases }
  return compiled
}
