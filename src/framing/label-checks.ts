/**
 * @module
 * Checks that keep junk out of actor labels: number words that open a count ('Sixty-four
 * people', 'Cinq personnes' is a count, not a name), headlines in Title Case (every word
 * capitalised, so capitals mark no name), a nationality of another country than the actor's
 * ('French people' is no label of Civilians (Mali)), appositions that are the next item of
 * a list ('Islamists, the military or other groups'), things and deeds the registry takes as a
 * sign of an actor ('military operations', 'convoi militaire', 'the Faladie Gendarmerie School')
 * and armed men given to civilians ('military men').
 */
import type { Word } from './_words.js'
import { NATIONALITIES } from './data/label-actors.js'

const NUMBER_WORDS = new Set([
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven',
  'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen',
  'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety', 'hundred',
  'hundreds', 'thousand', 'thousands', 'dozen', 'dozens', 'un', 'une', 'deux', 'trois', 'quatre',
  'cinq', 'sept', 'huit', 'neuf', 'dix', 'onze', 'douze', 'treize', 'quatorze', 'quinze', 'seize',
  'vingt', 'trente', 'quarante', 'cinquante', 'soixante', 'cent', 'cents', 'mille', 'dizaine',
  'dizaines', 'centaine', 'centaines', 'douzaine',
])

/** 'sixty-four', 'Cinq', 'dozens': a word that counts. */
export function isNumberWord(w: Word): boolean {
  return NUMBER_WORDS.has(w.key.split(/[-‐‑]/)[0] ?? '')
}

const MIN_TITLE_WORDS = 4
const TITLE_SHARE = 0.7

/** Whether the line around `offset` is a headline in Title Case (capitals mark no names). */
export function inTitleCaseLine(text: string, offset: number): boolean {
  const from = text.lastIndexOf('\n', offset) + 1
  const to = text.indexOf('\n', offset)
  const line = text.slice(from, to < 0 ? text.length : to)
  const words = line.match(/\p{L}[\p{L}'’-]*/gu) ?? []
  const long = words.filter((w) => w.length > 3)
  if (long.length < MIN_TITLE_WORDS) return false
  return long.filter((w) => /^\p{Lu}/u.test(w)).length >= TITLE_SHARE * long.length
}

const COUNTRIES: ReadonlySet<string> = new Set(Object.values(NATIONALITIES))

/** Countries an actor name states: 'Civilians (Mali)', 'Government of Niger (2021-2023)'. */
function actorCountries(name: string): string[] {
  const out: string[] = []
  const of = /\bof ([\p{Lu}][\p{L} ]+?)(?:\s*\(|$)/u.exec(name)
  if (of?.[1]) out.push(of[1].trim())
  for (const m of name.matchAll(/\(([\p{Lu}][\p{L} ]+)\)/gu)) out.push((m[1] ?? '').trim())
  return out.filter((c) => COUNTRIES.has(c))
}

/**
 * A label that names another country's people than its actor's: 'French people' given to
 * Civilians (Mali), 'Libyan government' given to the Government of Mali.
 */
export function nationalityClash(
  words: readonly Word[],
  actor: string,
  org: string | undefined,
): boolean {
  const countries = [...actorCountries(actor), ...(org ? actorCountries(org) : [])]
  if (countries.length === 0) return false
  for (const w of words) {
    // 'us' only as the capitalised 'US'
    if (w.key === 'us' && w.text !== 'US') continue
    if (!/^\p{Lu}/u.test(w.text)) continue
    const c = NATIONALITIES[w.key]
    if (c !== undefined && !countries.includes(c)) return true
  }
  return false
}

/** 'the military or other groups': an apposition that goes on with 'or' is a list. */
export function listApposition(phrase: string): boolean {
  return /\s(?:or|ou|and other|et autres|nor)\s/iu.test(phrase)
}

/** Things and deeds that stand for an actor in event rules but describe nothing of it. */
const THINGS = new Set([
  'operation', 'operations', 'aircraft', 'helicopter', 'helicopters', 'airstrike', 'airstrikes',
  'strike', 'strikes', 'vehicle', 'vehicles', 'patrol', 'convoy', 'base', 'camp', 'position',
  'positions', 'post', 'checkpoint', 'outpost', 'barracks', 'detachment', 'garrison',
  'patrouille', 'convoi', 'poste', 'opération', 'frappe', 'frappes', 'vecteurs',
  'aviation', 'intervention', 'presence', 'offensive', 'campaign',
])
/** Places named after an actor: 'the Faladie Gendarmerie School', 'Police Academy'. */
const FACILITIES = new Set([
  'school', 'academy', 'college', 'institute', 'hospital', 'camp', 'base', 'barracks',
  'headquarters', 'station', 'stadium', 'museum', 'square', 'building',
])

/** A generic mention that names a thing or a deed ('military operations'), or a place. */
export function thingNotActor(words: readonly Word[], first: number, last: number): boolean {
  const head = [words[first], words[last]].some((w) => w !== undefined && THINGS.has(w.key))
  const next = words[last + 1]
  const place = next !== undefined && !next.barrier && FACILITIES.has(next.key)
  return head || (place && /^\p{Lu}/u.test(next.text))
}

const ARMED_WORD = /^(?:military|armed|army|soldiers?|militia\p{L}*|militaires?|armée|armés?)$/u

/** 'military men' given to Civilians: armed men are no civilians. */
function armedCivilians(words: readonly Word[], actor: string): boolean {
  return /^(?:Civilians|Protesters)\b/.test(actor) && words.some((w) => ARMED_WORD.test(w.key))
}

/** A label that names someone else than its actor: another nationality, or armed 'civilians'. */
export function wrongActor(words: readonly Word[], actor: string, org?: string): boolean {
  return nationalityClash(words, actor, org) || armedCivilians(words, actor)
}
