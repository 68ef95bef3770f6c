/**
 * @module
 * A sanity check on the chosen place: the text often locates it by another name ('X near Y',
 * 'X (Y)', 'X, Y', 'X in Y cercle'). When our X does not fit that Y (too far, or outside the
 * named area), our X is a homonym or a wrong spelling match, and the event is coded at Y, as
 * ACLED does for a village missing from its gazetteer.
 */
import type { ResolvedMention } from './disambiguate.js'
import { foldName } from './fold.js'
import { distanceKm } from './geo.js'

const CONTRADICTION_KM = 60
const QUALIFIER_KM = 150
const GUESS_KM = 20
/** How far a place may lie from the distance the text states ('40 km north of Kidal'). */
const STATED_MARGIN_KM = 25
const STATED_KM = /(\d+(?:[.,]\d+)?)\s*(km|kms|kilom|mi)/i
/** Only a name right after the chosen one, in the same sentence, locates it. */
const ADJACENT_CHARS = 40

/** Heading somewhere is no location: 'the exit of the town towards Menaka'. */
const LIST = /^\s*(?:,|and|et|&)\s*$/

const HEADING = /\b(?:towards?|vers|en route to|on the way to|road to)\s*$/i

/**
 * The place the text locates the chosen one by ('X near Y', 'X (Y)', 'X, Y', 'X in Y cercle')
 * when our X does not fit it: then our X is a homonym (or the wrong spelling match) and the
 * event is coded at Y, as ACLED does for a village missing from its gazetteer.
 */
export function contradictedBy(
  text: string,
  chosen: ResolvedMention,
  resolved: readonly ResolvedMention[],
): ResolvedMention | undefined {
  const next = resolved[resolved.indexOf(chosen) + 1]
  const x = chosen.place
  const y = next?.place
  if (!x || !y || !next || x.kind === 'country' || x.kind === 'admin1') return undefined
  const named = foldName(next.mention.text)
  const inside = foldName(x.admin1) === named || foldName(x.admin2) === named
  const near = next.cue === 'near' && !HEADING.test(text.slice(0, next.mention.start))
  // 'Timbuktu, Gao, Kidal and Menaka' is a list, not a place and its qualifier
  const after = resolved[resolved.indexOf(next) + 1]
  if (!near && after && LIST.test(text.slice(next.mention.end, after.mention.start)))
    return undefined
  // 'X in Tenenkou Cercle', 'X (Mopti region)': a named area, by its word or by its name
  const areaWord = next.admin === 'cercle' || next.admin === 'region'
  const area = (areaWord || y.kind === 'admin1' || y.kind === 'admin2') && y.kind !== 'populated'
  const gap = text.slice(chosen.mention.end, next.mention.start)
  const adjacent = gap.length <= ADJACENT_CHARS && !/[.!?;]/.test(gap)
  // 'X, 40 km north of Y': X must lie about that far from Y
  const stated = STATED_KM.exec(gap)
  // a stated distance is from the town, not from the cercle named like it
  const within = inside && !(stated && next.cue === 'relative' && y.kind === 'populated')
  if (!adjacent || !(near || stated || next.qualifier || area) || within || y.kind === 'country') {
    return undefined
  }
  // a named area: X must lie in it
  if (y.kind === 'admin1') return x.admin1 === y.admin1 ? undefined : next
  if (y.kind === 'admin2') return x.admin2 === y.admin2 || x.admin1 === y.admin1 ? undefined : next
  // a town: X must be near it ('X (Y)' often names Y's cercle, hence the wider margin)
  const km = distanceKm(x.latitude, x.longitude, y.latitude, y.longitude)
  if (stated && next.cue === 'relative') {
    const d = Number(stated[1]?.replace(',', '.')) * (/^mi/i.test(stated[2] ?? '') ? 1.6 : 1)
    return Math.abs(km - d) > Math.max(STATED_MARGIN_KM, d * 0.6) ? next : undefined
  }
  // a spelling guess must lie close to the place that locates it
  const limit = chosen.mention.loose === 'slip' ? GUESS_KM : near ? CONTRADICTION_KM : QUALIFIER_KM
  return km > limit ? next : undefined
}
