/**
 * @module
 * `locateEvent(ctx)`: THE location of the event told in `ctx.focus`. Among the places named in
 * the focus (else in the whole text) it prefers the one introduced as the location ('in X',
 * 'village of X', 'near X', '30 km north of X', 'coded as X'), the most specific kind, and the
 * earliest. Precision follows ACLED: a town 1; 'near'/'km from'/'between' or a cercle 2; a
 * region or country 3. A name no gazetteer knows keeps its text with null coordinates.
 */
import { type ResolvedMention, resolveMentions } from './disambiguate.js'
import { findPlaceMentions } from './find-mentions.js'
import { cuePrecision } from './place-cues.js'
import type { LocateContext, LocatedEvent, Place } from './types.js'

const CUE_SCORE: Record<string, number> = {
  coded: 20,
  village: 4,
  in: 3,
  near: 3,
  relative: 3,
  between: 3,
  from: 0.5,
  none: 0,
}

const KIND_SCORE: Record<Place['kind'], number> = {
  populated: 3,
  other: 2.5,
  admin2: 1.5,
  admin1: 1,
  country: 0,
}

function eventScore(r: ResolvedMention, order: number): number {
  const kind = r.place ? KIND_SCORE[r.place.kind] : -2
  const village = r.admin === 'village' ? 1 : 0
  const qualifier = r.qualifier ? -4 : 0
  return CUE_SCORE[r.cue]! + kind + village + qualifier - 0.3 * order
}

function precisionOf(r: ResolvedMention, place: Place): 1 | 2 | 3 {
  if (place.kind === 'country' || place.kind === 'admin1') return 3
  if (place.kind === 'admin2' || place.kind === 'other') return 2
  return cuePrecision(r.cue)
}

function pickEvent(resolved: readonly ResolvedMention[]): ResolvedMention | undefined {
  let best: ResolvedMention | undefined
  let bestScore = -Infinity
  resolved.forEach((r, order) => {
    const s = eventScore(r, order)
    if (s > bestScore) [best, bestScore] = [r, s]
  })
  return best
}

/** The best location for an event described in `ctx.focus`, or null when no place is named. */
export function locateEvent(ctx: LocateContext): LocatedEvent | null {
  const mentions = findPlaceMentions(ctx.text)
  if (mentions.length === 0) return null
  const resolved = resolveMentions(ctx.text, mentions, ctx.countryHint)
  const inFocus = resolved.filter(
    (r) => r.mention.start >= ctx.focus.start && r.mention.end <= ctx.focus.end,
  )
  const chosen = pickEvent(inFocus) ?? pickEvent(resolved)
  if (!chosen) return null
  const evidence = [
    { start: chosen.mention.start, end: chosen.mention.end, text: chosen.mention.text, field: 'location' },
  ]
  const place = chosen.place
  if (!place) {
    return {
      location: chosen.mention.text,
      country: ctx.countryHint ?? '',
      admin1: '',
      admin2: '',
      latitude: null,
      longitude: null,
      geo_precision: 3,
      evidence,
    }
  }
  return {
    location: place.name,
    country: place.country,
    admin1: place.admin1,
    admin2: place.admin2,
    latitude: place.latitude,
    longitude: place.longitude,
    geo_precision: precisionOf(chosen, place),
    evidence,
  }
}
