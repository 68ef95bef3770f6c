/**
 * @module
 * Strategic developments are done by a party, never by a place or by civilians: 'the village of
 * Djebok came under the control of the CMA' is the CMA's; 'French forces arrested a suspect. The
 * arrest took place in Gossi' is the French forces'. Given the event's frame and
 * its context, this names the party that acted when the frame's agent is a civilian one. In an
 * arrest, a subject that was arrested ('Some thirty suspected jihadists arrested in Djenne') is
 * the target, and the force named around it, else the police, made the arrest. A group said to
 * be newly formed is the actor of that change to group or activity.
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
const BE = String.raw`(?:were|was|have\s+been|has\s+been|had\s+been|ont\s+ete|a\s+ete)`
const NEXT = String.raw`(?:in|at|near|on|by|yesterday|today|last|this|during|after|overnight|` +
  String.raw`a|au|dans|pres|hier)`
const ARRESTED_AFTER = new RegExp(
  String.raw`^['"’”]?\s+(?:${BE}\s+(?:(?:reportedly|allegedly)\s+)?${ARREST}\b|` +
    String.raw`${ARREST}(?:\s*[,.;]|\s+${NEXT}\b))`,
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

/** Right before a mention, that it is a group just formed: 'merger into', 'a new group named'. */
const NEW_BEFORE =
  /\b(?:(?:merger|merged?|merging|fusion(?:nee?s?)?)\s+(?:into|dans|en)\s+(?:(?:a|une?)\s+)?(?:new\s+|nouveau\s+|nouvelle\s+)?(?:[\w-]+[\s,]+){0,3}?|new\s+(?:[\w-]+\s+){0,5}?(?:named|called|dubbed|baptise|denomme)\s+)['"‘“,\s]*(?:the\s+|la\s+|le\s+|l')?$/
/** Right after a mention, that it was just formed: 'was formed', 'has been founded'. */
const NEW_AFTER =
  /^\s*(?:\([^)]{0,80}\)\s*)?(?:,\s*)?(?:was|were|has\s+been|have\s+been|is)\s+(?:[\w-]+\s+){0,5}?(?:formed|founded|created|established|launched|set\s+up)\b/

/**
 * The group a change to group or activity forms ('announced their merger into a new group, JNIM',
 * 'a new self-defense group named X was founded'): it is actor1, with no target; else null.
 */
export function newGroup(text: string, frame: RoleFrame, subType: string): RoleMention | null {
  if (subType !== 'Change to group/activity' && subType !== 'Other') return null
  const folded = foldText(text)
  const all = [frame.agent, frame.patient, ...frame.others]
  return (
    all.find(
      (m): m is RoleMention =>
        m !== null &&
        m.name !== null &&
        !m.generic &&
        (m.kind === 'armed' || m.kind === 'identity') &&
        (NEW_BEFORE.test(folded.slice(Math.max(0, m.start - 60), m.start)) ||
          NEW_AFTER.test(folded.slice(m.end, m.end + 120))),
    ) ?? null
  )
}
