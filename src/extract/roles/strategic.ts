/**
 * @module
 * Strategic developments are done by a party, never by a place or by civilians: 'the village of
 * Djebok came under the control of the CMA' is the CMA's; 'French forces arrested a suspect. The
 * arrest was made in the village of Gossi' is the French forces'. Given the event's frame and
 * its context, this names the party that acted when the frame's agent is a civilian one.
 */
import type { RoleContext } from './context.js'
import type { RoleFrame } from './frame.js'
import type { RoleMention } from './mentions.js'

const party = (m: RoleMention | null): m is RoleMention =>
  m !== null && m.kind !== 'civilian' && m.kind !== 'protester' && m.kind !== 'rioter'

/** The party that acted in a strategic development whose agent is civilian, or null. */
export function strategicActor(frame: RoleFrame, context?: () => RoleContext): RoleMention | null {
  const inFrame = [frame.patient, ...frame.others].find(party)
  if (inFrame) return inFrame
  // A force named in the sentence before: generic state names count ('French military forces').
  const before = context?.().before ?? []
  return before.find((m) => m.kind === 'state' || (party(m) && !m.generic)) ?? null
}
