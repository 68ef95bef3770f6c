/**
 * @module
 * Clause boundaries and discourse markers for event segmentation (accent-folded).
 */

import { wordsRe } from '../../text/lexicon.js'
/** Where a sentence splits into clauses that may be separate events. */
export const CLAUSE_SPLIT =
  /;\s+|\s+(?:meanwhile|in another incident|in a separate incident|separately|elsewhere|dans un autre incident|par ailleurs|ailleurs|au meme moment)\b/g

/**
 * Soft clause boundaries inside a sentence: "…clashed in Boni | and an army convoy was ambushed
 * near Hombori", "attacked the village | and later abducted two teachers", "| while in Gao, …".
 * The part after one starts another event only when segmentation says so (another place, a
 * later act of another kind); otherwise it stays in the clause before it.
 */
export const SOFT_SPLIT =
  /,?\s+(?=(?:and|et)\s+(?:(?:later|then|afterwards|subsequently|ensuite|plus tard)\b|(?:an?|the|another|two|three|four|five|several|some|around|about|nearly|over|at least|more than|\d+|un|une|des|les|deux|trois|plusieurs|environ|pres de|plus de|au moins)\s))|,?\s+(?=puis\s)|,\s+(?=(?:while|whereas) in\s|(?:tandis|alors) qu['’]a\s)/g

/** "… and later abducted two teachers": a later act told after the first one. */
export const SEQUENCE = /^\W*(?:(?:and|et)\s+)?(?:later|then|afterwards|subsequently|ensuite|puis|plus tard)\b/

/** A unit opening with one of these starts a new event. */
export const NEW_EVENT_MARKER =
  /^\W*(?:meanwhile|in another incident|in a separate incident|separately|elsewhere|also on|the same day|le meme jour|dans un autre incident|par ailleurs|ailleurs)\b/

/** Family groups: a change of group between clauses starts a new event. */
export const FAMILY_GROUP: Readonly<Record<string, 'violence' | 'demo' | 'sd'>> = {
  label: 'sd',
  disrupted: 'sd',
  suicide: 'violence',
  air: 'violence',
  shelling: 'violence',
  grenade: 'violence',
  aircraft: 'violence',
  ied: 'violence',
  excessive: 'demo',
  intervention: 'demo',
  mob: 'demo',
  riot: 'demo',
  protest: 'demo',
  sexual: 'violence',
  abduction: 'violence',
  overtake: 'violence',
  regain: 'violence',
  clash: 'violence',
  attack: 'violence',
  kill: 'violence',
  transfer: 'sd',
  looting: 'violence',
  arrest: 'violence',
  agreement: 'sd',
  change: 'sd',
  base: 'sd',
  coup: 'sd',
  other: 'sd',
}

/** A claim of responsibility belongs to the event it claims, whatever date it carries. */
export const CLAIM_FOLLOW_UP = wordsRe([
  String.raw`claimed (?:the|this|responsibility)`,
  String.raw`claimed by`,
  String.raw`revendiqu\w*`,
  String.raw`took responsibility`,
  String.raw`planted by`,
  String.raw`(?:most |more )?likely (?:planted|carried out)`,
  String.raw`attributed to`,
  String.raw`blamed on`,
  String.raw`imputee?s? a`,
])

/** A revised toll of the event told before ("the toll in that ambush rose to 14"). */
export const TOLL_UPDATE = wordsRe([
  String.raw`(?:death )?toll (?:in|of|from|for) (?:the|this|that) (?:attack|ambush|assault|raid|clash\w*|fighting)`,
  String.raw`bilan (?:de|du) (?:l'|cette |la |ce )?(?:attaque|embuscade|assaut|combats?|affrontements?)`,
])

/** A unit that attributes, claims or reports rather than narrating a new act. */
export const ATTRIBUTION = wordsRe([
  String.raw`claim\w*`,
  String.raw`revendiqu\w*`,
  String.raw`suspected`,
  String.raw`presumably`,
  String.raw`likely`,
  String.raw`believed`,
  String.raw`planted`,
  String.raw`says?`,
  String.raw`said`,
  String.raw`announced`,
  String.raw`denied`,
  String.raw`accused`,
  String.raw`affirme`,
  String.raw`selon`,
])

/** A unit that refers back to the event before it ("The attackers also…", "Les assaillants…"). */
export const FOLLOW_UP =
  /^\W*(?:(?:the|these|those|les|ces|l')\s*(?:attackers|assailants|gunmen|militants|jihadists|raiders|attack|ambush|raid|assault|assaillants|attaque|embuscade|agresseurs|terroristes|djihadistes|jihadistes|victims|victimes)\b|(?:they|ils|elles)\b)/

/**
 * "The attack comes after militants announced last month…", "L'attaque intervient alors que…":
 * the event told before, set against earlier happenings. The unit adds nothing to that event,
 * and its places and dates are the backdrop's.
 */
export const BACKDROP =
  /^\W*(?:the|this|these|that|l'|cette|ces|cet)\s*(?:latest\s+|new\s+|nouvelles?\s+|derniere\s+)?(?:attacks?|ambush(?:es)?|assaults?|raids?|incidents?|killings?|massacres?|strikes?|attaques?|embuscades?|assauts?|incidents?|tueries?|frappes?)\s+(?:comes?|came|follows?|followed|intervien\w*|survien\w*|sont survenue?s?|est survenue?)\s+(?:after|amid|amidst|ahead of|as|while|against|in the wake|just|only|days|weeks|months|two|three|a (?:day|week|month|few)|apres|alors qu|au moment ou|dans un contexte|sur fond|quelques|deux|trois|moins)\b/
