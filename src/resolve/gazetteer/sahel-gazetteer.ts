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

let cached: PlaceIndex | undefined

/** The Sahel index (lazy singleton). */
export function sahelIndex(): PlaceIndex {
  cached ??= loadSahel(readFileSync(sahelFilePath(), 'utf8'))
  return cached
}

function kindOf(fcode: string): PlaceKind {
  if (fcode === 'ADM1') return 'admin1'
  if (fcode === 'ADM2' || fcode === 'ADM3') return 'admin2'
  return fcode.startsWith('PPL') ? 'populated' : 'other'
}

/** Parse the TSV (header line first) into an index. */
export function loadSahel(tsv: string): PlaceIndex {
  const index = new PlaceIndex()
  const lines = tsv.split('\n')
  for (let i = 1; i < lines.length; i++) {
    const c = (lines[i] as string).split('\t')
    if (c.length < 11) continue
    const [id, name, ascii, alts, lat, lon, fcode, cc, admin1, admin2, pop, keys, vkeys] = c as [
      string, string, string, string, string, string, string, string, string, string, string,
      string | undefined, string | undefined,
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
  }
  for (const [alias, target] of EXONYMS) {
    const known = new Set(index.lookupExact(alias))
    for (const place of [...index.lookupExact(target)]) if (!known.has(place)) index.add(place, [alias])
  }
  return index
}
