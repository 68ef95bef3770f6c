/**
 * @module
 * Who the subject (A) of a relation cue is, and when the actor before the cue is not it. In: the
 * text, the anchors of the cue's sentence before it, the cue offset. Out: the anchor that owns the
 * cue, or a verdict that the nearest one does not. Why: the nearest actor before a cue is often
 * only talked about ('the UN condemned attacks against the army' is no UN hostility), a possessor
 * ('the forces of Burkina Faso executed': the forces act, not the state), the object of an
 * earlier phrase ('JNIM, linked to al-Qaeda and which attacked': JNIM attacked), or a faction
 * the generic word cannot name ('troops loyal to the president' are not the whole army).
 */
import type { Anchor } from './anchors.js'

/**
 * After the head: an appositive noun phrase ('JNIM, the branch of') or a participle that links
 * it to another actor ('the army, accompanied by', 'JNIM, linked to'), up to the next actor.
 */
const APPOSITION_OPEN = new RegExp(
  "^\\s*,\\s+(?:(?:the|a|an|le|la|les|l['’]|un|une)\\s|" +
    '\\p{L}+(?:ed|ée?s?|é)\\s+(?:to|with|by|from|à|au|aux|avec|par|de)\\s)[^,;]*$',
  'iu',
)

/** 'JNIM, the branch of al-Qaeda, attacked': the subject of 'attacked' is JNIM, not al-Qaeda. */
export function appositionHead(
  text: string,
  before: readonly Anchor[],
  cue: number,
): Anchor | undefined {
  const last = before[before.length - 1]
  // Only a comma and at most an auxiliary between the apposition and the cue ('…, a attaqué').
  if (!last || !/^\s*,\s*(?:\p{L}+\s+){0,2}$/u.test(text.slice(last.end, cue))) return undefined
  for (let i = before.length - 2; i >= 0; i--) {
    const head = before[i] as Anchor
    const gap = text.slice(head.end, last.start)
    if (APPOSITION_OPEN.test(gap)) return head
  }
  return undefined
}

/** Whether an anchor sits inside parentheses: a gloss, not the subject ('(Supporters of…)'). */
export function inParens(text: string, a: Anchor): boolean {
  const open = text.lastIndexOf('(', a.start)
  return open >= 0 && open > text.lastIndexOf(')', a.start) && a.start - open < 80
}

/**
 * A state name after 'in', 'à', 'near'… is a place, not an actor; after 'of', 'de' it is the
 * possessor of the noun before it ('the security forces of Burkina Faso'), not the subject.
 */
const LOCATIVE = new RegExp(
  '(?:^|[^\\p{L}])(?:in|at|from|near|to|into|across|throughout|of|' +
    'dans|à|au|en|vers|près de|de|du|des)\\s+$',
  'iu',
)

/** Nearest first; a named actor is preferred to a generic one; a state used as a place is not. */
export function pick(text: string, list: readonly Anchor[], cue: number): Anchor | undefined {
  const usable = list.filter(
    (a) => !a.state || !LOCATIVE.test(text.slice(Math.max(0, a.start - 12), a.start)),
  )
  // Right before the cue ('the security forces exclusively targeted'): the subject, generic or not.
  const nearest = usable[0]
  const close = /^\s*(?:[\p{L}'’-]+\s+){0,2}$/u
  if (nearest && close.test(text.slice(nearest.end, cue))) return nearest
  return usable.find((a) => !a.generic) ?? nearest
}

/**
 * Words between A and a hostility noun that make A a speaker or observer of the hostility, not
 * its author: reporting, condemning, counting verbs and the nouns of statements.
 */
const SPEAKS_OF = new RegExp(
  '(?<![\\p{L}])(?:' +
    [
      'condemn\\p{L}*', 'denounc\\p{L}*', 'deplor\\p{L}*', 'decr(?:y|ie)\\p{L}*', 'criticis\\p{L}*',
      'criticiz\\p{L}*', 'report\\p{L}*', 'document\\p{L}*', 'investigat\\p{L}*', 'record\\p{L}*',
      'counted', 'tall(?:y|ied|ies)', 'warn\\p{L}*', 'urg\\p{L}*', 'call\\p{L}*', 'demand\\p{L}*',
      'protest\\p{L}*', 'welcom\\p{L}*', 'prais\\p{L}*', 'hail\\p{L}*', 'said', 'says', 'say',
      'stated?', 'statement', 'speech', 'declar\\p{L}*', 'describ\\p{L}*', 'noted?', 'mourn\\p{L}*',
      'express\\p{L}*', 'concern\\p{L}*', 'alarm\\p{L}*', 'appeal\\p{L}*', 'rally', 'rallied',
      'march\\p{L}*', 'condamn\\p{L}*', 'dénonc\\p{L}*', 'déplor\\p{L}*', 'déclar\\p{L}*',
      'appel\\p{L}*', 'réclam\\p{L}*',
      'signal\\p{L}*', 'dit', 'affirm\\p{L}*', 'discours', 'communiqué', 'rapport\\p{L}*',
    ].join('|') +
    ')(?![\\p{L}])',
  'iu',
)

/** 'The UN condemned attacks against the army': A speaks of the hostility, it does not own it. */
export function speaksOf(text: string, a: Anchor, cue: number): boolean {
  return SPEAKS_OF.test(text.slice(a.end, cue))
}

/** 'JNIM, linked to al-Qaeda and which attacked': the relative clause goes back to the head. */
const AND_RELATIVE = /^\s*,?\s*(?:and|et)\s+(?:which|who|that|qui)\b/iu

/**
 * The subject when a coordinated relative clause follows A: the head before A when an
 * appositive or linking phrase joins them ('JNIM, linked to A and which'), otherwise none
 * (the head is no actor:
 * 'raids claimed by JNIM and which hit a convoy'). Undefined: A stands as it is.
 */
export function relativeHead(
  text: string,
  before: readonly Anchor[],
  a: Anchor,
  cue: number,
): Anchor | null | undefined {
  if (!AND_RELATIVE.test(text.slice(a.end, cue))) return undefined
  const i = before.indexOf(a)
  const head = i > 0 ? before[i - 1] : undefined
  if (!head || !APPOSITION_OPEN.test(text.slice(head.end, a.start))) return null
  return head
}

/** Generic words for some of a force's men: a faction of unknown scope, not the force. */
const FACTION_WORDS = new RegExp(
  '^(?:some\\s+|the\\s+|a\\s+|des\\s+|les\\s+|certains\\s+)?(?:troops|soldiers|fighters|men|' +
    'elements|officers|units?|soldats|militaires|éléments|combattants|hommes)$',
  'iu',
)

/** 'Troops loyal to Bazoum' is a faction: aligning the whole army with Bazoum is wrong. */
export function factionWord(text: string, a: Anchor): boolean {
  return a.generic && FACTION_WORDS.test(text.slice(a.start, a.end).trim())
}
