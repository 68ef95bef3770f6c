/**
 * @module
 * Parsing of raw GeoNames dump lines (19 tab-separated columns) into typed rows, and the choice
 * of which feature codes Faultline keeps: populated places, admin areas, and the named features
 * that conflict reports use as event locations (wells, wadis, valleys, camps, forests, massifs).
 */

export interface GeoNamesRow {
  readonly id: string
  readonly name: string
  readonly ascii: string
  readonly alternates: readonly string[]
  readonly lat: number
  readonly lon: number
  readonly fclass: string
  readonly fcode: string
  readonly cc: string
  readonly admin1Code: string
  readonly admin2Code: string
  readonly population: number
}

/** One dump line → row, or null for a malformed line. */
export function parseGeoNamesLine(line: string): GeoNamesRow | null {
  const c = line.split('\t')
  if (c.length < 15 || !c[0] || !c[1]) return null
  const lat = Number(c[4])
  const lon = Number(c[5])
  if (!Number.isFinite(lat) || !Number.isFinite(lon)) return null
  return {
    id: c[0],
    name: c[1],
    ascii: c[2] ?? c[1],
    alternates: c[3] ? c[3].split(',') : [],
    lat,
    lon,
    fclass: c[6] ?? '',
    fcode: c[7] ?? '',
    cc: c[8] ?? '',
    admin1Code: c[10] ?? '',
    admin2Code: c[11] ?? '',
    population: Number(c[14]) || 0,
  }
}

/** Named features (not P or A) that are real event locations in Sahel reporting. */
const KEPT_FEATURES = new Set([
  'WLL', // wells: northern Mali and Niger events are often located at a named well
  'WAD', // wadis and valleys (Tilemsi)
  'VAL',
  'MT', // massifs (Adrar des Ifoghas, Tigharghar)
  'MTS',
  'CMP', // camps and nomad encampments
  'AIRP',
  'LCTY', // named localities
  'AREA',
  'RGN', // natural regions (Gourma, Seno, Azawad)
  'RESF', // classified forests
  'FRST',
  'LK', // lakes (Faguibine)
  // water points, hills, dunes, wetlands, seasonal streams, islands: ACLED codes camps and
  // clashes of the desert and the inner Niger delta at such named features too
  'WTRH',
  'PNDI',
  'WTLD',
  'WTLDI',
  'MRSH',
  'STMI',
  'HLL',
  'HLLS',
  'RDGE',
  'SCRP',
  'DUNE',
  'ISL',
])

/** Whether a row belongs in the compact gazetteer. */
export function isKeptFeature(row: GeoNamesRow): boolean {
  if (row.fclass === 'P') return row.fcode !== 'PPLH'
  if (row.fclass === 'A')
    return row.fcode === 'ADM1' || row.fcode === 'ADM2' || row.fcode === 'ADM3'
  return KEPT_FEATURES.has(row.fcode)
}

const LATIN = /^[\p{Script=Latin}\p{M}0-9 '’‘\-.()]+$/u

/** Latin-script alternate names, without URLs, codes or duplicates of the main name (by fold). */
export function latinAlternates(row: GeoNamesRow, fold: (s: string) => string): string[] {
  const seen = new Set([fold(row.name), fold(row.ascii)])
  const out: string[] = []
  for (const alt of row.alternates) {
    const name = alt.trim()
    if (name.length < 2 || name.length > 60 || !LATIN.test(name) || !/\p{L}/u.test(name)) continue
    // romanised non-Latin script ('tymbwktw') and codes ('TOM', 'GATB') are not press spellings
    if (!/\p{Lu}/u.test(name) || /^[\p{Lu}]{2,4}$/u.test(name)) continue
    const key = fold(name)
    if (seen.has(key)) continue
    seen.add(key)
    out.push(name)
  }
  return out
}
