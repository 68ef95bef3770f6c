/**
 * @module
 * Pass 4: one event per place. ACLED codes an event per location, so "demonstrations took place
 * in Kayes, Sikasso and Koutiala" or "les postes de Boulikessi et Mondoro ont été attaqués"
 * become one event for each place. A list needs "and"/"et" before its last item; "between A and
 * B" (a road between two towns) and "Town, Region" are not lists. A name no gazetteer knows
 * may be listed beside a known one: its event keeps the name and no point (05 keeps it apart).
 * Targets listed with their places ("attacks targeted a boat on the river and the army post in
 * Bamba") are a list too; `listItems` gives each item's stretch of text, so that the actors named
 * in one item (the army of the post) are not the target of the other's event.
 */
import type { PlaceMention } from '../../resolve/gazetteer/index.js'
import { TARGET_JOINER } from './data/targets.js'

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
    let targets = false
    for (let j = i + 1; j < inside.length; j++) {
      const prev = run[run.length - 1] as PlaceMention
      const next = inside[j] as PlaceMention
      const gap = folded.slice(prev.end, next.start)
      const target = TARGET_JOINER.test(gap)
      if (!JOINER.test(gap) && !target) break
      targets ||= target
      run.push(next)
    }
    if (run.length < 2 || run.every((p) => p.candidates.length === 0)) continue
    const first = run[0] as PlaceMention
    const last = run[run.length - 1] as PlaceMention
    const beforeLast = folded.slice((run[run.length - 2] as PlaceMention).end, last.start)
    if (!LAST_JOINER.test(beforeLast) && !TARGET_JOINER.test(beforeLast)) continue
    // 'near A and B' may be one place between two; 'a boat near A and the post in B' is two.
    if (!targets && NOT_A_LIST.test(folded.slice(Math.max(from, first.start - 30), first.start)))
      continue
    return run
  }
  return null
}

/**
 * The stretch of text of each listed item: from the end of the item before to the end of its
 * place. The first starts at `itemStart` (where its target begins) when the items name targets;
 * in a plain list ("two army posts in A and B") the words before the first place are shared.
 */
export function listItems(
  folded: string,
  list: readonly PlaceMention[],
  itemStart: number,
): Array<{ start: number; end: number }> {
  const targets = list.some(
    (p, i) => i > 0 && TARGET_JOINER.test(folded.slice((list[i - 1] as PlaceMention).end, p.start)),
  )
  return list.map((p, i) => ({
    start:
      i > 0 ? (list[i - 1] as PlaceMention).end : targets ? Math.min(itemStart, p.start) : p.start,
    end: p.end,
  }))
}
