/**
 * @module
 * Picks one place per mention from its same-name candidates, using what the document says:
 * the countries it names (and `countryHint`), the regions and cercles it names ('X region',
 * 'Y (Soum)'), closeness to the places that are unambiguous, then the admin word next to the
 * name, the place's rank (capital > town > well) and population.
 */
import { conflictPrior } from './conflict-prior.js'
import { adminOnly } from './no-point.js'
import { isNatural, isStray } from './natural.js'
import { qualifiers } from './qualifiers.js'
import { locatorBonus, locators } from './locator.js'
import { isForeignNamesake } from './foreign-namesake.js'
import { isSeat } from './sahel-gazetteer.js'
import { foldName } from './fold.js'
import { collectHints, type Hints } from './hints.js'
import { homeVariants } from './home-variant.js'
import { distanceKm } from './geo.js'
import { adminWord, type AdminWord } from './admin-word.js'
import { type Cue, cueBefore } from './place-cues.js'
import type { Place, PlaceMention } from './types.js'

export interface ResolvedMention {
  readonly mention: PlaceMention
  readonly place: Place | null
  readonly cue: Cue
  readonly admin: AdminWord
  /** Follows another name after ',' or '(' (the 'Soum' of 'Djika (Arbinda, Soum)'). */
  readonly qualifier: boolean
}

const RANK: Record<string, number> = { PPLC: 3, PPLA: 2.5, PPLA2: 2, PPLA3: 1 }
/**
 * Among same-name features that are no town: a named locality or a wadi (the area a village
 * takes its name from) before a lone well, a hill or a lake.
 */
const FEATURE: Record<string, number> = {
  LCTY: 0.7,
  CMP: 0.6,
  WAD: 0.5,
  PPLQ: 0.4,
  AREA: 0.3,
}
const TOWN_REGION = 1
const SEAT_BONUS = 1.5
/** The place's main name is the one written (not only an alternate of it). */
const NAME_BONUS = 1.5

/** The same name but for its spaces and hyphens ('In-Delimane' is 'I-n-Delimane'). */
const sameName = (a: string, b: string) =>
  foldName(a).replace(/ /g, '') === foldName(b).replace(/ /g, '')

const town = (c: Place) => c.kind === 'populated' || c.kind === 'other'

const KIND_BONUS: Record<Place['kind'], number> = {
  populated: 2,
  other: 0.5,
  admin2: 1,
  admin1: 0.5,
  country: 3,
}
/** A town's name hints at its eponymous area strongly for itself, weakly for the others. */
const ownOr = (by: PlaceMention | undefined, m: PlaceMention): number =>
  by === m ? 5 : by ? TOWN_REGION : 0

function score(c: Place, m: PlaceMention, word: AdminWord, hints: Hints): number {
  let s = 0
  const country = c.country.toLowerCase()
  // a namesake hill or well at home is weaker evidence than a town across the border
  const home = isNatural(c) ? 3 : 6
  if (hints.country) s += country === hints.country ? home : -4
  if (hints.countries.has(country)) s += hints.borders.has(country) ? -3 : 1.5
  if (c.source === 'world' && !hints.countries.has(country)) s -= 4
  // a town's name hints at its eponymous region strongly for itself, weakly for the others
  if (hints.regions.has(foldName(c.admin1))) s += 5
  else s += ownOr(hints.townRegions.get(foldName(c.admin1)), m)
  if (c.admin2 && hints.cercles.has(foldName(c.admin2))) s += 5
  else if (c.admin2) s += ownOr(hints.townCercles.get(foldName(c.admin2)), m)
  let nearest = Infinity
  for (const a of hints.anchors) {
    if (a.mention === m) continue
    nearest = Math.min(
      nearest,
      distanceKm(c.latitude, c.longitude, a.place.latitude, a.place.longitude),
    )
  }
  if (nearest < 50) s += 3
  else if (nearest < 150) s += 1.5
  // the admin word outweighs everything, including the hints this very name created
  if (word === 'region') s += c.kind === 'admin1' ? 25 : 0
  else if (word === 'cercle') s += c.kind === 'admin2' ? 25 : c.kind === 'populated' ? 20 : 0
  else s += KIND_BONUS[c.kind]
  // the seat of a cercle, even one GeoNames ranks as a plain village (Kenieba)
  s += RANK[c.featureCode ?? ''] ?? (c.kind === 'populated' && isSeat(c) ? SEAT_BONUS : 0)
  if (c.kind === 'other') s += FEATURE[c.featureCode ?? ''] ?? 0
  if (c.kind === 'populated') s += Math.log10(c.population + 1) * 0.5
  if (sameName(c.name, m.text)) s += NAME_BONUS
  s += conflictPrior(c.admin1)
  if (c.source === 'sahel') s += 1
  return s
}

function bestCandidate(
  m: PlaceMention,
  word: AdminWord,
  hints: Hints,
  locator?: Place,
): Place | null {
  let best: Place | null = null
  let bestScore = -Infinity
  // a spelling guess abroad is a different place: the name stays unresolved, and so is a
  // namesake abroad of a commune known at home without a point (Boulikessi)
  let home: boolean | undefined
  // a commune known by this very name (without a point) is no spelling guess of another place
  const commune = m.loose !== undefined ? adminOnly(m.text) : undefined
  for (const c of m.candidates) {
    if (commune && c.admin1 !== commune.admin1) continue
    if (hints.country !== undefined && c.country.toLowerCase() !== hints.country) {
      home ??= m.loose !== undefined || adminOnly(m.text)?.country.toLowerCase() === hints.country
      if (home) continue
    }
    const s = score(c, m, word, hints) + locatorBonus(c, locator)
    if (s > bestScore) [best, bestScore] = [c, s]
  }
  return best
}

/**
 * Each mention with its best candidate (null when it has none). Two passes: the first pass's
 * towns and villages become anchors for the second, so 'Douna near Boni' finds the Douna there.
 */
export function resolveMentions(
  text: string,
  mentions: readonly PlaceMention[],
  countryHint?: string,
): ResolvedMention[] {
  const hints = collectHints(text, mentions, countryHint)
  const words = mentions.map((m) => adminWord(text, m.start, m.end))
  const isQualifier = qualifiers(text, mentions)
  // a name matched only abroad, set at home by its sentence: a near spelling at home, as a guess
  const asked = mentions.map((m): PlaceMention => {
    const home = homeVariants(text, m, hints.country)
    return home.length > 0 ? { ...m, candidates: home, loose: 'variant' } : m
  })
  const first = asked.map((m, k) => bestCandidate(m, words[k] as AdminWord, hints))
  // the foreign namesake of a name read at home anchors nothing
  const anchors = hints.anchors.filter((x) => asked[mentions.indexOf(x.mention)] === x.mention)
  first.forEach((place, k) => {
    const m = asked[k] as PlaceMention
    // a spelling guess locates nothing else
    const sure = m.loose === undefined && (!isQualifier[k] || m.candidates.every(town))
    const local = place && town(place) && sure
    if (local && !anchors.some((a) => a.mention === m)) anchors.push({ mention: m, place })
  })
  const second: Hints = { ...hints, anchors }
  const located = locators(text, mentions, first, isQualifier)
  // every town, village or cercle the first pass placed: where the text is
  const named = first.flatMap((place, k) =>
    place && place.kind !== 'country' && place.kind !== 'admin1'
      ? [{ mention: mentions[k] as PlaceMention, place }]
      : [],
  )
  // a cercle named in the text also locates the other names ('Ke-Macina commune')
  const cercles = first.flatMap((place, k) =>
    place?.kind === 'admin2' ? [{ mention: mentions[k] as PlaceMention, place }] : [],
  )
  return mentions.map((m, k) => {
    const admin = words[k] as AdminWord
    const a = asked[k] as PlaceMention
    const best = bestCandidate(a, admin, second, located[k])
    const stray = best && isStray(best, a, [...anchors, ...cercles])
    const abroad = best && isForeignNamesake(best, a, hints.country, hints.borders, named)
    const place = stray || abroad ? null : best
    const qualifier = isQualifier[k] === true
    return { mention: m, place, cue: cueBefore(text, m.start), admin, qualifier }
  })
}
