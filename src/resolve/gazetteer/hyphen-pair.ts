/**
 * @module
 * 'X-Y': two places joined by a hyphen (the two ends of a road: 'the Gao-Gossi road', 'axis
 * Aguelhok-Tessalit', 'the Dogofri-Diabaly area') or one compound name whose second part happens
 * to be a place elsewhere ('between Gomso-Baroua and Toumotogoro': the first end of a 'between',
 * so one name). In: the text and the span of the whole 'X-Y'; out: 'pair', 'one' (a compound
 * name), or 'unsure' (no context says: 'Gabero-Zinda' is a commune and its village, 'Kologon-Habe'
 * one name), where the part Y is only a guess.
 */

import { slipLookup } from './fuzzy.js'
import { sahelIndex } from './sahel-gazetteer.js'
import type { PlaceMention } from './types.js'

const ROAD_BEFORE = /\b(?:axis|axe|road|route|highway)\s+(?:the\s+|l['’])?$/i
const BETWEEN_BEFORE = /\b(?:between|entre)\s+(?:the\s+|l['’])?$/i
/** 'between X-Y and Z': X-Y is the first end, so one name. */
const AND_AFTER = /^\s*(?:and|et|&)\s/i
const AREA_AFTER = /^\s+(?:area|zone|vicinity)\b/i
const ROAD_AFTER = /^\s+(?:road|axis|highway|route|area|zone|vicinity|corridor)\b/i

export type HyphenReading = 'pair' | 'one' | 'unsure'

/** How to read 'X-Y' in `text[start, end)`. */
export function readHyphen(text: string, start: number, end: number): HyphenReading {
  const before = text.slice(Math.max(0, start - 20), start)
  const after = text.slice(end, end + 16)
  if (ROAD_BEFORE.test(before) || ROAD_AFTER.test(after)) return 'pair'
  if (!BETWEEN_BEFORE.test(before)) return 'unsure'
  return AND_AFTER.test(after) ? 'one' : 'pair'
}

/**
 * Whether an unknown 'X-Y' splits into X and Y: always in a road or axis context (even when Y is
 * unknown too: 'the road between Tessit-Keygouroutane'); else, with Y a known place, unless the
 * context makes it one name or the whole is one slip from a known compound ('Ouroi-Nema').
 */
export function splitsAt(text: string, start: number, end: number, known: boolean): boolean {
  const reading = readHyphen(text, start, end)
  // 'the Goma-Coura area' is one name: only a road joins two unknown ends
  if (!known) return reading === 'pair' && !AREA_AFTER.test(text.slice(end, end + 16))
  if (reading !== 'unsure') return reading === 'pair'
  return slipLookup(text.slice(start, end), (k) => sahelIndex().byVariantKey(k)).length === 0
}

/** The Y (`text[start, end)`) of an unknown 'X-Y' (X is `prev`) that no context makes a pair. */
export function guessedPart(
  text: string,
  prev: PlaceMention | undefined,
  start: number,
  end: number,
): boolean {
  if (!prev || prev.candidates.length > 0 || text.slice(prev.end, start) !== '-') return false
  return readHyphen(text, prev.start, end) === 'unsure'
}
