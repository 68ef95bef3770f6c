/**
 * @module
 * Strategic developments are done by a party, never by a place or by civilians: 'the village of
 * Djebok came under the control of the CMA' is the CMA's; 'French forces arrested a suspect. The
 * arrest was made in the village of Gossi' is the French forces'. Given the event's frame and
 * its context, this names the party that acted when the frame's agent is a civilian one. In an
 * arrest, a subject that was arrested ('Some thirty suspected jihadists arrested in Djenne') is
 * the target, and the force named around it, else the police, made the arrest.
 */
import { foldText } from '../text/span.js'
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

/** Right after a mention, that it was arrested: 'were detained', "' arrested yesterday in". */
const ARREST = String.raw`(?:arrested|detained|apprehended|rounded\s+up|interpelle\w*|arretee?s?)`
const ARRESTED_AFTER = new RegExp(
  String.raw`^['"’”]?\s+(?:(?:were|was|have\s+been|has\s+been|had\s+been|ont\s+ete|a\s+ete)\s+` +
    String.raw`(?:(?:reportedly|allegedly)\s+)?${ARREST}\b|${ARREST}(?:\s*[,.;]|\s+(?:in|at|near|on|` +
    String.raw`by|yesterday|today|last|this|during|after|overnight|a|au|dans|pres|hier)\b))`,
)

/** The agent of an arrest when it was the one arrested, else null. */
export function arrestedAgent(text: string, frame: RoleFrame, subType: string): RoleMention | null {
  const { agent } = frame
  if (subType !== 'Arrests' || !agent || agent.kind === 'state') return null
  return ARRESTED_AFTER.test(foldText(text.slice(agent.end, agent.end + 40))) ? agent : null
}

/** The force that made an arrest: one named in the event or the sentence before, or null. */
export function arrester(frame: RoleFrame, context?: () => RoleContext): RoleMention | null {
  const state = (m: RoleMention | null): m is RoleMention => m?.kind === 'state'
  return [frame.patient, ...frame.others].find(state) ?? context?.().before.find(state) ?? null
}
