/**
 * @module
 * Nationality words of the region's countries (accent-folded), for civilians coded by their
 * nationality rather than the event's country ('Nigerien herders' killed in Mali are
 * 'Civilians (Niger)'). Only words right before the victim, or a "mainly/from …" right after it.
 */

/** [country, adjective or country name] pairs. */
export const NATIONALITIES: ReadonlyArray<readonly [string, RegExp]> = [
  ['Mali', /\b(?:malian|maliens?|malienne)s?\b|\bmali\b/],
  ['Burkina Faso', /\b(?:burkinabe|burkinabes|burkinais)\b|\bburkina faso\b|\bburkina\b/],
  ['Niger', /\b(?:nigerien|nigeriens|nigerienne)s?\b|\bniger\b/],
]

/** "Nigerien Fulani herders": up to two words between the nationality and the victim word. */
export const BEFORE_VICTIM =
  /\b([\w-]+)\s+(?:(?![\w-]*ed\b|soldiers|forces|army|troops|police|gendarmes)[\w-]+\s+){0,2}$/

/** "civilians, mainly Burkinabe", "herders coming from Mali". */
export const AFTER_VICTIM =
  /^\s*,?\s*(?:\([^)]*\)\s*)?(?:mainly|mostly|all|most of them|coming from|from|returning from)\s+([\w-]+(?:\s+faso)?)/
