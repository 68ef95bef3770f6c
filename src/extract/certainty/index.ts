/**
 * @module
 * Certainty: an event is 'hedged' when its sentences carry a hedge cue (reportedly, suspected,
 * claimed, "auraient", "présumés"…), else 'reported'. Returns the cue's span as evidence.
 */
import { HEDGES } from './data/hedges.js'

export interface Certainty {
  readonly certainty: 'reported' | 'hedged'
  readonly span: { readonly start: number; readonly end: number } | null
}

/** Certainty of the event described in `folded[from, to)` (folded = accent-folded text). */
export function assessCertainty(folded: string, from: number, to: number): Certainty {
  const part = folded.slice(from, to)
  let best: { start: number; end: number } | null = null
  for (const re of HEDGES) {
    const m = re.exec(part)
    if (m && (!best || m.index + from < best.start)) {
      best = { start: from + m.index, end: from + m.index + m[0].length }
    }
  }
  return best ? { certainty: 'hedged', span: best } : { certainty: 'reported', span: null }
}
