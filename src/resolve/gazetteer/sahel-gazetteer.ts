/**
 * @module
 * The shipped Sahel gazetteer (data/gazetteer/sahel.tsv, GeoNames ML/BF/NE, CC BY 4.0): a lazy
 * singleton loaded on first use, with the exonyms of exonyms.ts folded in, and the seat of each
 * region and cercle (the town ACLED codes an area-only event at), found on first need. The
 * places the user imported (user-gazetteer.ts) are read at that same first use and indexed after
 * the bundled ones: they add candidates, they replace none.
 */
import { readFileSync } from 'node:fs'
import { EXONYMS } from './exonyms.js'
import { distanceKm } from './geo.js'
import { sahelFilePath } from './sahel-file.js'
import { SahelRows } from './sahel-rows.js'
import type { Place } from './types.js'
import { loadUserGazetteer, type UserGazetteer } from './user-gazetteer.js'

let cached: SahelRows | undefined
let seats: Map<string, Place> | undefined

/** The Sahel index (lazy singleton). */
export function sahelIndex(): SahelRows {
  cached ??= loadSahel(readFileSync(sahelFilePath(), 'utf8'), loadUserGazetteer())
  return cached
}

/** Forget the loaded index, so the next lookup reads the files again (after an import). */
export function reloadGazetteer(): void {
  cached = undefined
  seats = undefined
}

/** Index the TSV text (and the user's imported rows) and add the exonyms. */
export function loadSahel(tsv: string, user?: UserGazetteer): SahelRows {
  const rows = new SahelRows(tsv, user)
  for (const [alias, target] of EXONYMS) rows.alias(alias, target)
  return rows
}

/**
 * The town ACLED codes an area-only event at: the capital of a region (admin1), the seat of a
 * cercle or province (admin2). Undefined when unknown.
 */
export function seatOf(place: Place): Place | undefined {
  seats ??= findSeats(sahelIndex())
  if (place.kind === 'admin1') return seats.get(`${place.country}|${place.admin1}`)
  if (place.kind === 'admin2') return seats.get(`${place.country}|${place.admin1}|${place.admin2}`)
  return undefined
}

const SEAT_RANK: Record<string, number> = { PPLC: 4, PPLA: 3, PPLA2: 2 }

/** Among equals, the town nearest the area's own point (same-name villages of one cercle). */
function seatRank(p: Place, areaName: string, area?: Place): number {
  // names here are the ascii names of the file: a case-insensitive compare is enough
  const named = p.name.toLowerCase() === areaName.toLowerCase() ? 1 : 0
  const km = area ? distanceKm(p.latitude, p.longitude, area.latitude, area.longitude) : 0
  return (SEAT_RANK[p.featureCode ?? ''] ?? 0) * 2 + named + p.population / 1e9 - km / 1e5
}

function addSeat(found: Map<string, Place>, key: string, areaName: string, p: Place): void {
  const old = found.get(key)
  const area = areas?.get(key)
  if (!old || seatRank(p, areaName, area) > seatRank(old, areaName, area)) found.set(key, p)
}

let areas: Map<string, Place> | undefined

/** Whether `place` is the seat of its region or cercle (the town an area-only event is coded at). */
export function isSeat(place: Place): boolean {
  seats ??= findSeats(sahelIndex())
  const key = `${place.country}|${place.admin1}|${place.admin2}`
  return seats.get(key) === place || seats.get(`${place.country}|${place.admin1}`) === place
}

/** Capitals (PPLC, PPLA, PPLA2) and towns named like their area, best ranked per area. */
function findSeats(rows: SahelRows): Map<string, Place> {
  const found = new Map<string, Place>()
  areas = new Map()
  for (let i = 1; i < rows.size; i++) {
    const fcode = rows.line(i).split('\t', 7)[6]
    if (fcode !== 'ADM1' && fcode !== 'ADM2') continue
    const p = rows.place(i)
    areas.set([p.country, p.admin1, ...(fcode === 'ADM2' ? [p.admin2] : [])].join('|'), p)
  }
  for (let i = 1; i < rows.size; i++) {
    const [, , ascii, , , , fcode, , admin1, admin2] = rows.line(i).split('\t', 10)
    if (!fcode?.startsWith('PPL') || !admin1) continue
    const capital = SEAT_RANK[fcode] !== undefined
    if (!capital && ascii !== admin1 && ascii !== admin2) continue
    const place = rows.place(i)
    const country = place.country
    if (capital || ascii === admin1) addSeat(found, `${country}|${admin1}`, admin1, place)
    if (admin2 && (capital || ascii === admin2)) {
      addSeat(found, `${country}|${admin1}|${admin2}`, admin2, place)
    }
  }
  return found
}
