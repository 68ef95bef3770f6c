/**
 * @module
 * `locateEvent(ctx)`: THE location of the event told in `ctx.focus`. Among the places named in
 * the focus (else in the whole text) it prefers the one introduced as the location ('in X',
 * 'village of X', 'near X', '30 km north of X', 'coded as X'), the most specific kind, and the
 * earliest. Precision follows ACLED: a town 1; 'near'/'km from'/'between' or a cercle 2; a
 * region or country 3. A name no gazetteer knows keeps its text with null coordinates.
 */
import type { ResolvedMention } from './disambiguate.js'
import { causePlaces } from './cause-clause.js'
import { distanceKm } from './geo.js'
import { findCountry } from './countries.js'
import { contradictedBy } from './contradiction.js'
import { qualifiedUnknowns } from './qualified-unknowns.js'
import { referencePlaces } from './reference.js'
import { resolveDocument } from './resolve-document.js'
import { isNeighbourhood, precisionOf } from './precision.js'
import { sahelIndex, seatOf } from './sahel-gazetteer.js'
import { unknownPlace } from './unknown-place.js'
import { lookupWorldCity } from './world-gazetteer.js'
import type { LocateContext, LocatedEvent, Place } from './types.js'

const CUE_SCORE: Record<string, number> = {
  coded: 20,
  village: 4,
  in: 3,
  near: 3,
  relative: 3,
  between: 3,
  people: 2,
  toward: 1,
  from: 0.5,
  none: 0,
}

const KIND_SCORE: Record<Place['kind'], number> = {
  populated: 3,
  other: 2.5,
  admin2: 1,
  admin1: -1,
  country: -2,
}

/** An unknown name right after a place cue ('in X', 'village of X') is likely the event place. */
const STRONG = new Set(['in', 'village', 'near', 'relative', 'between', 'coded'])
const UNKNOWN_CUED = 2

function eventScore(
  r: ResolvedMention,
  qualified: ReadonlySet<ResolvedMention>,
  refs: ReadonlySet<ResolvedMention>,
  order: number,
  next?: ResolvedMention,
  prev?: ResolvedMention,
  cause: ReadonlySet<ResolvedMention> = new Set(),
): number {
  const unknown = STRONG.has(r.cue) ? UNKNOWN_CUED : -2
  const known = r.place ? KIND_SCORE[r.place.kind] : undefined
  const kind = known ?? (qualified.has(r) ? KIND_SCORE.populated : unknown)
  // Faultline reports on the Sahel: a city abroad is the event place only when nothing else is
  const abroad = r.place?.source === 'world' ? -1.5 : 0
  const village = r.admin === 'village' ? 1 : 0
  // a qualifier or reference only locates; 'following threats in X, strikes hit Y': X is a cause
  const qualifier = (r.qualifier || refs.has(r) ? -4 : 0) + (cause.has(r) ? -6 : 0)
  // 'the Boulmiougou area of Ouagadougou': the event is coded at the town it is part of
  const part = isNeighbourhood(r, next) ? -4 : 0
  // 'between X and Y': ACLED codes the first end
  const second = r.cue === 'between' && prev?.cue === 'between' && prev.place ? -1 : 0
  return (CUE_SCORE[r.cue] ?? 0) + kind + abroad + village + qualifier + part + second - 0.3 * order
}

/** A country's capital (Sahel gazetteer first, then world cities). */
function capitalOf(place: Place): Place | undefined {
  if (place.kind !== 'country') return undefined
  const country = findCountry(place.country)
  if (!country) return undefined
  const sahel = sahelIndex()
    .lookupExact(country.capital)
    .filter((p) => p.kind === 'populated')
    .sort((a, b) => b.population - a.population)
  const world = lookupWorldCity(country.capital).filter((p) => p.country === place.country)
  return [...sahel, ...world].find((p) => p.country === place.country)
}

function pickEvent(
  resolved: readonly ResolvedMention[],
  village: ReadonlySet<ResolvedMention> = new Set(),
  refs: ReadonlySet<ResolvedMention> = new Set(),
  cause: ReadonlySet<ResolvedMention> = new Set(),
): ResolvedMention | undefined {
  let best: ResolvedMention | undefined
  let bestScore = -Infinity
  resolved.forEach((r, order) => {
    const [next, prev] = [resolved[order + 1], resolved[order - 1]]
    const s = eventScore(r, village, refs, order, next, prev, cause)
    if (s > bestScore) [best, bestScore] = [r, s]
  })
  return best
}

/**
 * 'Atara, 25 km from Niafunke' with Atara only a spelling guess: a guess must lie at about the
 * distance the text states (closer than the margin of a sure name), else the place the text
 * measures from is coded (precision 2), as for an unknown village.
 */
function guessedBeside(
  text: string,
  chosen: ResolvedMention,
  resolved: readonly ResolvedMention[],
): ResolvedMention | undefined {
  const next = resolved[resolved.indexOf(chosen) + 1]
  const [x, y] = [chosen.place, next?.place]
  if (!chosen.mention.loose || !x || !y || next?.cue !== 'relative' || next.mention.loose) return
  const gap = text.slice(chosen.mention.end, next.mention.start)
  const stated = /(\d+(?:[.,]\d+)?)\s*(?:km|kms|kilom)/i.exec(gap)
  if (!stated || gap.length > 40 || /[.;!?]/.test(gap)) return
  const d = Number(stated[1]?.replace(',', '.'))
  const km = distanceKm(x.latitude, x.longitude, y.latitude, y.longitude)
  return Math.abs(km - d) > Math.max(GUESS_MARGIN_KM, d * 0.3) ? next : undefined
}

const GUESS_MARGIN_KM = 10

/** The best location for an event described in `ctx.focus`, or null when no place is named. */
export function locateEvent(ctx: LocateContext): LocatedEvent | null {
  const { mentions, resolved } = resolveDocument(ctx.text, ctx.countryHint)
  if (mentions.length === 0) return null
  const inFocus = resolved.filter(
    (r) => r.mention.start >= ctx.focus.start && r.mention.end <= ctx.focus.end,
  )
  const refs = referencePlaces(ctx.text, resolved)
  const village = qualifiedUnknowns(ctx.text, resolved, refs)
  const cause = causePlaces(ctx.text, resolved)
  let chosen = pickEvent(inFocus, village, refs, cause) ?? pickEvent(resolved, village, refs, cause)
  if (!chosen) return null
  let fallback = false
  if (!chosen.place) {
    // a village no gazetteer knows: code the nearest named place it comes with, as ACLED does;
    // first the one that qualifies it ('Etambar, Kidal', 'Kanio (Djenne)')
    const local = (r: ResolvedMention) => r.place !== null && r.place.kind !== 'country'
    const next = resolved[resolved.indexOf(chosen) + 1]
    const qualifier = village.has(chosen) ? next : undefined
    // …within the event's own sentences when the name is there (not another event's place)
    const own = inFocus.includes(chosen) ? inFocus : resolved
    const known = qualifier ?? pickEvent(own.filter(local), new Set(), new Set(), cause)
    if (known) [chosen, fallback] = [known, true]
  }
  const anchor =
    contradictedBy(ctx.text, chosen, resolved) ?? guessedBeside(ctx.text, chosen, resolved)
  if (anchor) [chosen, fallback] = [anchor, true]
  const evidence = [
    {
      start: chosen.mention.start,
      end: chosen.mention.end,
      text: chosen.mention.text,
      field: 'location',
    },
  ]
  const place = chosen.place
  if (!place) {
    const own = inFocus.includes(chosen) ? inFocus : resolved
    return unknownPlace(ctx, chosen, own, resolved, evidence)
  }
  const before = resolved[resolved.indexOf(chosen) - 1]
  const precision = precisionOf(
    ctx.text,
    chosen,
    place,
    before !== undefined && isNeighbourhood(before, chosen),
  )
  // an area-only event is coded, as ACLED does, at the area's capital or seat
  const point = seatOf(place) ?? capitalOf(place) ?? place
  return {
    location: point.name,
    country: place.country,
    admin1: place.admin1 || point.admin1,
    admin2: place.admin2 || point.admin2,
    latitude: point.latitude,
    longitude: point.longitude,
    geo_precision: fallback ? (Math.max(2, precision) as 2 | 3) : precision,
    evidence,
  }
}
