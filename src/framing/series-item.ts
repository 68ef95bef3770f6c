/**
 * @module
 * Whether an apposition is really an item of a series of noun phrases ("the closure of the bases,
 * the release of the detainees, the reopening of…"): then it describes nothing and is no label
 * of the actor before it.
 */
import { HEAD_NOUNS, MEMBER_NOUNS } from './data/descriptor-words.js'

// not 'a': in French ', a revendiqué' is a verb
const NEXT_IN_SERIES = /^\s*,\s+(?:the|an|le|la|les|l['’]|un|une)\s/iu
/** Parts of an organisation an apposition may name ('the Sahel branch of al-Qaeda'). */
const PART_NOUNS = new Set(['branch', 'wing', 'arm', 'affiliate', 'offshoot', 'franchise', 'unit',
  'cell', 'branche', 'aile', 'filiale', 'bras', 'cellule', 'unite'])

/**
 * "the closure of the bases, the release of the detainees, the reopening of…": a noun phrase
 * followed by another in a series is a list item, not a label, unless its head names a kind of
 * actor ('the Sahel branch of al-Qaeda, the group said').
 */
export function seriesItem(phrase: string, after: string): boolean {
  if (!NEXT_IN_SERIES.test(after)) return false
  const head = phrase.split(/\s+(?:of|de|du|des|d['’])\s/iu)[0] ?? phrase
  const words = head.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').split(/\s+/)
  return !words.some((w) => HEAD_NOUNS.has(w) || MEMBER_NOUNS.has(w) || PART_NOUNS.has(w))
}
