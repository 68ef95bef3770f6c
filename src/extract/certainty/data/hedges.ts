/**
 * @module
 * Hedge cues (accent-folded, lower-case): words that report an event or its attribution as
 * alleged, claimed or uncertain. French conditional verb forms ("auraient", "aurait été") too.
 */
export const HEDGES: readonly RegExp[] = [
  /\b(?:reportedly|allegedly|purportedly|apparently|possibly|presumably|probably|likely)\b/,
  /\b(?:suspected|alleged|presumed|purported|believed to|thought to|said to)\b/,
  // "claimed the attack" hedges the attribution; "claimed the lives of 20" is a toll.
  /\b(?:claimed|claims?)\b(?!\s+(?:the\s+)?li(?:ves|fe)\b)/,
  /\b(?:according to (?:unconfirmed|local|unverified|some)|unconfirmed|unverified|rumou?rs?)\b/,
  /\b(?:would have|may have|might have|could have|is said|are said|were said|was said)\b/,
  /\b(?:auraient|aurait|seraient|serait|pourrait|pourraient|presumes?|presumees?|supposes?)\b/,
  /\b(?:selon des sources non confirmees|non confirme(?:e|es|s)?|revendique(?:e|es|s)?)\b/,
  /\b(?:soupconnes?|soupconnees?|vraisemblablement|probablement|apparemment)\b/,
]
