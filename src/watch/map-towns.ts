/**
 * @module
 * Reference towns for the digest map: the largest places of the shipped gazetteer (and the
 * user's imports) inside a map frame, so a dot has a named town near it. In: a frame. Out: up
 * to `max` towns, capitals first, then by population. The candidate list (capitals, seats of
 * cercles and provinces, towns of 10,000 or more) is built once per process from the
 * gazetteer of `resolve/`.
 */
import { sahelIndex } from '../resolve/gazetteer/sahel-gazetteer.js'
import type { Place } from '../resolve/gazetteer/types.js'
import type { Frame, Town } from './map-svg.js'

const RANK: Record<string, number> = { PPLC: 3, PPLA: 2, PPLA2: 1 }
let major: Place[] | undefined

function majorPlaces(): Place[] {
  if (major !== undefined) return major
  const rows = sahelIndex()
  const out: Place[] = []
  // Row 0 is the header; the columns are read before a row is parsed into a Place.
  for (let i = 1; i < rows.size; i++) {
    const cols = rows.line(i).split('\t', 11)
    const fcode = cols[6] ?? ''
    if (!fcode.startsWith('PPL')) continue
    if ((RANK[fcode] ?? 0) >= 1 || Number(cols[10]) >= 10_000) out.push(rows.place(i))
  }
  const score = (p: Place) => (RANK[p.featureCode ?? ''] ?? 0) * 1e8 + p.population
  major = out.sort((a, b) => score(b) - score(a))
  return major
}

/** The largest towns inside the frame (a small inset so labels stay on the map). */
export function referenceTowns(f: Frame, max = 6): Town[] {
  const dLat = (f.n - f.s) * 0.05
  const dLon = (f.e - f.w) * 0.05
  const inside = (p: Place) =>
    p.latitude > f.s + dLat && p.latitude < f.n - dLat &&
    p.longitude > f.w + dLon && p.longitude < f.e - dLon * 4
  const seen = new Set<string>()
  const towns: Town[] = []
  for (const p of majorPlaces()) {
    if (towns.length >= max) break
    if (!inside(p) || seen.has(p.name)) continue
    seen.add(p.name)
    towns.push({ lat: p.latitude, lon: p.longitude, name: p.name })
  }
  return towns
}
