/**
 * @module
 * The place of an event told by reference: "… since the attack in Djibo. Dozens died in that
 * attack". An event whose first unit names it with a demonstrative
 * ("that attack", "cette attaque") and names no place of its own happened where the sentence
 * before put it. Input: the group, the sentences and the place mentions; output: the range to
 * geocode (the sentence before through the group), or null.
 */
import type { Sentence } from '../sentences/index.js'
import type { EventGroup } from './segment-units.js'

/** "that attack", "this massacre", "the same ambush", "cette attaque", "ledit attentat". */
const THAT_EVENT =
  /\b(?:that|this|the same|the said|cette|cet|ce|ledit|ladite|la meme|le meme)\s+(?:attacks?|assaults?|ambush(?:es)?|massacres?|raids?|killings?|bombings?|attaques?|embuscades?|assauts?|tueries?|attentats?)\b/

/** A place mention as this pass needs it. */
export interface PlaceSpan {
  readonly start: number
  readonly end: number
}

/** The range to geocode for a group that refers back to an event placed in the sentence before. */
export function antecedentFocus(
  folded: string,
  sentences: readonly Sentence[],
  places: readonly PlaceSpan[],
  g: EventGroup,
): { start: number; end: number } | null {
  const first = g.units[0]
  if (!first || !THAT_EVENT.test(folded.slice(first.start, first.end))) return null
  if (places.some((p) => p.start >= g.start && p.end <= g.end)) return null
  const before = sentences.filter((s) => s.end <= g.start).at(-1)
  if (!before || !places.some((p) => p.start >= before.start && p.end <= before.end)) return null
  return { start: before.start, end: g.end }
}
