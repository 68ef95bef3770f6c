/**
 * @module
 * What a document says about where its places are, gathered once before disambiguation: the
 * country hint, the countries named, the regions and cercles named ('X region', 'Y (Soum)', or
 * only through a town of the same name, a weaker hint), the unambiguous places (anchors), and the
 * countries named as the border beside the event. In: the text and its mentions; out: `Hints`.
 */
import { adminWord } from './admin-word.js'
import { borderCountries } from './border.js'
import { foldName } from './fold.js'
import { distanceKm } from './geo.js'
import { qualifiers } from './qualifiers.js'
import type { Place, PlaceMention } from './types.js'

export interface Hints {
  /** The caller's country hint: strong. */
  readonly country: string | undefined
  /** Countries named in the text: weak ('near the Burkina Faso border' is no proof). */
  readonly countries: ReadonlySet<string>
  /** Regions named in the text (folded admin1 names). */
  readonly regions: ReadonlySet<string>
  /** Regions named only through a town of the same name ('Menaka' the town): a weaker hint. */
  readonly townRegions: ReadonlyMap<string, PlaceMention>
  /** Cercles named only through a town of the same name: a weaker hint. */
  readonly townCercles: ReadonlyMap<string, PlaceMention>
  /** Cercles, provinces, departments named in the text (folded admin2 names). */
  readonly cercles: ReadonlySet<string>
  readonly anchors: ReadonlyArray<{ readonly mention: PlaceMention; readonly place: Place }>
  /** Countries named as the border beside the event (border.ts): lowercase. */
  readonly borders: ReadonlySet<string>
}

const UNAMBIGUOUS_KM = 30

const town = (c: Place) => c.kind === 'populated' || c.kind === 'other'

/** The hints of `text` and its `mentions` (and the caller's country hint). */
export function collectHints(
  text: string,
  mentions: readonly PlaceMention[],
  countryHint?: string,
): Hints {
  const countries = new Set<string>()
  const regions = new Set<string>()
  const townRegions = new Map<string, PlaceMention>()
  const cercles = new Set<string>()
  const townCercles = new Map<string, PlaceMention>()
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
    // 'the axis Menaka-Ansongo' names the towns: their regions are only a weak hint
    const byTown = !qualifier && word === 'none' && m.candidates.some((c) => c.kind === 'populated')
    for (const c of m.candidates) {
      // 'Kidal Region' names the region only: the Kidal cercle is no hint then
      const asRegion = c.kind === 'admin1' && word !== 'cercle'
      const asCercle = c.kind === 'admin2' && word !== 'region'
      if (onlyAreas && asRegion) regions.add(foldName(c.admin1))
      if (onlyAreas && asCercle) cercles.add(foldName(c.admin2))
      if (asRegion && byTown) townRegions.set(named, m)
      else if (asRegion) regions.add(named)
      if (asCercle && byTown) townCercles.set(named, m)
      else if (asCercle) cercles.add(named)
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
  const country = countryHint?.toLowerCase()
  return { country, countries, regions, townRegions, cercles, townCercles, anchors, borders }
}

