/**
 * @module
 * The place that locates a name right after it: 'the X area near Y', 'X, 20 km from Y', 'X (Y)',
 * 'X, Y', 'X between Y and Z'. The text says where X is, so among X's same-name candidates the one
 * by Y (or inside the cercle Y) is meant: that outweighs anchors elsewhere in the text and the
 * region prior. In: the text, the mentions, the first-pass places and the qualifier flags; out:
 * per mention its locator place (or undefined), and the bonus a candidate gets from it.
 */
import { distanceKm } from './geo.js'
import { cueBefore } from './place-cues.js'
import type { Place, PlaceMention } from './types.js'

/** Only a name within a short stretch of the same clause locates the one before it. */
const MAX_GAP = 40
const BREAK = /[.;!?]/
/** Heading somewhere or a road locates nothing: 'X, on the way to Y', 'X, axis Y-Z'. */
const HEADING = /\b(?:towards?|vers|en route|on the way|road|route|axis|axe|from|de)\b/i
/** Bearings ('20 km from', 'à 20 km de') do locate: their from/de is no heading. */
const BEARING = /\d+\s*(?:km|kms|kilom\w*|miles?)\s+(?:\w+\s+)?(?:of|from|de|du)\b/gi
const NEAR_KM = 60
const AROUND_KM = 150
export const LOCATOR_BONUS = 5

/** For each mention, the first-pass place of the name that locates it right after it. */
export function locators(
  text: string,
  mentions: readonly PlaceMention[],
  first: readonly (Place | null)[],
  isQualifier: readonly boolean[],
): (Place | undefined)[] {
  return mentions.map((m, k) => {
    const next = mentions[k + 1]
    const place = first[k + 1]
    if (!next || !place || place.kind === 'country' || next.loose) return undefined
    const cue = cueBefore(text, next.start)
    if (cue === 'near' || cue === 'relative') return place
    // 'Douna, Mopti': a name that is also a region or cercle names the area (disambiguate.ts)
    if (next.candidates.some((c) => c.kind === 'admin1' || c.kind === 'admin2')) return undefined
    const gap = text.slice(m.end, next.start)
    if (gap.length > MAX_GAP || BREAK.test(gap) || HEADING.test(gap.replace(BEARING, ' '))) {
      return undefined
    }
    return isQualifier[k + 1] ? place : undefined
  })
}

/** The bonus of candidate `c` for lying by (or inside) its locator. */
export function locatorBonus(c: Place, locator: Place | undefined): number {
  if (!locator || c === locator) return 0
  if (locator.kind === 'admin1') return c.admin1 === locator.admin1 ? LOCATOR_BONUS : 0
  if (locator.kind === 'admin2') return c.admin2 === locator.admin2 ? LOCATOR_BONUS : 0
  const km = distanceKm(c.latitude, c.longitude, locator.latitude, locator.longitude)
  return km <= NEAR_KM ? LOCATOR_BONUS : km <= AROUND_KM ? LOCATOR_BONUS / 2 : 0
}
