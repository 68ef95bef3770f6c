/**
 * @module
 * Deeds pinned on an agent: a loaded noun phrase followed by 'waged/committed/imposed… by' and
 * an actor ('punitive raids waged by the army', 'les massacres
 * commis par l’armée'). The whole phrase is a label for the agent. A state named as agent means
 * its armed forces for a deed of war, its government otherwise.
 */
import { resolveActorName } from '../resolve/actors/index.js'
import type { Word } from './_words.js'
import { wordAt } from './_words.js'
import type { Anchor } from './anchors.js'
import { FUNCTION_WORDS } from './data/function-words.js'
import { findStateActors } from './label-only.js'
import type { Span } from './types.js'

const BY_AGENT =
  /\s+(?:waged|led|carried\s+out|perpetrated|committed|orchestrated|launched|imposed|fomented|installed|unleashed|menée?s?|commise?s?|perpétrée?s?|imposée?s?|orchestrée?s?)\s+(?:by|par)\s+$/iu
const WAR_WORDS =
  /\b(?:wars?|intervention|occupation|bombing|bombings|strikes|operations?|guerres?|frappes|occupation)\b/iu
const ALLIES =
  /^\s+(?:and|et)\s+(?:its|their|ses|leurs)\s+(?:[\p{L}-]+\s+){0,2}(?:allies|partners|backers|masters|alliés|partenaires|parrains|maîtres)/iu
const MAX_NP_WORDS = 5

export interface AgentLabel {
  readonly actor: string
  readonly start: number
  readonly end: number
}

/** Loaded deed phrases with their agent; `marks` are the loaded spans of the document. */
export function agentPhrases(
  text: string,
  words: readonly Word[],
  anchors: readonly Anchor[],
  marks: readonly Span[],
  date?: string,
): AgentLabel[] {
  const agents = [
    ...anchors.map((a) => ({ start: a.start, end: a.end, actor: a.org ?? a.actor, state: false })),
    ...findStateActors(text).map((s) => ({ ...s, state: true })),
  ]
  const out: AgentLabel[] = []
  for (const agent of agents) {
    const before = text.slice(Math.max(0, agent.start - 40), agent.start)
    const cue = BY_AGENT.exec(before)
    if (!cue) continue
    const cueStart = agent.start - before.length + cue.index
    // The deed: up to five words before the cue, back to a function word or punctuation.
    let first = wordAt(words, cueStart) - 1
    let n = 0
    while (first > 0 && n < MAX_NP_WORDS - 1) {
      const w = words[first] as Word
      const prev = words[first - 1] as Word
      if (w.barrier || FUNCTION_WORDS.has(prev.key)) break
      first--
      n++
    }
    const start = (words[first] as Word | undefined)?.start ?? cueStart
    if (start >= cueStart || !marks.some((m) => m.start < cueStart && start < m.end)) continue
    const allies = ALLIES.exec(text.slice(agent.end, agent.end + 60))
    const end = agent.end + (allies ? allies[0].length : 0)
    const military = WAR_WORDS.test(text.slice(start, cueStart))
    const actor = agent.state
      ? (resolveActorName(`${military ? 'Military Forces' : 'Government'} of ${agent.actor}`, {
          ...(date ? { date } : {}),
        })?.name ?? agent.actor)
      : agent.actor
    out.push({ actor, start, end })
  }
  return out
}
