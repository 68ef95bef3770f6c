/**
 * @module
 * Picks one place per mention from its same-name candidates, using what the document says:
 * the countries it names (and `countryHint`), the regions and cercles it names ('X region',
 * 'Y (Soum)'), closeness to the places that are unambiguous, then the admin word next to the
 * name, the place's rank (capital > town > well) and population.
 */
import { borderCountries } from './border.js'
import { conflictPrior } from './conflict-prior.js'
import { adminOnly } from './no-point.js'
import { isNatural, isStray } from './natural.js'
import { qualifiers } from './qualifiers.js'
import { isSeat } from './sahel-gazetteer.js'
import { foldName } from './fold.js'
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

interface Hints {
  /** The caller's country hint: strong. */
  readonly country: string | undefined
  /** Countries named in the text: weak ('near the Burkina Faso border' is no proof). */
  readonly countries: ReadonlySet<string>
  /** Regions named in the text (folded admin1 names). */
  readonly regions: ReadonlySet<string>
  /** Cercles, provinces, departments named in the text (folded admin2 names). */
  readonly cercles: ReadonlySet<string>
  readonly anchors: ReadonlyArray<{ readonly mention: PlaceMention; readonly place: Place }>
  /** Countries named as the border beside the event (border.ts): lowercase. */
  readonly borders: ReadonlySet<string>
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
const UNAMBIGUOUS_KM = 30
const SEAT_BONUS = 1.5
/** The place's main name is the one written (not only an alternate of it). */
const NAME_BONUS = 1.5

const town = (c: Place) => c.kind === 'populated' || c.kind === 'other'

function collectHints(
  text: string,
  mentions: readonly PlaceMention[],
  countryHint?: string,
): Hints {
  const countries = new Set<string>()
  const regions = new Set<string>()
  const cercles = new Set<string>()
  const isQualifier = qualifiers(text, mentions)
  const anchors: { mention: PlaceMention; place: Place }[] = []
  mentions.forEach((m, k) => {
    const first = m.candidates[0]
    if (!first) return
    if (first.kind === 'country') countries.add(first.country.toLowerCase())
    const word = adminWord(text, m.start, m.end)
    const qualifier = isQualifier[k] === true
    const onlyAreas = m.candidates.every((c) => c.kind === 'admin1' || c.kind === 'admin2')
    const named = foldName(m.text)
    for (const c of m.candidates) {
      // 'Kidal Region' names the region only: the Kidal cercle is no hint then
      const asRegion = c.kind === 'admin1' && word !== 'cercle'
      const asCercle = c.kind === 'admin2' && word !== 'region'
      if (onlyAreas && asRegion) regions.add(foldName(c.admin1))
      if (onlyAreas && asCercle) cercles.add(foldName(c.admin2))
      if (asRegion) regions.add(named)
      if (asCercle) cercles.add(named)
      if (c.kind === 'admin1' && (word === 'region' || qualifier)) regions.add(foldName(c.admin1))
      if (c.kind === 'admin2' && (word === 'cercle' || qualifier)) {
        cercles.add(foldName(c.admin2))
        regions.add(foldName(c.admin1))
      }
    }
    const near = (c: Place) =>
      distanceKm(c.latitude, c.longitude, first.latitude, first.longitude) < UNAMBIGUOUS_KM
    // a qualifier ('(Tessalit, Kidal)') names areas: it hints by name, not by distance, unless
    // no area bears its name ('Amba, Cercle of Kassa' with Kassa a village)
    const area = first.kind === 'country' || first.kind === 'admin1'
    const local = !area && !m.loose && (!qualifier || m.candidates.every(town))
    if (local && m.candidates.every(near)) anchors.push({ mention: m, place: first })
  })
  const borders = new Set([...borderCountries(text)].map((c) => c.toLowerCase()))
  return { country: countryHint?.toLowerCase(), countries, regions, cercles, anchors, borders }
}

function score(c: Place, m: PlaceMention, word: AdminWord, hints: Hints): number {
  let s = 0
  const country = c.country.toLowerCase()
  // a namesake hill or well at home is weaker evidence than a town across the border
  const home = isNatural(c) ? 3 : 6
  if (hints.country) s += country === hints.country ? home : -4
  if (hints.countries.has(country)) s += hints.borders.has(country) ? -3 : 1.5
  if (c.source === 'world' && !hints.countries.has(country)) s -= 4
  if (hints.regions.has(foldName(c.admin1))) s += 5
  if (c.admin2 && hints.cercles.has(foldName(c.admin2))) s += 5
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
  else s += { populated: 2, other: 0.5, admin2: 1, admin1: 0.5, country: 3 }[c.kind]
  // the seat of a cercle, even one GeoNames ranks as a plain village (Kenieba)
  s += RANK[c.featureCode ?? ''] ?? (c.kind === 'populated' && isSeat(c) ? SEAT_BONUS : 0)
  if (c.kind === 'other') s += FEATURE[c.featureCode ?? ''] ?? 0
  if (c.kind === 'populated') s += Math.log10(c.population + 1) * 0.5
  if (foldName(c.name) === foldName(m.text)) s += NAME_BONUS
  s += conflictPrior(c.admin1)
  if (c.source === 'sahel') s += 1
  return s
}

function bestCandidate(m: PlaceMention, word: AdminWord, hints: Hints): Place | null {
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
    const s = score(c, m, word, hints)
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
  const first = mentions.map((m, k) => bestCandidate(m, words[k] as AdminWord, hints))
  const anchors = [...hints.anchors]
  first.forEach((place, k) => {
    const m = mentions[k] as PlaceMention
    // a spelling guess locates nothing else
    const sure = m.loose === undefined && (!isQualifier[k] || m.candidates.every(town))
    const local = place && town(place) && sure
    if (local && !anchors.some((a) => a.mention === m)) anchors.push({ mention: m, place })
  })
  const second: Hints = { ...hints, anchors }
  // a cercle named in the text also locates the other names ('Ke-Macina commune')
  const cercles = first.flatMap((place, k) =>
    place?.kind === 'admin2' ? [{ mention: mentions[k] as PlaceMention, place }] : [],
  )
  return mentions.map((m, k) => {
    const admin = words[k] as AdminWord
    const best = bestCandidate(m, admin, second)
    const place = best && isStray(best, m, [...anchors, ...cercles]) ? null : best
    const qualifier = isQualifier[k] === true
    return { mention: m, place, cue: cueBefore(text, m.start), admin, qualifier }
  })
}
