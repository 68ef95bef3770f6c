/**
 * @module
 * Every threshold of corroboration in one place, with the reason for each value. `same-event.ts`
 * (are two reports one happening?) and `fingerprint.ts` (are two texts one story?) read them;
 * changing a number here changes which reports merge, so the tests name the rule they rely on.
 */
import type { EventType } from '../../schema/event.js'

/**
 * Days two report dates may differ by, keyed by ACLED `time_precision` (1 = exact day, 2 = week,
 * 3 = month). A pair uses the wider window of its two reports. ±1 day at precision 1 absorbs
 * "overnight" attacks and datelines written the morning after.
 */
export const DATE_WINDOW_DAYS: Readonly<Record<1 | 2 | 3, number>> = { 1: 1, 2: 7, 3: 31 }

/**
 * Kilometres two report locations may lie apart, keyed by ACLED `geo_precision` (1 = the place
 * itself, 2 = near it / its district, 3 = only the region is known). A pair uses the wider one.
 */
export const RADIUS_KM: Readonly<Record<1 | 2 | 3, number>> = { 1: 25, 2: 50, 3: 150 }

/**
 * Pairs of different event types that outlets commonly give the same happening: an ambush is a
 * battle to one and an attack on civilians or an IED strike to another. Other types must match.
 */
export const COMPATIBLE_TYPES: readonly (readonly [EventType, EventType])[] = [
  ['Battles', 'Violence against civilians'],
  ['Battles', 'Explosions/Remote violence'],
  ['Violence against civilians', 'Explosions/Remote violence'],
]

/** Actor names that say "someone" rather than who: compatible with any named actor. */
export const GENERIC_ACTOR = /^(unidentified|unknown)\b/i

/** Words per shingle of a document's text (word trigrams: robust to small edits). */
export const SHINGLE_WORDS = 3

/** MinHash signature length: the Jaccard estimate's standard error is about 1/√64 ≈ 0.06. */
export const MINHASH_SIZE = 64

/**
 * Estimated Jaccard similarity of word-trigram sets at or above which two texts are one story
 * (a wire piece republished with another headline or footer). Independent write-ups of the same
 * event share names and numbers but few trigrams: well below 0.2 in our tests.
 */
export const NEAR_DUPLICATE_JACCARD = 0.5
