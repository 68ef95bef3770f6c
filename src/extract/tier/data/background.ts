/**
 * @module
 * Background cues (accent-folded): phrases that place an event in the past of the story
 * ("since 2012", "depuis 2015"), used with dates to tag tier 'context'.
 */
export const SINCE_YEAR =
  /\b(?:since|depuis|as early as|back in|des)\s+(?:(?:early|late|mid|the end of|la fin de|debut)\s+)?(?:[\w'’-]+\s+){0,2}(?:19|20)\d\d\b/

/** A date older than this many days before publication is background. */
export const CONTEXT_DAYS = 60
