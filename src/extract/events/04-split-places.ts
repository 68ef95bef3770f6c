/**
 * @module
 * Pass 4: one event per place. ACLED codes an event per location, so "demonstrations took place
 * in Kayes, Sikasso and Koutiala" or "les postes de Boulikessi et Mondoro ont été attaqués"
 * become one event for each place. A list needs "and"/"et" before its last item; "between A and
 * B" (a road between two towns) and "Town, Region" are not lists. A name no gazetteer knows
 * may be listed beside a known one: its event keeps the name and no point (05 keeps it apart).
 */
import type { PlaceMention } from '../../resolve/gazetteer/index.js'

const JOINER = /^\s*(?:,|,?\s*(?:and|et|as well as|ainsi que)|;)\s*$/
const LAST_JOINER = /\b(?:and|et|as well as|ainsi que)\s*$/
const NOT_A_LIST =
  /\b(?:between|entre|from|de|du|axis|axe|road|route|near|pres de|linking|reliant)\s+(?:the\s+|la\s+|le\s+)?$/

/** The places listed side by side in `folded[from, to)`, or null when there is no such list. */
export function placeList(
  folded: string,
  places: readonly PlaceMention[],
  from: number,
  to: number,
): PlaceMention[] | null {
  // A name no gazetteer knows may be listed ('in Kelbassoro and Mondoro') beside a known one.
  const inside = places.filter((p) => p.start >= from && p.end <= to)
  for (let i = 0; i < inside.length; i++) {
    const run: PlaceMention[] = [inside[i] as PlaceMention]
    for (let j = i + 1; j < inside.length; j++) {
      const prev = run[run.length - 1] as PlaceMention
      const next = inside[j] as PlaceMention
      if (!JOINER.test(folded.slice(prev.end, next.start))) break
      run.push(next)
    }
    if (run.length < 2 || run.every((p) => p.candidates.length === 0)) continue
    const first = run[0] as PlaceMention
    const last = run[run.length - 1] as PlaceMention
    const beforeLast = folded.slice((run[run.length - 2] as PlaceMention).end, last.start)
    if (!LAST_JOINER.test(beforeLast)) continue
    if (NOT_A_LIST.test(folded.slice(Math.max(from, first.start - 30), first.start))) continue
    return run
  }
  return null
}
