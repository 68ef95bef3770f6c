/**
 * @module
 * Non-violence filter: an event whose text speaks of floods, a mine collapse, an accident, a
 * disease, a harvest or a match, and names no armed actor or weapon, is not political violence.
 */
import { ARMED_OR_WEAPON, NON_VIOLENT_CONTEXT } from './events/data/non-violence.js'

/** True when `folded[from, to)` describes non-political harm or non-violent news. */
export function isNonViolent(folded: string, from: number, to: number): boolean {
  const part = folded.slice(from, to)
  return NON_VIOLENT_CONTEXT.test(part) && !ARMED_OR_WEAPON.test(part)
}
