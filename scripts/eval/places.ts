/**
 * @module
 * The place section of the ACLED dev evaluation: why the first news event's location misses.
 * Each note falls in one category — no event, no place found, a name left unresolved, the wrong
 * country, a wrong place in another or the same admin1, the right place (≤ 10 km) with the wrong
 * admin1 — and the count of gold places the gazetteer cannot reach (no entry of that name within
 * 10 km: absent from the 2014 GeoNames dumps or spelled otherwise). Console only.
 */
import type { EventRecord } from '../../src/schema/event.js'
import { sahelIndex } from '../../src/resolve/gazetteer/sahel-gazetteer.js'
import { fold, km, pct, table } from './compare.js'

export interface PlaceGold {
  readonly country: string
  readonly admin1: string
  readonly location: string
  readonly latitude: number
  readonly longitude: number
}

const CATEGORIES = [
  'ok',
  'no event',
  'no place found',
  'name unresolved',
  'wrong country',
  'wrong place, other admin1',
  'wrong place, same admin1',
  'right place, wrong admin1',
] as const
type Category = (typeof CATEGORIES)[number]

function categorise(e: EventRecord | undefined, g: PlaceGold): Category {
  if (!e) return 'no event'
  if (e.latitude === null || e.longitude === null) {
    return e.location ? 'name unresolved' : 'no place found'
  }
  const near = km(e.latitude, e.longitude, g.latitude, g.longitude) <= 10
  const admin1 = fold(e.admin1) === fold(g.admin1)
  if (near) return admin1 ? 'ok' : 'right place, wrong admin1'
  if (fold(e.country) !== fold(g.country)) return 'wrong country'
  return admin1 ? 'wrong place, same admin1' : 'wrong place, other admin1'
}

/** Whether some gazetteer entry of the gold name lies within 10 km of the gold point. */
function reachable(g: PlaceGold): boolean {
  return sahelIndex()
    .lookup(g.location)
    .some((p) => km(p.latitude, p.longitude, g.latitude, g.longitude) <= 10)
}

/** Prints the place error breakdown and `samples` examples of each miss category. */
export function printPlaceBreakdown(
  notes: ReadonlyArray<{ readonly id: string; readonly text: string; readonly gold: PlaceGold }>,
  firsts: ReadonlyArray<EventRecord | undefined>,
  samples: number,
): void {
  const byCategory = new Map<Category, string[]>(CATEGORIES.map((c) => [c, []]))
  let unreachable = 0
  notes.forEach((n, i) => {
    const e = firsts[i]
    const g = n.gold
    if (!reachable(g)) unreachable++
    const pred = e ? `${e.location || '∅'} (${e.admin1 || '?'}, ${e.country})` : '∅'
    const line = `${n.id}: pred ${pred} | gold ${g.location} (${g.admin1}, ${g.country})`
    byCategory.get(categorise(e, g))?.push(`${line}\n      ${n.text.slice(0, 160)}`)
  })
  console.log('\nplace breakdown (first news event per note):')
  table([
    ['category', 'notes', 'share'],
    ...CATEGORIES.map((c) => {
      const k = byCategory.get(c)?.length ?? 0
      return [c, String(k), pct(k, notes.length)]
    }),
    ['gold place not in gazetteer', String(unreachable), pct(unreachable, notes.length)],
  ])
  if (samples <= 0) return
  for (const c of CATEGORIES.slice(1)) {
    console.log(`\n-- places: ${c}`)
    for (const s of (byCategory.get(c) ?? []).slice(0, samples)) console.log(`  ${s}`)
  }
}
