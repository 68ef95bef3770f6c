/**
 * @module
 * Country hint for a document: the country most named (names, demonyms, capitals) and of its
 * gazetteer place mentions; failing those, the home country of the domestic armed groups it
 * names (a mission 'in Mali' counts; other foreign forces do not); failing all, the registry's
 * default country. Used to geocode and to name generic actors ('Civilians (Mali)').
 */
import { findActorMentions, foldText, listActors } from '../../resolve/actors/index.js'
import { borderCountries, type Place, type PlaceMention } from '../../resolve/gazetteer/index.js'
import { ACTOR_WORDS, HOME_FORCES } from './data/actor-words.js'
import { COUNTRY_WORDS } from './data/countries.js'
import { PEOPLE_WORDS } from './data/people-words.js'

/** The actor registry's default country: the one Faultline reports on most. */
export const DEFAULT_COUNTRY = 'Mali'

/** '… border', '-Niger border', 'and Niger borders' right after a country's name. */
const BORDER_AFTER =
  /^(?:\W*(?:-|and|et)\W*[a-z]+)?\W*(?:borders?|frontiers?|frontieres?|borderlands?)\b/
/** 'the border with', 'la frontiere avec le', 'returning from' right before a country's name. */
const BORDER_BEFORE = new RegExp(
  '(?:(?:borders?|frontiers?|frontieres?) (?:with|avec|of|de|du)|' +
    '(?:returning|returned|fled|fleeing|refuge) (?:from|in|to)|refugees? (?:from|in))' +
    "\\s+(?:the |le |la |l')?$",
)

/** 'the Moba and Yana': a people's name, not the village of the same name. */
const PEOPLE_NAMES = PEOPLE_WORDS.map(([, re]) => new RegExp(`^${re.source}$`))
const isPeople = (name: string): boolean => PEOPLE_NAMES.some((re) => re.test(foldText(name)))

const SEATS: ReadonlySet<string> = new Set(['PPLC', 'PPLA', 'PPLA2'])

/** The one seat among same-name places: the 'Dori' of a report is the regional capital. */
function seatAmongVillages(candidates: readonly Place[]): Place | undefined {
  const seats = candidates.filter((c) => SEATS.has(c.featureCode ?? ''))
  return seats.length === 1 ? seats[0] : undefined
}

/** 'coded as X': the note's own coding (folded text). */
const CODED_AS = /\bcoded (?:as|at) (?:approximate location (?:as |at |in )?)?$/

const inCountry = (p: PlaceMention, country: string): boolean =>
  p.candidates.some((c) => c.country === country)

/** The country the document is most about, or '' when nothing says. */
export function countryHint(folded: string, places: readonly PlaceMention[]): string {
  const score = new Map<string, number>()
  for (const [country, re] of COUNTRY_WORDS) {
    re.lastIndex = 0
    let n = 0
    // 'near the Burkina Faso border', 'the border with Niger': beside that country, not in it
    for (let m = re.exec(folded); m; m = re.exec(folded)) {
      const end = m.index + m[0].length
      if (!BORDER_AFTER.test(folded.slice(end, end + 24))) {
        if (!BORDER_BEFORE.test(folded.slice(Math.max(0, m.index - 40), m.index))) n++
      }
    }
    if (n) score.set(country, n * 2)
  }
  for (const [country, re] of HOME_FORCES) {
    re.lastIndex = 0
    const n = new Set(folded.match(re) ?? []).size
    if (n) score.set(country, (score.get(country) ?? 0) + 2 * n)
  }
  for (const [country, re] of PEOPLE_WORDS) {
    re.lastIndex = 0
    const n = new Set(folded.match(re) ?? []).size
    if (n) score.set(country, (score.get(country) ?? 0) + n)
  }
  // 'Boulkessi, near the Burkina Faso border': a place beside that country is not in it
  const borders = places.length > 0 ? borderCountries(folded) : new Set<string>()
  for (const p of places) {
    const seat = seatAmongVillages(p.candidates)
    const first = seat ?? p.candidates[0]
    if (!first || isPeople(p.text) || borders.has(first.country)) continue
    // A name found in one country only, or a region's name, says more than an ambiguous village;
    // so does the one seat among same-name villages, and the place a note says it is coded at
    const unique = p.candidates.every((c) => c.country === first.country)
    const kind = first.kind
    const admin = seat !== undefined || kind === 'admin1' || kind === 'admin2' || kind === 'country'
    const coded = CODED_AS.test(folded.slice(Math.max(0, p.start - 24), p.start)) ? 2 : 1
    // a loose spelling match ('Tamalate' ~ a Nigerien 'Tamallat') is a guess: it only
    // confirms a country that a name matched as written may be in, and decides nothing alone
    const confirmed = !p.loose || places.some((o) => !o.loose && inCountry(o, first.country))
    const w = confirmed ? ((unique ? 2 : 1) + (admin ? 1 : 0)) * (p.loose ? 0.5 : coded) : 0
    score.set(first.country, (score.get(first.country) ?? 0) + w)
  }
  let best = ''
  let top = 0
  for (const [c, n] of score) {
    if (n > top) {
      best = c
      top = n
    }
  }
  return best
}

let homes: Map<string, string> | undefined

/**
 * Countries whose state forces report from the Sahel as expeditionary forces (Barkhane, Wagner,
 * US drones): naming them says nothing about where the event is.
 */
const EXPEDITIONARY: ReadonlySet<string> = new Set([
  'France',
  'United States',
  'Russia',
  'United Kingdom',
  'Germany',
  'Belgium',
  'Italy',
  'Spain',
  'Sweden',
  'Estonia',
  'Netherlands',
  'Canada',
  'China',
  'Turkey',
])

/** A force at home: domestic, or an international mission named after the country it is in. */
const atHome = (a: { inter: number; name: string; country?: string | null }): boolean =>
  !EXPEDITIONARY.has(a.country ?? '') &&
  (a.inter !== 8 || (typeof a.country === 'string' && a.name.includes(`in ${a.country}`)))

/**
 * Home country of the domestic actors named in `text` (not foreign forces, but a mission 'in
 * Mali' counts), else of the single-country groups of ACTOR_WORDS, else DEFAULT_COUNTRY.
 */
export function actorCountry(text: string): string {
  homes ??= new Map(
    listActors()
      .filter((a) => a.country && atHome(a) && !a.id.includes('{'))
      .map((a) => [a.id, a.country ?? ''] as const),
  )
  const score = new Map<string, number>()
  for (const m of findActorMentions(text)) {
    const c = m.weak || m.generic ? undefined : homes.get(m.actor.id)
    if (c) score.set(c, (score.get(c) ?? 0) + 1)
  }
  const folded = foldText(text)
  for (const [country, re] of ACTOR_WORDS) {
    re.lastIndex = 0
    const n = folded.match(re)?.length ?? 0
    if (n) score.set(country, (score.get(country) ?? 0) + n)
  }
  let best = ''
  let top = 0
  for (const [c, n] of score) if (n > top) [best, top] = [c, n]
  return best || DEFAULT_COUNTRY
}
