/**
 * @module
 * Non-violence filter: an event whose text speaks of floods, a mine collapse, an accident, a
 * disease, a harvest or a match, and names no armed actor or weapon, is not political violence;
 * in a document on such a topic, any event naming no armed actor is dropped too.
 */
import { ARMED_OR_WEAPON, NON_VIOLENT_CONTEXT } from './events/data/non-violence.js'

/** True when `folded[from, to)` describes non-political harm or non-violent news. */
export function isNonViolent(
  folded: string,
  from: number,
  to: number,
  docNonViolent = false,
): boolean {
  const part = folded.slice(from, to)
  if (ARMED_OR_WEAPON.test(part)) return false
  return docNonViolent || NON_VIOLENT_CONTEXT.test(part)
}

/** A document about floods, harvests or sport that names no armed actor or weapon at all. */
export function isNonViolentDocument(folded: string): boolean {
  const re = new RegExp(NON_VIOLENT_CONTEXT.source, 'g')
  let n = 0
  while (re.exec(folded) && n < 2) n++
  return n >= 2 && !ARMED_OR_WEAPON.test(folded)
}
