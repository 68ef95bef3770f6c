/**
 * @module
 * Natural features among same-name candidates: wells, water holes, wadis, hills, dunes, wetlands,
 * lakes, forests. They are event places in the desert and the inner delta (ACLED codes many
 * villages at the well or pond they are named after), but a namesake hill far away in the home
 * country is weaker evidence than a town of that name across the border, and one far from every
 * other place the text names is a namesake. In: a place (and the text's anchors); out: whether
 * it is such a feature, or such a stray.
 */
import { distanceKm } from './geo.js'
import type { Place, PlaceMention } from './types.js'

const NATURAL: ReadonlySet<string> = new Set([
  'WLL',
  'WTRH',
  'PNDI',
  'WAD',
  'VAL',
  'STMI',
  'WTLD',
  'WTLDI',
  'MRSH',
  'LK',
  'HLL',
  'HLLS',
  'RDGE',
  'SCRP',
  'DUNE',
  'MT',
  'MTS',
  'ISL',
  'RESF',
  'FRST',
])

/** Whether the place is a natural feature (not a settlement, camp, locality or admin area). */
export const isNatural = (p: Place): boolean => NATURAL.has(p.featureCode ?? '')

/**
 * Minor relief and water features: often namesakes of a village elsewhere. Wells, water holes,
 * wadis and lakes are not among them: towns are coded at them (Gossi at its lake).
 */
const MINOR: ReadonlySet<string> = new Set([
  'HLL',
  'HLLS',
  'RDGE',
  'SCRP',
  'DUNE',
  'STMI',
  'WTLD',
  'WTLDI',
  'MRSH',
  'PNDI',
  'ISL',
])

/**
 * Whether a name known only as minor features or water holes needs a place cue ('in X', 'the
 * area of X') to count: otherwise 'More than a thousand…' or 'Boko Haram' would be a pond.
 */
export const needsCue = (candidates: readonly Place[]): boolean =>
  candidates.every((c) => MINOR.has(c.featureCode ?? '') || c.featureCode === 'WTRH')

/** Farther than this from every other place the text names, a minor feature is a namesake… */
const STRAY_KM = 200
/** …and so is any well, wadi or lake this far (across the Sahel). */
const FAR_KM = 500

/**
 * A natural feature far from every other place the text names: a namesake ('killed in Ke-Macina
 * commune, 6 in Fokobougou' is no seasonal stream 370 km away; a well 1,000 km away is none).
 */
export function isStray(
  place: Place,
  mention: PlaceMention,
  anchors: ReadonlyArray<{ readonly mention: PlaceMention; readonly place: Place }>,
): boolean {
  if (!isNatural(place)) return false
  const limit = MINOR.has(place.featureCode ?? '') ? STRAY_KM : FAR_KM
  // another mention of the same place is no evidence for it
  const others = anchors.filter((a) => a.mention !== mention && a.place.id !== place.id)
  if (others.length === 0) return false
  const far = (a: Place) => distanceKm(place.latitude, place.longitude, a.latitude, a.longitude)
  return others.every((a) => far(a.place) > limit)
}
