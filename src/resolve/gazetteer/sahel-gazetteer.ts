/**
 * @module
 * The shipped Sahel gazetteer (data/gazetteer/sahel.tsv, GeoNames ML/BF/NE, CC BY 4.0), loaded
 * once on first use into a `PlaceIndex`, with the exonyms of exonyms.ts folded in.
 */
import { readFileSync } from 'node:fs'
import { COUNTRY_BY_CODE } from './countries.js'
import { EXONYMS } from './exonyms.js'
import { PlaceIndex } from './place-index.js'
import { sahelFilePath } from './sahel-file.js'
import type { Place, PlaceKind } from './types.js'

interface Sahel {
  readonly index: PlaceIndex
  /** 'Mali|Mopti' → Mopti town; 'Burkina Faso|Sahel|Soum' → Djibo. */
  readonly seats: ReadonlyMap<string, Place>
}

let cached: Sahel | undefined

function sahel(): Sahel {
  cached ??= loadSahel(readFileSync(sahelFilePath(), 'utf8'))
  return cached
}

/** The Sahel index (lazy singleton). */
export function sahelIndex(): PlaceIndex {
  return sahel().index
}

/**
 * The town ACLED codes an area-only event at: the capital of a region (admin1), the seat of a
 * cercle or province (admin2). Undefined when unknown.
 */
export function seatOf(place: Place): Place | undefined {
  if (place.kind === 'admin1') return sahel().seats.get(`${place.country}|${place.admin1}`)
  if (place.kind === 'admin2') {
    return sahel().seats.get(`${place.country}|${place.admin1}|${place.admin2}`)
  }
  return undefined
}

const SEAT_RANK: Record<string, number> = { PPLC: 4, PPLA: 3, PPLA2: 2 }

function seatRank(p: Place, areaName: string): number {
  // names here are the ascii names of the file: a case-insensitive compare is enough
  const named = p.name.toLowerCase() === areaName.toLowerCase() ? 1 : 0
  return (SEAT_RANK[p.featureCode ?? ''] ?? 0) * 2 + named + p.population / 1e9
}

function addSeat(seats: Map<string, Place>, key: string, areaName: string, p: Place): void {
  const old = seats.get(key)
  const rank = seatRank(p, areaName)
  if (rank < 1) return
  if (!old || rank > seatRank(old, areaName)) seats.set(key, p)
}

function kindOf(fcode: string): PlaceKind {
  if (fcode === 'ADM1') return 'admin1'
  if (fcode === 'ADM2' || fcode === 'ADM3') return 'admin2'
  return fcode.startsWith('PPL') ? 'populated' : 'other'
}

/** Parse the TSV (header line first) into an index. */
export function loadSahel(tsv: string): Sahel {
  const index = new PlaceIndex()
  const seats = new Map<string, Place>()
  const lines = tsv.split('\n')
  for (let i = 1; i < lines.length; i++) {
    const c = (lines[i] as string).split('\t')
    if (c.length < 11) continue
    const [id, name, ascii, alts, lat, lon, fcode, cc, admin1, admin2, pop, keys, vkeys] = c as [
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      string | undefined,
      string | undefined,
    ]
    const place: Place = {
      id,
      name: ascii,
      country: COUNTRY_BY_CODE.get(cc)?.en ?? cc,
      admin1,
      admin2,
      latitude: Number(lat),
      longitude: Number(lon),
      kind: kindOf(fcode),
      population: Number(pop) || 0,
      featureCode: fcode,
      source: 'sahel',
    }
    if (keys !== undefined && vkeys !== undefined) {
      index.addKeys(place, keys.split('|'), vkeys ? vkeys.split('|') : [])
    } else index.add(place, [name, ascii, ...(alts ? alts.split('|') : [])])
    if (place.kind === 'populated') {
      const capital = SEAT_RANK[fcode] !== undefined
      if (capital || ascii === admin1) addSeat(seats, `${place.country}|${admin1}`, admin1, place)
      if (capital || ascii === admin2)
        addSeat(seats, `${place.country}|${admin1}|${admin2}`, admin2, place)
    }
  }
  for (const [alias, target] of EXONYMS) {
    const known = new Set(index.lookupExact(alias))
    for (const place of [...index.lookupExact(target)])
      if (!known.has(place)) index.add(place, [alias])
  }
  return { index, seats }
}
