/**
 * @module
 * The perpetrator of violence against civilians, from the event's frame: its acting agent, else
 * the first other armed party. Not a perpetrator: a subject that was harmed ('two Dawsahaq
 * kidnapped on…'), a survivor ('an MAA officer survived an assassination attempt'), a force
 * joined to the victims ('one forest agent and one civilian killed') or community members
 * ('linked to Fulani-Tuareg tensions'). Null leaves it unnamed.
 */
import { foldText } from '../text/span.js'
import type { RoleFrame } from './frame.js'
import { coordinated, woundedHead } from './frame-phrase.js'
import type { RoleMention } from './mentions.js'
import { communal, type NameContext, type NamedActor, unidentified } from './names.js'
import { targetOf } from './target.js'

/** "A member of the MAA survived an assassination attempt": the survivor was the target. */
const SURVIVED =
  /^\s+(?:[\w-]+\s+){0,2}(?:survived|escaped|survit|a\s+survecu|a\s+echappe|ont\s+echappe)\b/
const survives = (folded: string, m: RoleMention): boolean =>
  SURVIVED.test(folded.slice(m.end, m.end + 40))

/** The perpetrator named in `frame` over `text`, or null when none is named. */
export function perpetrator(text: string, frame: RoleFrame): RoleMention | null {
  const { agent, patient, others } = frame
  const folded = foldText(text)
  const exclude = patient?.kind === 'civilian' ? null : patient
  const armed = [agent, patient, ...others].find(
    (m): m is RoleMention =>
      m !== null &&
      m !== exclude &&
      !survives(folded, m) &&
      m.kind !== 'civilian' &&
      m.kind !== 'protester' &&
      !(m.kind === 'identity' && targetOf(m, folded) === 'civilian'),
  )
  const acts = agent && !woundedHead(folded, agent) && !survives(folded, agent)
  if (agent && agent.kind !== 'civilian' && acts) return agent
  // "killed by members of the Bambara ethnic group": residents acting are their militia.
  if (residents(folded, frame)) return null
  if (!armed || (patient && coordinated(folded, armed, patient))) return null
  return armed
}

/** 'amid intercommunal violence', 'violences intercommunautaires': a fight between communities. */
const INTERCOMMUNAL =
  /\b(?:inter-?communal|communal)\s+(?:violence|clash\w*|fighting|conflict)|\bviolences?\s+intercommunautaires?/

/** A group of people ('villagers', 'Fulani youth'), not one person ('a young herder'). */
const GROUP = /(?:s|men|people|youth|folk|population|community|group)$/

/** The agent is a group of residents that acts (not harmed, not a survivor). */
function residents(folded: string, frame: RoleFrame): boolean {
  const { agent, patient } = frame
  return (
    agent?.kind === 'civilian' &&
    agent !== patient &&
    agent.armedAlternative !== undefined &&
    GROUP.test(folded.slice(agent.start, agent.end)) &&
    !woundedHead(folded, agent) &&
    !survives(folded, agent)
  )
}

/**
 * Who acted when no armed party is named: residents who attacked others are their communal or
 * ethnic militia ('villagers from Kera abducted…'; civilians do not commit violence in ACLED),
 * unnamed assailants amid intercommunal violence a communal militia, else an unidentified
 * armed group.
 */
export function unnamedPerpetrator(text: string, frame: RoleFrame, ctx: NameContext): NamedActor {
  const folded = foldText(text)
  const { agent } = frame
  if (residents(folded, frame) && agent?.armedAlternative) return agent.armedAlternative
  if (!agent && INTERCOMMUNAL.test(folded)) return communal({ ...ctx, place: '' })
  return unidentified(ctx)
}
