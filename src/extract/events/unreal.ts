/**
 * @module
 * Drops the cues of a clause that tells no event of the day: a hypothetical or future ("would
 * take him within five minutes of fighting"), an intention, threat or call ("ready to attack",
 * "called for a march"), a habit or ongoing state ("recurring attacks", "we're fighting"), a
 * span of years ("have fought in the north since 2011") or a comparison with an earlier event
 * ("the deadliest since the attack in X"), or a participant quoted ("one protester told…",
 * "said at the protest"). Input: cue hits of one clause and the folded text;
 * output: the hits that narrate something that happened. Lexicons in `data/unreal.ts`.
 */
import type { CueHit } from './01-find-cues.js'
import {
  CONDITIONAL,
  DENOUNCED,
  FUTURE,
  HABIT,
  INTENT,
  MAY_DIRECT,
  MODAL,
  PRESENT_BE,
  SINCE_THE,
  SPEAKER_NOUN,
  SPEECH_AFTER,
  SPOKEN_AT,
  SPAN_OF_YEARS,
  SUPERLATIVE,
  TALLY_OF_WEEKS,
} from './data/unreal.js'

/** Where a clause starts: punctuation, quotes, dashes, "but"/"while", French "mais". */
const BOUNDARY = /[,;:()[\]"“”«»—–]|\b(?:but|while|whereas|mais|tandis que|alors que)\b/g

/** Up to `n` words between a trigger and the cue's first letter (tested with that letter). */
const gap = (re: RegExp, n: number): RegExp =>
  new RegExp(`(?:${re.source})\\s*(?:[\\w'’-]+\\s+){0,${n}}\\w$`)

const MODAL_NEAR = gap(MODAL, 6)
const INTENT_NEAR = gap(INTENT, 3)
const HABIT_NEAR = gap(HABIT, 3)
const SUPERLATIVE_NEAR = gap(SUPERLATIVE, 4)
/** French puts it after the noun: "l'attaque la plus meurtrière depuis …". */
const SUPERLATIVE_AFTER = new RegExp(`^\\s*(?:[\\w'’-]+\\s+){0,2}?(?:${SUPERLATIVE.source})`)

/** Clause boundaries and relative pronouns: "marched … against troops | who have occupied …". */
const RELATIVE = new RegExp(`${BOUNDARY.source}|\\b(?:who|which|that|where|qui|dont|ou)\\b`, 'g')

/** Start of the clause that holds `at`, not before `from`. */
function clauseStart(folded: string, from: number, at: number, re = BOUNDARY): number {
  const part = folded.slice(from, at)
  let start = 0
  re.lastIndex = 0
  for (let m = re.exec(part); m; m = re.exec(part)) start = m.index + m[0].length
  return from + start
}

/** End of the clause that holds `at`, not after `to`. */
function clauseEnd(folded: string, at: number, to: number, re = BOUNDARY): number {
  const part = folded.slice(at, to)
  re.lastIndex = 0
  const m = re.exec(part)
  return m ? at + m.index : to
}

/** True when the cue `h` in `folded[from, to)` tells no event that happened. */
export function isUnreal(h: CueHit, folded: string, from: number, to: number): boolean {
  if (CONDITIONAL.test(folded.slice(from, to)) || FUTURE.test(folded.slice(from, to))) return true
  const start = clauseStart(folded, from, h.start)
  const left = folded.slice(start, h.start)
  const near = folded.slice(start, h.start + 1)
  if (MODAL_NEAR.test(near) || MAY_DIRECT.test(left)) return true
  if (INTENT_NEAR.test(near) || HABIT_NEAR.test(near) || PRESENT_BE.test(left)) return true
  if (SINCE_THE.test(left) || SPOKEN_AT.test(left)) return true
  if (h.family === 'other' && DENOUNCED.test(left)) return true
  const cue = folded.slice(h.start, h.end)
  if (SPEAKER_NOUN.test(cue) && SPEECH_AFTER.test(folded.slice(h.end, h.end + 40))) return true
  const clause = folded.slice(start, clauseEnd(folded, h.end, to))
  const superlative =
    SUPERLATIVE_NEAR.test(near) || SUPERLATIVE_AFTER.test(folded.slice(h.end, h.end + 60))
  if (superlative && /\b(?:since|depuis)\b/.test(clause)) return true
  if (TALLY_OF_WEEKS.test(clause)) return true
  // A span of years in a relative clause is background to that clause only.
  const inner = folded.slice(
    clauseStart(folded, from, h.start, RELATIVE),
    clauseEnd(folded, h.end, to, RELATIVE),
  )
  return SPAN_OF_YEARS.test(inner)
}

/** The hits of `folded[from, to)` that narrate something that happened. */
export function dropUnreal(
  hits: readonly CueHit[],
  folded: string,
  from: number,
  to: number,
): CueHit[] {
  return hits.filter((h) => !isUnreal(h, folded, from, to))
}
