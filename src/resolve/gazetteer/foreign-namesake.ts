/**
 * @module
 * Namesakes abroad: when the document is about one country, a village of the same name in a
 * neighbouring country is the event place only if the text points there. Two signs that it does
 * not: the text puts the place on the border with that country ('Takadami on the Niger border'
 * lies on the home side), or the namesake lies far from every other place the text names at home
 * ('the Egharghar valley between Aguelhok and Tessalit' is no Egharghar 800 km away in Niger).
 * In: a candidate, the document country, the border countries, the text's anchors; out: whether
 * the candidate is such a namesake (the name then stays unresolved, its point unknown).
 */
import { distanceKm } from './geo.js'
import type { Place, PlaceMention } from './types.js'

/** Farther than this from every place named at home, a foreign village is a namesake. */
const FAR_KM = 300
const MIN_HOME = 2
const SEATS: ReadonlySet<string> = new Set(['PPLC', 'PPLA', 'PPLA2', 'PPLA3'])

/** A village, hamlet, camp or natural feature: not a capital, seat, town or admin area. */
const isVillage = (c: Place): boolean =>
  c.source !== 'world' &&
  (c.kind === 'populated' || c.kind === 'other') &&
  c.population < 5000 &&
  !SEATS.has(c.featureCode ?? '')

/** Whether candidate `c` abroad is only a namesake of the place the text means. */
export function isForeignNamesake(
  c: Place,
  mention: PlaceMention,
  country: string | undefined,
  borders: ReadonlySet<string>,
  anchors: ReadonlyArray<{ readonly mention: PlaceMention; readonly place: Place }>,
): boolean {
  const own = c.country.toLowerCase()
  if (!country || own === country || !isVillage(c)) return false
  if (borders.has(own)) return true
  const home = new Set(
    anchors
      .filter((a) => a.mention !== mention && a.place.country.toLowerCase() === country)
      .map((a) => a.mention),
  )
  // one home place may itself be a stray name ('operation Panga'): two say where the text is
  if (home.size < MIN_HOME) return false
  return anchors
    .filter((a) => home.has(a.mention))
    .every((a) => distanceKm(c.latitude, c.longitude, a.place.latitude, a.place.longitude) > FAR_KM)
}
