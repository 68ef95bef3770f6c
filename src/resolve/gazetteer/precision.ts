/**
 * @module
 * ACLED geo_precision of the chosen place: 1 the town itself ('in X', 'village of X', the 'Zinda
 * area of Gao' → Gao); 2 near it ('near X', '30 km from X', 'between X and Y', 'X area', an
 * 'X-Y road', a commune or cercle); 3 a region or a country only. A precision the note states
 * ('coded as X at geoprecision 2') wins.
 */
import type { ResolvedMention } from './disambiguate.js'
import { distanceKm } from './geo.js'
import { cuePrecision } from './place-cues.js'
import type { Place } from './types.js'

/** 'the X area of Y' names a part of a town when X is unknown, close to Y, or Y is a capital. */
export function isNeighbourhood(r: ResolvedMention, next: ResolvedMention | undefined): boolean {
  if (r.admin !== 'part' || !next?.place) return false
  // an unknown or only guessed name ('Koyaratao' ~ a Koyratao far off) is a part of the town
  if (!r.place || r.mention.loose === 'slip' || next.place.featureCode === 'PPLC') return true
  const km = distanceKm(
    r.place.latitude,
    r.place.longitude,
    next.place.latitude,
    next.place.longitude,
  )
  // a namesake far away in another region is not the part meant ('the Aliou quarter of Kidal')
  const namesake = km > NAMESAKE_KM && r.place.admin1 !== next.place.admin1
  return km < NEIGHBOURHOOD_KM || namesake
}

const NAMESAKE_KM = 100

const NEIGHBOURHOOD_KM = 20

/** A precision stated right after the name ('(coded as X at geoprecision 2)'). */
function stated(text: string, end: number): 1 | 2 | 3 | undefined {
  const m = /^[^.;]{0,40}?geo-?precision\s*([123])/i.exec(text.slice(end, end + 60))
  return m ? (Number(m[1]) as 1 | 2 | 3) : undefined
}

export function precisionOf(
  text: string,
  r: ResolvedMention,
  place: Place,
  afterPart: boolean,
): 1 | 2 | 3 {
  if (place.kind === 'country' || place.kind === 'admin1') return 3
  // 'the Zinda area of Gao', 'Timbuktu airport': the town itself
  if (afterPart || place.featureCode === 'AIRP') return 1
  if (place.kind === 'admin2') return 2
  // 'coded as X at geoprecision 2': the note states it; a stand-in place is near the event
  if (r.cue === 'coded') return stated(text, r.mention.end) ?? 2
  return cuePrecision(r.cue, r.admin)
}
