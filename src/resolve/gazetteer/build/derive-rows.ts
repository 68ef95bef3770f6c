/**
 * @module
 * From parsed GeoNames rows to the compact gazetteer rows: ACLED-style admin1 names, admin2
 * names (from the ADM2 code when the dump has one, else the nearest cercle/department seat),
 * and the post-2016 Malian regions the 2014 dumps lack (Ménaka = the former Ménaka cercle;
 * Taoudénit = the far north of Tombouctou). Pure: no file I/O.
 */
import { foldName } from '../fold.js'
import { distanceKm } from '../geo.js'
import { type AdminFixes, fixAdmin } from './admin-fixes.js'
import { type GeoNamesRow, isKeptFeature, latinAlternates } from './geonames-row.js'

export interface GazetteerRow {
  readonly id: string
  readonly name: string
  readonly ascii: string
  readonly alternates: readonly string[]
  readonly lat: number
  readonly lon: number
  readonly fcode: string
  readonly cc: string
  readonly admin1: string
  readonly admin2: string
  readonly population: number
}

interface Seat {
  readonly cc: string
  readonly admin1Code: string
  readonly lat: number
  readonly lon: number
  readonly admin2: string
}

/** A town named like an ADM2 area is its seat only when this close to the area's point. */
const SEAT_MAX_KM = 150

const ADMIN_PREFIX =
  /^(province|departement|département|cercle|region|région|commune)\s+(du|de la|de l'|de l’|des|de|d'|d’|d’ )?\s*/i
const ADMIN_SUFFIX = /\s+(province|department|cercle|region)$/i

/** 'Province du Soum' → 'Soum', 'Douentza Cercle' → 'Douentza'. */
export function cleanAdminName(name: string): string {
  return name.replace(ADMIN_PREFIX, '').replace(ADMIN_SUFFIX, '').trim()
}

/**
 * Derive the gazetteer rows; `admin1Names` maps 'ML.04' → 'Mopti'; `fixes` are the hand-made
 * corrections of data/gazetteer/admin-fixes.json (post-2016 regions, misfiled places).
 */
export function deriveRows(
  rows: readonly GeoNamesRow[],
  admin1Names: ReadonlyMap<string, string>,
  fixes: AdminFixes,
): GazetteerRow[] {
  const adm2ByCode = new Map<string, string>()
  for (const r of rows) {
    if (r.fcode === 'ADM2')
      adm2ByCode.set(`${r.cc}.${r.admin1Code}.${r.admin2Code}`, cleanAdminName(r.ascii))
  }
  const seats = findSeats(rows, adm2ByCode, admin1Names)
  const out: GazetteerRow[] = []
  const regionOf = new Map<GazetteerRow, string>()
  for (const r of rows) {
    if (!isKeptFeature(r)) continue
    const row = deriveRow(r, seats, adm2ByCode, admin1Names)
    const fixed = fixAdmin({ ...row, names: [row.name, row.ascii, ...row.alternates] }, fixes)
    const shipped = { ...row, admin1: fixed.admin1, admin2: fixed.admin2 }
    if (fixed.region) regionOf.set(shipped, fixed.region)
    out.push(shipped)
  }
  return [...out, ...newRegionRows(out, regionOf, fixes)]
}

function findSeats(
  rows: readonly GeoNamesRow[],
  adm2ByCode: ReadonlyMap<string, string>,
  admin1Names: ReadonlyMap<string, string>,
): Seat[] {
  const adm2Points = new Map<string, GeoNamesRow[]>()
  for (const r of rows) {
    if (r.fcode !== 'ADM2') continue
    const key = `${r.cc}:${foldName(cleanAdminName(r.ascii))}`
    adm2Points.set(key, [...(adm2Points.get(key) ?? []), r])
  }
  const nearAdm2 = (r: GeoNamesRow, key: string) =>
    (adm2Points.get(key) ?? []).some((a) => distanceKm(r.lat, r.lon, a.lat, a.lon) < SEAT_MAX_KM)
  const seats = new Map<string, Seat>()
  const byPop = [...rows]
    .filter((r) => r.fclass === 'P')
    .sort((a, b) => b.population - a.population)
  for (const r of byPop) {
    const isCapital = r.fcode === 'PPLA' || r.fcode === 'PPLA2' || r.fcode === 'PPLC'
    const key = `${r.cc}:${foldName(r.ascii)}`
    if (seats.has(key) || !admin1Names.has(`${r.cc}.${r.admin1Code}`)) continue
    if (!isCapital && !nearAdm2(r, key)) continue
    const coded = adm2ByCode.get(`${r.cc}.${r.admin1Code}.${r.admin2Code}`)
    const capitalOf =
      r.fcode === 'PPLA' || r.fcode === 'PPLC'
        ? admin1Names.get(`${r.cc}.${r.admin1Code}`)
        : undefined
    const admin2 = r.cc === 'BF' ? coded : (capitalOf ?? r.ascii)
    if (!admin2) continue
    seats.set(key, { cc: r.cc, admin1Code: r.admin1Code, lat: r.lat, lon: r.lon, admin2 })
  }
  return [...seats.values()]
}

function nearestSeat(r: GeoNamesRow, seats: readonly Seat[], admin1Code: string): Seat | undefined {
  let best: Seat | undefined
  let bestKm = Infinity
  for (const s of seats) {
    if (s.cc !== r.cc || (admin1Code && s.admin1Code !== admin1Code)) continue
    const km = distanceKm(r.lat, r.lon, s.lat, s.lon)
    if (km < bestKm) [best, bestKm] = [s, km]
  }
  return best
}

function deriveRow(
  r: GeoNamesRow,
  seats: readonly Seat[],
  adm2ByCode: ReadonlyMap<string, string>,
  admin1Names: ReadonlyMap<string, string>,
): GazetteerRow {
  const known = r.admin1Code && r.admin1Code !== '00' && admin1Names.has(`${r.cc}.${r.admin1Code}`)
  let admin1Code = known ? r.admin1Code : (nearestSeat(r, seats, '')?.admin1Code ?? '')
  const alternates = latinAlternates(r, foldName)
  let admin2 = ''
  if (r.fcode === 'ADM2') {
    admin2 = cleanAdminName(r.ascii)
    const seat = seats.find((s) => s.cc === r.cc && foldName(s.admin2) === foldName(admin2))
    if (seat && r.cc !== 'BF') admin1Code = seat.admin1Code
  } else if (r.fcode !== 'ADM1') {
    admin2 =
      adm2ByCode.get(`${r.cc}.${admin1Code}.${r.admin2Code}`) ??
      nearestSeat(r, seats, admin1Code)?.admin2 ??
      ''
  }
  if (r.fclass === 'A') {
    const short = cleanAdminName(r.ascii)
    const fresh = !alternates.some((a) => foldName(a) === foldName(short))
    if (fresh && /\p{L}{3}/u.test(short)) alternates.push(short)
  }
  const admin1 = admin1Names.get(`${r.cc}.${admin1Code}`) ?? ''
  return {
    id: r.id,
    name: r.name,
    ascii: r.ascii,
    alternates,
    lat: r.lat,
    lon: r.lon,
    fcode: r.fcode,
    cc: r.cc,
    admin1,
    admin2,
    population: r.population,
  }
}

/**
 * ADM1 rows for the regions created after the dump: centre of their populated places; their
 * admin1 is the region when ACLED codes it, else the region it was carved from.
 */
function newRegionRows(
  rows: readonly GazetteerRow[],
  regionOf: ReadonlyMap<GazetteerRow, string>,
  fixes: AdminFixes,
): GazetteerRow[] {
  return fixes.regions.flatMap((fix) => {
    const members = rows.filter((r) => regionOf.get(r) === fix.admin1 && r.fcode.startsWith('PPL'))
    if (members.length === 0) return []
    const lat = members.reduce((s, r) => s + r.lat, 0) / members.length
    const lon = members.reduce((s, r) => s + r.lon, 0) / members.length
    const { geonamesId: id, name, admin1: ascii, alternates, cc } = fix
    const admin1 = fix.coded ? ascii : fix.from
    return [{ id, name, ascii, alternates, lat, lon, fcode: 'ADM1', cc, admin1, admin2: '' }]
      .map((r) => ({ ...r, population: 0 }))
  })
}
