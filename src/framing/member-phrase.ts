/**
 * @module
 * Phrases around a named anchor that describe it or belong to something else: a member phrase
 * before it ('fighters of JNIM', 'groupes armés terroristes de la Katiba du Macina', but not
 * 'the Chairman of the Committee', a civilian title before an army body), and an apposition
 * that opens with another actor's mention ('the UN force, the European Takuba force, …'),
 * which is the next item of a list, not a description.
 */
import { wordAt, wordBefore } from './_words.js'
import type { Word } from './_words.js'
import { isGenericArmed } from './anchors.js'
import type { Anchor } from './anchors.js'
import { MEMBER_NOUNS, OF_WORDS } from './data/descriptor-words.js'
import { DETERMINERS, FUNCTION_WORDS } from './data/function-words.js'

/**
 * 'members of' / 'combattants de la' / a generic mention + 'de la' right before a named anchor:
 * the start of that phrase, which then describes the named actor.
 */
export function memberPhrase(
  text: string,
  words: readonly Word[],
  a: Anchor,
  anchors: readonly Anchor[],
): number | null {
  const before = wordBefore(words, a.start)
  for (let n = 1; n <= 2; n++) {
    const head = words[before - n]
    if (!head) return null
    const link = text.slice(head.end, a.start).trim().toLowerCase().replace(/’/g, "'")
    if (!OF_WORDS.has(link.replace(/\s+/g, ' '))) continue
    // 'groupes armés terroristes de la Katiba du Macina'; not 'the Chairman of the Committee'
    const generic = anchors.find((g) => g.generic && g.end === head.end)
    if (generic) return isGenericArmed(generic) || generic.inter === a.inter ? generic.start : null
    return MEMBER_NOUNS.has(head.key) ? head.start : null
  }
  return null
}

/** Words of modifiers an apposition may hold before another actor's name ('the European …'). */
const MAX_LEAD = 3

/**
 * An apposition whose first noun phrase is another actor's mention ('…, the European Takuba
 * force, …') is the next item of a list.
 */
export function opensWithOther(
  anchors: readonly Anchor[],
  a: Anchor,
  start: number,
  words: readonly Word[],
): boolean {
  let i = wordAt(words, start)
  while (words[i] && DETERMINERS.has((words[i] as Word).key)) i++
  for (let k = 0; k <= MAX_LEAD && words[i + k]; k++) {
    const w = words[i + k] as Word
    if (k > 0 && (w.barrier || FUNCTION_WORDS.has(w.key))) return false
    if (anchors.some((o) => o.start === w.start && o.actor !== a.actor)) return true
  }
  return false
}
