/**
 * @module
 * Cues that narrate no event of the day (accent-folded, English and French): hypotheticals and
 * futures ("would take him", "pourrait attaquer"), intentions and threats ("threatened to attack",
 * "called for a march"), habits and trends ("recurring attacks", "are fighting"), background
 * spans ("have fought in the north since 2011", "for five years") and comparisons ("the deadliest
 * since the attack in X"). Read by `unreal.ts` on the clause to the left of a cue.
 */
import { wordsRe } from '../../text/lexicon.js'

/** A modal that governs the rest of its clause ("could threaten", "would wage", "must march"). */
export const MODAL =
  /\b(?:can(?:not)?(?=\s+be\b)|would|could|will|shall|should|must|won['’]t|['’]ll|pourr(?:a|ai|ait|aient|ont)|devr(?:a|ait|aient|ont)|doi(?:t|vent) (?=\w+er\b))(?!\s+(?:not\s+|pas\s+)?(?:have|avoir|ete)\b)/

/** "may attack": may/might directly before the cue (not "may have attacked", a hedged fact). */
export const MAY_DIRECT = /\b(?:may|might)\s+(?:\w+ly\s+)?(?:not\s+)?$/

/** Intentions, threats, calls and purposes: what follows has not happened. */
export const INTENT = wordsRe([
  String.raw`threat(?:en\w*)?(?: \w+)? to`,
  String.raw`threats? of`,
  String.raw`plan(?:s|ned|ning)? to`,
  String.raw`plans? (?:for|of)`,
  String.raw`prepar(?:e|es|ed|ing) (?:to|for)`,
  String.raw`ready to`,
  String.raw`readiness to`,
  String.raw`vow(?:s|ed)? to`,
  String.raw`want(?:s|ed)? (?:\w+ )?to`,
  String.raw`intend(?:s|ed)? to`,
  String.raw`call(?:s|ed|ing)? (?:for|on \w+(?: \w+)? to)`,
  String.raw`urg(?:e|es|ed|ing) \w+(?: \w+)? to`,
  String.raw`seek(?:s|ing)? to`,
  String.raw`in order to`,
  String.raw`so as to`,
  String.raw`protect\w* (?:\w+ ){0,4}(?:from|against)`,
  String.raw`fears? (?:of|that)`,
  String.raw`risk of`,
  String.raw`pretext`,
  String.raw`under the guise of`,
  String.raw`in the coming (?:days|weeks|months)`,
  String.raw`menac\w* d(?:e|['’])`,
  String.raw`menaces? d(?:e|['’])`,
  String.raw`pret\w* a`,
  String.raw`envisag\w* d(?:e|['’])`,
  String.raw`projet\w* d(?:e|['’])`,
  String.raw`appel\w* (?:a|au|aux)`,
  String.raw`afin d(?:e|['’])`,
  String.raw`en vue d(?:e|['’])`,
  String.raw`sous pretexte`,
  String.raw`risque d(?:e|['’])`,
])

/** Habits and trends a few words before a cue: "recurring attacks", "continue to attack". */
export const HABIT = wordsRe([
  String.raw`recurr\w*`,
  String.raw`repeated`,
  String.raw`regular(?:ly)?`,
  String.raw`frequent(?:ly)?`,
  String.raw`often`,
  String.raw`routinely`,
  String.raw`usually`,
  String.raw`constant(?:ly)?`,
  String.raw`continu\w* to`,
  String.raw`increasing`,
  String.raw`regulierement`,
  String.raw`souvent`,
  String.raw`frequemment`,
])

/** A present "to be" right before a cue: "are fighting", "is still occupied", "are deployed". */
export const PRESENT_BE = /\b(?:are|is|am|['’]re)\s+(?:still\s+|now\s+|currently\s+|also\s+)?$/

/** A span of years or the past ("since 2011", "for five years", "depuis des annees"). */
export const SPAN_OF_YEARS =
  /\b(?:since (?:(?:early |late |mid-?)?\d{4}|the \d{4}s)|(?:since|for|over|in) (?:the )?(?:(?:past|last|recent) )?(?:\w+ )?(?:years|decades?)|recent years|a decade ago|depuis (?:\d{4}|des annees|plusieurs annees|\w+ ans|une decennie)|ces dernieres annees)\b/

/** A superlative that, with "since" in its clause, compares with an earlier event. */
export const SUPERLATIVE =
  /\b(?:deadliest|bloodiest|worst|largest|biggest|most (?:deadly|serious)|(?:le|la) plus (?:meurtri\w*|grave|sanglant\w*))\b/

/** "since the attack in Solhan", "depuis l'attaque de …": the cue names the earlier event. */
export const SINCE_THE = /\b(?:since|depuis)\s+(?:the\s+|l['’]\s*|la\s+|le\s+)(?:[\w-]+\s+)?$/

/** Sentence openings of a conditional: "If we wanted, …", "S'ils attaquent, …". */
export const CONDITIONAL = /^\W*(?:if|unless|should they|si|s['’]ils?|a moins qu)\b/

/** A sentence about what is to come: "in the coming days", "dans les prochains jours". */
export const FUTURE =
  /\b(?:in the (?:coming|next few) (?:days|weeks|months)|dans les (?:prochains|prochaines) (?:jours|semaines|mois))\b/

/** A tally over recent weeks, told in the perfect: "have died in the past two months". */
export const TALLY_OF_WEEKS =
  /\b(?:have|has|ont|a) (?:\w+ ){0,3}(?:in|over|during|au cours des) (?:the )?(?:past|last|\w+ )?(?:\w+ )?(?:weeks|months|derni\w+ (?:semaines|mois))\b|\bsince the (?:start|beginning) of the year\b/

/** A participant who speaks: "one demonstrator told Le Monde" quotes, it tells no new event. */
export const SPEAKER_NOUN = /^(?:protesters?|demonstrators?|marchers?|manifestants?|protestataires?)$/
export const SPEECH_AFTER =
  /^\s*(?:[\w'’-]+\s+){0,2}(?:said|says|told|tells|explained|added|declared|shouted|chanted|a (?:dit|declare|explique|affirme|lance)|explique|affirme|declare|lance)\b/

/** "… said at the protest": speech placed at an event already told. */
export const SPOKEN_AT =
  /\b(?:said|says|told|added|explained|declared|a (?:dit|declare|affirme|explique))\s+(?:at|during|lors d[eu']|pendant)\s*(?:the\s+|la\s+|le\s+|l['’]\s*)?$/

/** A threat or sanction named as what a speaker denounced: the speech, not a new act. */
export const DENOUNCED =
  /\b(?:denounc|condemn|critici[sz]|reject|deplor|denonc|condamn|rejet|fustig)\w*\s+(?:[\w'’-]+\s+){0,5}$/
