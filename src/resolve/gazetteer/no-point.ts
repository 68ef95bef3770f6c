/**
 * @module
 * Communes and localities the 2014 GeoNames dumps lack, known here by region and cercle only
 * (data/gazetteer/communes-no-point.json, hand-made from public administrative knowledge): a name
 * no gazetteer places still gets the right admin1/admin2, and keeps its empty point. In: a name as
 * written; out: its admin names, or undefined. Matched by the exact and the variant key.
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { z } from 'zod'
import { findCountry } from './countries.js'
import { foldName, foldVariant } from './fold.js'

const FileSchema = z.object({
  about: z.string().optional(),
  places: z.array(
    z.object({
      cc: z.string(),
      names: z.array(z.string()).min(1),
      admin1: z.string(),
      admin2: z.string(),
    }),
  ),
})

export interface AdminOnly {
  /** The name the list gives first: how the place is written, whatever the text's spelling. */
  readonly name: string
  readonly country: string
  readonly admin1: string
  readonly admin2: string
}

let index: Map<string, AdminOnly> | undefined

function load(): Map<string, AdminOnly> {
  const url = new URL('../../../data/gazetteer/communes-no-point.json', import.meta.url)
  const path = fileURLToPath(url)
  const file = FileSchema.parse(JSON.parse(readFileSync(path, 'utf8')))
  const out = new Map<string, AdminOnly>()
  for (const p of file.places) {
    const country = findCountry(p.cc)?.en ?? p.cc
    const admin = { name: p.names[0] ?? '', country, admin1: p.admin1, admin2: p.admin2 }
    for (const name of p.names) {
      out.set(foldName(name), admin)
      out.set(`~${foldVariant(name)}`, admin)
    }
  }
  return out
}

/** The admin names of a place known without coordinates, or undefined. */
export function adminOnly(name: string): AdminOnly | undefined {
  index ??= load()
  return index.get(foldName(name)) ?? index.get(`~${foldVariant(name)}`)
}
