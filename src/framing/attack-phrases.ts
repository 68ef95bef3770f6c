/**
 * @module
 * Loaded descriptions of an attack ('cette attaque lâche et perfide', 'the cowardly and
 * barbaric assault', 'attaques barbares'): an attack noun with loaded adjectives before it
 * (English) or after it (French), plus a demonstrative. Such a phrase frames the perpetrator,
 * so the label rules give it to the document's one named armed group.
 */
import type { Word } from './_words.js'
import { isLoadedAdjective, withIntensifiers } from './loaded-language.js'

const ATTACK_NOUNS: ReadonlySet<string> = new Set([
  'attack',
  'attacks',
  'assault',
  'assaults',
  'massacre',
  'massacres',
  'ambush',
  'ambushes',
  'bombing',
  'bombings',
  'killing',
  'killings',
  'attaque',
  'attaques',
  'attentat',
  'attentats',
  'embuscade',
  'embuscades',
  'tuerie',
  'tueries',
  'agression',
  'agressions',
  'raid',
  'raids',
])
const JOINERS: ReadonlySet<string> = new Set(['and', 'et', 'ou', 'or'])
const DEMONSTRATIVES: ReadonlySet<string> = new Set([
  'this',
  'these',
  'that',
  'those',
  'such',
  'cette',
  'ces',
  'ce',
  'cet',
])

function touches(words: readonly Word[], i: number): boolean {
  const w = words[i]
  return w !== undefined && !w.barrier
}

/** `[start, end)` of each loaded attack phrase. */
export function attackPhrases(words: readonly Word[]): [number, number][] {
  const out: [number, number][] = []
  words.forEach((w, i) => {
    if (!ATTACK_NOUNS.has(w.key)) return
    let last = i
    let j = i + 1
    while (
      touches(words, j) &&
      (isLoadedAdjective((words[j] as Word).key) || JOINERS.has((words[j] as Word).key))
    ) {
      if (isLoadedAdjective((words[j] as Word).key)) last = j
      j++
    }
    let first = i
    while (first > 0 && touches(words, first) && isLoadedAdjective((words[first - 1] as Word).key))
      first--
    if (first === i && last === i) return
    first = withIntensifiers(words, first)
    if (touches(words, first) && DEMONSTRATIVES.has(words[first - 1]?.key ?? '')) first--
    out.push([(words[first] as Word).start, (words[last] as Word).end])
  })
  return out
}
