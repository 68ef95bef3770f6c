/**
 * @module
 * Loads `data/actors.json` once (lazily) and derives the per-ethnic-group entries
 * ('Fulani Ethnic Militia ({country})', 'Fulani Ethnic Group ({country})') from its `ethnic`
 * list and `ethnicTemplates`, so the JSON stays free of repeated patterns.
 */
import { readFileSync } from 'node:fs'
import type { ActorEntry, EthnicEntry, RegistryFile } from './registry-types.js'
import { mergeUserAliases, readUserAliases } from './user-aliases.js'

export interface Registry {
  readonly file: RegistryFile
  readonly actors: readonly ActorEntry[]
  readonly byId: ReadonlyMap<string, ActorEntry>
  /** Ethnic words alone ('Fulani', 'Peuls'): militia id, civilians via alternatives. */
  readonly ethnicWords: ReadonlyMap<string, string>
}

const DATA_URL = new URL('../../../data/actors.json', import.meta.url)

let cached: Registry | undefined

function fill(template: string, word: string): string {
  return template.replaceAll('{e}', word)
}

function ethnicActors(e: EthnicEntry, file: RegistryFile): ActorEntry[] {
  const t = file.ethnicTemplates
  return [
    {
      id: `${e.id}-militia-{country}`,
      name: `${e.name} ${e.kind} Militia ({country})`,
      inter: 4,
      country: null,
      kind: 'identity-militia',
      generic: true,
      patterns: e.words.flatMap((w) => t.militia.map((p) => fill(p, w))),
      alternatives: ['civilians-{country}', ...(e.alternatives ?? [])],
      notes: `Armed ${e.name} community members.`,
    },
    {
      id: `${e.id}-group-{country}`,
      name: `${e.name} ${e.kind} Group ({country})`,
      inter: 7,
      country: null,
      kind: 'civilians',
      generic: true,
      notes: `${e.name} civilians; ACLED associates this group with Civilians.`,
    },
  ]
}

/** The registry (loaded on first use). */
export function loadRegistry(): Registry {
  if (cached) return cached
  const raw = JSON.parse(readFileSync(DATA_URL, 'utf8')) as RegistryFile
  // '@ethnicWord' in patterns: every ethnic word of the `ethnic` list.
  const ethnicWord = raw.ethnic.flatMap((e) => e.words)
  const file: RegistryFile = { ...raw, lexicon: { ...raw.lexicon, ethnicWord } }
  const built = [...file.actors, ...file.ethnic.flatMap((e) => ethnicActors(e, file))]
  // Aliases analysts added in review (user-aliases.ts); none unless they did.
  const actors = mergeUserAliases(built, readUserAliases())
  const byId = new Map(actors.map((a) => [a.id, a]))
  const ethnicWords = new Map<string, string>()
  for (const e of file.ethnic) for (const w of e.words) ethnicWords.set(w, e.id)
  cached = { file, actors, byId, ethnicWords }
  return cached
}
