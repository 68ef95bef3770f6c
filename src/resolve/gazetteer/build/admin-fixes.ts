/**
 * @module
 * The hand-made administrative corrections of data/gazetteer/admin-fixes.json (zod-checked):
 * the Malian regions created in 2016 (Ménaka from the former Ménaka cercle of Gao, Taoudénit
 * from the far north of Tombouctou) and the few places the 2014 dumps file under the wrong
 * region. In: a derived row's country, names, point, feature code and 2014 admin names; out: the
 * admin1/admin2 to ship, and the new region it lies in (for the synthetic ADM1 rows). Pure.
 */
import { z } from 'zod'
import { foldName } from '../fold.js'
import { distanceKm } from '../geo.js'

const RegionFix = z.object({
  cc: z.string(),
  /** ACLED's ascii name of the region. */
  admin1: z.string(),
  /** Its name and GeoNames id, for the synthetic ADM1 row. */
  name: z.string(),
  geonamesId: z.string(),
  alternates: z.array(z.string()),
  from: z.string(),
  /** Places of this 2014 cercle (nearest seat) belong to the region. */
  oldCercle: z.string().optional(),
  /** Places of `from` at or north of this latitude belong to the region. */
  minLat: z.number().optional(),
  cercles: z.array(z.string()),
  /** Whether ACLED's data uses the new region as admin1 (else the places keep `from`). */
  coded: z.boolean(),
})

const PlaceFix = z.object({
  cc: z.string(),
  name: z.string(),
  near: z.tuple([z.number(), z.number()]),
  km: z.number().positive(),
  admin1: z.string(),
  admin2: z.string(),
  why: z.string(),
})

export const AdminFixesSchema = z.object({
  about: z.string().optional(),
  regions: z.array(RegionFix),
  places: z.array(PlaceFix),
})
export type AdminFixes = z.infer<typeof AdminFixesSchema>

export const NO_FIXES: AdminFixes = { regions: [], places: [] }

export interface AdminInput {
  readonly cc: string
  readonly names: readonly string[]
  readonly lat: number
  readonly lon: number
  readonly fcode: string
  readonly admin1: string
  readonly admin2: string
}

export interface AdminOutput {
  readonly admin1: string
  readonly admin2: string
  /** The post-2016 region the place lies in, whether ACLED codes it or not. */
  readonly region?: string
}

function inRegion(r: AdminInput, fix: z.infer<typeof RegionFix>): boolean {
  if (r.cc !== fix.cc || r.admin1 !== fix.from || r.fcode === 'ADM1' || r.fcode === 'ADM2') {
    return false
  }
  if (fix.oldCercle !== undefined && foldName(r.admin2) === foldName(fix.oldCercle)) return true
  return fix.minLat !== undefined && r.lat >= fix.minLat
}

/** The admin names to ship for one derived row. */
export function fixAdmin(r: AdminInput, fixes: AdminFixes): AdminOutput {
  const keys = new Set(r.names.map(foldName))
  for (const p of fixes.places) {
    const near = distanceKm(r.lat, r.lon, p.near[0], p.near[1]) <= p.km
    if (p.cc === r.cc && near && keys.has(foldName(p.name))) {
      return { admin1: p.admin1, admin2: p.admin2 }
    }
  }
  const region = fixes.regions.find((fix) => inRegion(r, fix))
  if (!region) return { admin1: r.admin1, admin2: r.admin2 }
  const admin1 = region.coded ? region.admin1 : r.admin1
  return { admin1, admin2: r.admin2, region: region.admin1 }
}
