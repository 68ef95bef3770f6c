/**
 * @module
 * Role assignment: actor1 (perpetrator or initiator) and actor2 (target) of an event from its
 * frame, then ACLED's conventions by event type — violence against civilians has actor2
 * 'Civilians (country)'; protests have actor1 'Protesters (country)' and usually no actor2;
 * riots have 'Rioters (country)'; an unnamed perpetrator is 'Unidentified Armed Group (country)'.
 */
import type { Span } from '../../schema/event.js'
import { foldText, makeSpan } from '../text/span.js'
import { battleFrame, residentMilitia } from './battle.js'
import { crowdAssoc, crowdOf, crowdOpponents } from './crowd.js'
import { claimsEvent, contextClaimant, type RoleContext, withContext } from './context.js'
import type { RoleFrame } from './frame.js'
import {
  civilians,
  crowdForce,
  military,
  type NameContext,
  type NamedActor,
  nameActor,
  police,
  protesters,
  rioters,
  unidentified,
} from './names.js'
import type { RoleMention } from './mentions.js'
import { perpetrator, unnamedPerpetrator } from './perpetrator.js'
import { remoteRoles } from './remote.js'
import { arrestedAgent, arrester, newGroup, strategicActor } from './strategic.js'
import { groupsOf, victimsOf } from './victims.js'

export { roleContext, type RoleContext } from './context.js'
export { findFrame, type RoleFrame } from './frame.js'
export { findRoleMentions, type RoleMention } from './mentions.js'

export interface Roles {
  readonly actor1: string
  readonly inter1: number
  readonly actor2: string
  readonly inter2: number
  readonly assoc1: string
  readonly assoc2: string
  readonly evidence: Span[]
}

const NONE: NamedActor = { name: '', inter: 0 }
const WITH_CONTEXT = new Set(
  'Battles|Violence against civilians|Explosions/Remote violence|Strategic developments'.split('|'),
)

const targetOfArmed = (m: RoleMention): boolean => m.kind === 'state' || m.kind === 'armed'

/** Actors of an event of type `eventType`, from its frame. */
export function assignRoles(
  text: string,
  frame: RoleFrame,
  eventType: string,
  subType: string,
  country: NameContext,
  context?: () => RoleContext,
): Roles {
  // Sides the event's own words leave out may be named in the sentences around it.
  if (context && WITH_CONTEXT.has(eventType)) frame = withContext(frame, foldText(text), context)
  if (eventType === 'Battles') frame = battleFrame(frame, foldText(text))
  const spans: Span[] = []
  const assoc: Record<string, string> = { actor1: '', actor2: '' }
  const named = (m: RoleMention | null, field: string): NamedActor | null => {
    if (!m) return null
    if (m.assoc) assoc[field] = m.assoc
    spans.push(makeSpan(text, m.start, m.end, field))
    return nameActor(m, country)
  }
  const { agent, patient, others } = frame
  // Civilians by nationality, with who they are as associated actors ('Teachers (Mali)').
  const civiliansOf = (victim: RoleMention | null): NamedActor => {
    const v = victimsOf(text, victim, country)
    if (v.assoc) assoc.actor2 = v.assoc
    return v.actor
  }
  let a1: NamedActor | null = null
  let a2: NamedActor | null = null
  const firstArmed = (exclude: RoleMention | null): RoleMention | null =>
    [agent, patient, ...others].find(
      (m) => m && m !== exclude && m.kind !== 'civilian' && m.kind !== 'protester',
    ) ?? null
  switch (eventType) {
    case 'Violence against civilians': {
      const perp = perpetrator(text, frame)
      a1 = named(perp, 'actor1') ?? unnamedPerpetrator(text, frame, country)
      const victim =
        patient?.kind === 'civilian' ? patient : others.find((m) => m.kind === 'civilian')
      if (victim) spans.push(makeSpan(text, victim.start, victim.end, 'actor2'))
      a2 = civiliansOf(victim ?? null)
      break
    }
    case 'Protests': {
      a1 = protesters(country)
      const who = crowdOf(frame)
      if (who) spans.push(makeSpan(text, who.start, who.end, 'actor1'))
      assoc.actor1 = groupsOf(text, who, country)
      const force = subType !== 'Peaceful protest' ? firstArmed(null) : null
      if (force) a2 = named(force, 'actor2') ? crowdForce(force, country) : null
      break
    }
    case 'Riots': {
      a1 = rioters(country)
      assoc.actor1 = crowdAssoc(text, crowdOf(frame), subType, country)
      const { force, armed } = crowdOpponents(text, frame)
      // A mob turns on individuals (civilians) unless it fights armed men.
      if (subType === 'Mob violence') a2 = named(armed, 'actor2') ?? civilians(country)
      else if (force) a2 = named(force, 'actor2') ? crowdForce(force, country) : null
      else if (armed) a2 = named(armed, 'actor2')
      break
    }
    case 'Explosions/Remote violence': {
      const { planter, target } = remoteRoles(text, frame, subType)
      // Only state forces fly strike aircraft here: an unnamed one is the country's military.
      const air = subType === 'Air/drone strike'
      a1 = named(planter, 'actor1') ?? (air ? military(country) : unidentified(country))
      // Mines and shells that hit a civilian vehicle or place hit civilians.
      a2 = target?.kind === 'civilian' ? civiliansOf(target) : named(target, 'actor2')
      break
    }
    default: {
      if (subType === 'Looting/property destruction') {
        // Property taken or destroyed belongs to civilians unless a force is named as its owner.
        a1 = named(agent ?? firstArmed(null), 'actor1') ?? unidentified(country)
        const owner = [patient, ...others].find(
          (m) =>
            m &&
            m !== agent &&
            (m.kind === 'state' || m.kind === 'armed') &&
            (!m.name || m.name !== a1?.name),
        )
        const victim = [patient, ...others].find((m) => m?.kind === 'civilian') ?? null
        a2 = owner && targetOfArmed(owner) ? named(owner, 'actor2') : civiliansOf(victim)
        break
      }
      const held = arrestedAgent(text, frame, subType)
      a1 = held
        ? (named(arrester(frame, context), 'actor1') ?? police(country))
        : named(agent, 'actor1')
      a2 = named(held ?? patient, 'actor2')
      // Civilians do not fight battles: residents who fight are their communal or ethnic militia.
      if (eventType === 'Battles') {
        a1 = residentMilitia(text, agent, 'agent', country) ?? a1
        a2 = residentMilitia(text, patient, 'patient', country) ?? a2
      }
      if (!a1 && eventType !== 'Strategic developments') a1 = unidentified(country)
      if (!a1 && a2) [a1, a2] = [a2, null]
      // Civilians or a place do not make strategic developments: a party does.
      if (eventType === 'Strategic developments' && a1?.inter === 7) {
        a1 = named(strategicActor(frame, context), 'actor1') ?? a1
      }
      const founded = eventType === 'Strategic developments' && newGroup(text, frame, subType)
      if (founded) [a1, a2] = [named(founded, 'actor1'), null]
      if (a2 && a1 && a2.name === a1.name && eventType !== 'Battles') a2 = null
    }
  }
  // An unnamed perpetrator gives way to the group that claimed the event.
  const unnamed = (!a1 || a1.inter === 3) && /^unidentified/i.test(a1?.name ?? 'unidentified')
  const force = a1 !== null && (a1.inter === 1 || a1.inter === 8)
  if ((unnamed || force) && !frame.claimant && context && WITH_CONTEXT.has(eventType)) {
    frame = { ...frame, claimant: contextClaimant(foldText(text), context) }
  }
  if (
    frame.claimant &&
    (!a1 || a1.inter === 3) &&
    /^unidentified/i.test(a1?.name ?? 'unidentified')
  ) {
    a1 = named(frame.claimant, 'actor1')
  }
  // "JNIM claimed the attack": the claimant acted, and a state force named first was its target.
  const c = frame.claimant
  const violent = eventType === 'Battles' || eventType === 'Explosions/Remote violence'
  if (
    c?.name &&
    a1 &&
    a1.name !== c.name &&
    (a1.inter === 1 || a1.inter === 7 || a1.inter === 8) &&
    (violent || eventType === 'Violence against civilians') &&
    claimsEvent(foldText(text), c)
  ) {
    // Unnamed gunmen next to the claimant are the claimant's men, not the target.
    const victim =
      !a2 || a2.name === a1.name || a2.name === c.name || a2.inter === 7 || a2.inter === 3
    if (violent && a1.inter !== 7 && victim) a2 = a1
    a1 = named(c, 'actor1')
  }
  const [one, two] = [a1 ?? NONE, a2 ?? NONE]
  return {
    actor1: one.name,
    inter1: one.inter,
    actor2: two.name,
    inter2: two.inter,
    assoc1: one.name ? (assoc.actor1 ?? '') : '',
    assoc2: two.name ? (assoc.actor2 ?? '') : '',
    evidence: spans,
  }
}
