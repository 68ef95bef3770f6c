/**
 * @module
 * A conservative spelling-slip match for names no gazetteer key knows, used only after a strong
 * place cue ('in X', 'village of X'): one swapped pair of letters (Timbutku), one vowel or 'h'
 * too many or too few (Boulkessi / Boulikessi, Dinahoro / Dinaoro), and, for long names only, one
 * consonant too many or too few (Almoustarat / Almoustarast). In: the name as written; out: the
 * places of the first tier of edits that finds any, none for short names. The caller marks them
 * loose, so a namesake abroad is not taken in a text about another country. `partLookup`: the one
 * place whose compound name starts with the single word written ('Yonga' → Yonga-Foulbe).
 */
import { foldName, foldVariant } from './fold.js'
import { distanceKm } from './geo.js'
import type { Place } from './types.js'

const compact = (name: string) => foldName(name).replace(/ /g, '')

/**
 * Whether `name`, which no exact key knows, found `candidates` by the variant key only: none of
 * them bears the name ('In-Kakane' is no 'I-n-Kakan'; 'In-Delimane' is 'I-n-Delimane').
 */
export function isLoose(name: string, candidates: readonly Place[]): boolean {
  return !candidates.some((c) => compact(c.name) === compact(name))
}

/** Keys shorter than this (before and after the edit) are too ambiguous for a guess. */
const MIN_KEY = 7
/** Consonant edits only on keys this long. */
const MIN_CONSONANT_KEY = 8
const VOWELS = 'aeiouh'
const CONSONANTS = 'bcdfgjklmnprstvz'

/** Keys one swap or one vowel insertion/deletion away (tier 1), one consonant away (tier 2). */
export function slipKeys(key: string): [string[], string[]] {
  const near = new Set<string>()
  const far = new Set<string>()
  for (let i = 0; i <= key.length; i++) {
    const head = key.slice(0, i)
    const ch = key[i]
    if (ch !== undefined) {
      const dropped = head + key.slice(i + 1)
      ;(VOWELS.includes(ch) ? near : far).add(dropped)
      const next = key[i + 1]
      if (next !== undefined && next !== ch) near.add(head + next + ch + key.slice(i + 2))
    }
    for (const v of VOWELS) near.add(head + v + key.slice(i))
    for (const c of CONSONANTS) far.add(head + c + key.slice(i))
  }
  const ok = (k: string) => k !== key && k.length >= MIN_KEY
  const tier2 = key.length >= MIN_CONSONANT_KEY ? [...far].filter(ok) : []
  return [[...near].filter(ok), tier2]
}

/** Places one spelling slip away from `name` (see the module note), or none. */
export function slipLookup(name: string, byKey: (key: string) => readonly Place[]): Place[] {
  const key = foldVariant(name)
  if (key.length < MIN_KEY) return []
  for (const tier of slipKeys(key)) {
    const found = new Map<string, Place>()
    for (const k of tier) for (const p of byKey(k)) found.set(p.id, p)
    if (found.size > 0) return [...found.values()]
  }
  return []
}

/** Same-name points this close are one place (a village and its well). */
const ONE_PLACE_KM = 10

/** The single place (or cluster of points) whose compound name begins with `word`, else none. */
export function partLookup(word: string, byFirst: (word: string) => readonly Place[]): Place[] {
  if (word.length < 4 || /\s/.test(word.trim())) return []
  const found = byFirst(word)
  const first = found[0]
  if (!first) return []
  const one = found.every(
    (p) => distanceKm(p.latitude, p.longitude, first.latitude, first.longitude) <= ONE_PLACE_KM,
  )
  return one ? [...found] : []
}
