/**
 * @module
 * Background cues (accent-folded): phrases that place an event in the past of the story
 * ("since 2012", "depuis 2015"), used with dates to tag tier 'context'.
 */
export const SINCE_YEAR =
  /\b(?:since|depuis|as early as|back in|des)\s+(?:(?:early|late|mid|the end of|la fin de|debut)\s+)?(?:[\w'’-]+\s+){0,2}(?:19|20)\d\d\b/

/** A date older than this many days before publication is background. */
export const CONTEXT_DAYS = 60

/**
 * Right before an event's cue, a pluperfect: "Militants had kidnapped …", "avaient été tuées":
 * told as what happened before the story's news.
 */
export const PLUPERFECT_BEFORE =
  /\b(?:had|avai(?:en)?t)\s+(?:(?:already|previously|earlier|deja|auparavant)\s+)?(?:(?:been|ete)\s+)?$/

/**
 * Before a pluperfect in its sentence: reported speech ("said fighters had ambushed", "it was
 * reported that … had killed") or a relative clause ("men who had been abducted"), where the
 * pluperfect only shifts the tense of what is told.
 */
export const SHIFTED_BEFORE =
  /\b(?:said|says|say|told|tell|reported|reports|claimed|claiming|claims|according|stated|announced|added|explained|alleged|confirmed|denied|accused|learned|that|who|whom|which|whose|selon|declare|indique|affirme|explique|annonce|precise|qui|que|dont|lequel|laquelle|lesquels)\b/

/** A preposition that names the cause of what the clause before it tells. */
export const CAUSE_PREP =
  /\b(?:following|in the wake of|in response to|suite a(?:ux?)?|a la suite d\w*)\b/

/**
 * An event named as the cause of the sentence's main clause: "Russia delivered aid to the army
 * following a deadly attack on …", "l'armée a renforcé son dispositif suite à l'abandon de
 * …". Two words without a comma before the preposition (a fronted "On Monday, following …" tells
 * the event itself).
 */
export const CAUSE_OF_NEWS = new RegExp(
  String.raw`[\w'’-]+\s+[\w'’-]+\s*["«“]?\s*${CAUSE_PREP.source}\s+["«“]?[\w\s'’-]{0,40}$`,
)

/**
 * A finite verb in the main clause before a cause phrase (an -ed form or an auxiliary): a
 * verbless lead ("Local disturbances in Tessit following the arrest of …") names its own event.
 */
export const FINITE_VERB =
  /\b(?:\w{3,}ed|was|were|is|are|has|have|had|will|would|did|took|gave|sent|met|held|began|came|went|made|brought|ont|avait|avaient|est|sont|etait|etaient|sera|seront)\b/

/** Reported speech told after the clause: ", officials said", "according to the army". */
export const SPEECH_AFTER =
  /\b(?:said|says|told|reported|claimed|stated|announced|added|according to|a declare|ont declare|a indique|selon|affirme\w*|a precise)\b/

/** A photo caption ("In this photo taken on Friday, …", "FILE - …"): an illustration, not news. */
export const PHOTO_CAPTION =
  /^\W*(?:in this (?:file )?(?:photo|picture|image)|this (?:file )?(?:photo|picture|image)|(?:file )?photo\s*:|file\s*[-–—]|sur cette (?:photo|image)|photo d'archives)/
