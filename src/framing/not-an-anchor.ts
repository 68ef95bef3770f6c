/**
 * @module
 * Generic actor words that name no actor where they stand, so they are no anchor for labels
 * or relations: the second half of a hyphenated word ('anti-government protests',
 * 'self-government', 'politico-military'), and an actor noun used as an adjective before
 * another noun ('military aid', 'terrorist incidents'), where the words
 * before it ('official military aid', 'infamous terrorist incidents') qualify that noun, not
 * the actor. Named actors are never dropped here.
 */
import type { Word } from './_words.js'
import { wordAt } from './_words.js'
import { FUNCTION_WORDS } from './data/function-words.js'

/** Actor nouns that are also adjectives: 'military aid', 'terrorist attack'. */
const ATTRIBUTIVE_EN = new Set([
  'military',
  'terrorist',
  'jihadist',
  'islamist',
  'militant',
  'rebel',
  'insurgent',
  'paramilitary',
])
/** Frequent verbs and adverbs after a subject that carry no -ed ending ('the military took'). */
const NOT_NOUN = new Set([
  'said', 'says', 'say', 'has', 'had', 'have', 'is', 'was', 'were', 'are', 'will', 'would',
  'could', 'can', 'may', 'might', 'must', 'should', 'took', 'takes', 'ran', 'runs', 'rules',
  'led', 'leads', 'claims', 'denies', 'remains', 'controls', 'wants', 'came', 'went', 'made',
  'told', 'fought', 'held', 'holds', 'began', 'seems', 'appears', 'also', 'then', 'now', 'itself',
  'alone', 'did', 'does', 'gave', 'gets', 'got', 'seeks', 'sought', 'struck', 'hit',
  'shot', 'put', 'set', 'kept', 'keeps', 'left', 'fled', 'met', 'meets', 'tries', 'vows',
])

/** Nouns after which the word still names an actor ('military rulers', 'jihadist networks'). */
const ITS_PEOPLE = new Set([
  'rulers', 'leaders', 'leadership', 'government', 'regime', 'authorities', 'officers',
  'officials', 'commanders', 'chiefs', 'spokesman', 'spokesperson', 'command', 'council', 'men',
  'personnel', 'junta', 'administration', 'elite', 'elites', 'hierarchy', 'top', 'brass',
  // group nouns: 'jihadist networks', 'terrorist groups' name an armed group
  'network', 'networks', 'group', 'groups', 'cell', 'cells', 'organization', 'organizations',
  'organisation', 'organisations', 'militia', 'militias', 'fighters',
  'forces', 'elements', 'faction', 'factions', 'outfit', 'outfits', 'gangs', 'bands', 'units',
])

function isNounAfter(w: Word | undefined): boolean {
  if (!w || w.barrier || !/^\p{Ll}/u.test(w.text)) return false
  if (FUNCTION_WORDS.has(w.key) || NOT_NOUN.has(w.key) || ITS_PEOPLE.has(w.key)) return false
  return !/(?:ed|ly)$/.test(w.key)
}

/** 'anti-government', 'Mali-Niger': a word glued by a hyphen to the word before it. */
export function gluedByHyphen(text: string, start: number): boolean {
  return /[-‐‑]/.test(text[start - 1] ?? '') && /\p{L}/u.test(text[start - 2] ?? '')
}

/** Whether a generic mention at `start…end` names no actor there. */
export function notAnAnchor(
  text: string,
  words: readonly Word[],
  start: number,
  end: number,
): boolean {
  // 'anti-government', 'self-government', 'politico-military', 'pro-junta'
  if (gluedByHyphen(text, start)) return true
  const first = wordAt(words, start)
  let last = first
  while (words[last + 1] && (words[last + 1] as Word).start < end) last++
  const w = words[last]
  if (!w) return false
  return ATTRIBUTIVE_EN.has(w.key) && isNounAfter(words[last + 1])
}
