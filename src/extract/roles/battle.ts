/**
 * @module
 * Battle conventions on a role frame. Civilians do not fight battles: residents who fight are
 * their ethnic or communal militia ('villagers killed two policemen' → '<place> Communal Militia
 * (country)'), and a place attacked stands for the armed party in it ('the village where Dan Na
 * Ambassagou had settled'). A patient that is the agent again ('Barkhane raided with airborne
 * troops, killing militants') gives way to the next other party named. A state
 * force's operation ('during a Malian military operation', 'French forces conducted a raid
 * against ISGS') makes the force the agent when the words around name no state agent.
 */
import { foldText } from '../text/span.js'
import { FIGHT_BACK, OPERATION_AFTER, PLACE_WORD } from './data/frame-cues.js'
import type { RoleFrame } from './frame.js'
import type { RoleMention } from './mentions.js'
import { communal, type NameContext, type NamedActor } from './names.js'

const PARTY = new Set(['armed', 'state', 'identity', 'unidentified'])

/** Whether the words around `m` say it fought back ('the villagers fended off the attack'). */
const fightsBack = (text: string, m: RoleMention): boolean =>
  FIGHT_BACK.test(foldText(text.slice(Math.max(0, m.start - 60), m.end + 80)))

/**
 * The militia a civilian side of a battle stands for, or null when `m` is no civilian side: an
 * acting agent made of people (not 'the village'), or a patient that fought back.
 */
export function residentMilitia(
  text: string,
  m: RoleMention | null,
  role: 'agent' | 'patient',
  ctx: NameContext,
): NamedActor | null {
  if (m?.kind !== 'civilian') return null
  const fights =
    role === 'agent'
      ? !PLACE_WORD.test(m.text) || fightsBack(text, m)
      : m.armedAlternative !== undefined || fightsBack(text, m)
  return fights ? (m.armedAlternative ?? communal(ctx)) : null
}

/** A fight inside one group: 'an internal dispute', 'infighting', 'entre eux'. */
const INTERNAL =
  /\b(?:internal\s+(?:dispute|clash\w*|fight\w*|feud|rivalr\w*|quarrel)|infighting|in-fighting|intra-?(?:group|faction\w*)|among\s+themselves|entre\s+eux|dissensions?\s+internes?)\b/

/**
 * `frame` with a patient that repeats the agent replaced by the next other party (not a claimant,
 * which the claim rule puts first); in a fight inside one group, that group is both sides.
 */
export function battleFrame(frame: RoleFrame, folded: string): RoleFrame {
  const { agent, patient, others } = frame
  if (!agent && patient?.name && patient.kind !== 'civilian' && INTERNAL.test(folded)) {
    return { ...frame, agent: patient }
  }
  // "attacked the village where Dan Na Ambassagou had settled": the armed party in it is fought.
  if (patient?.kind === 'civilian' && !patient.armedAlternative && !fightsBack(folded, patient)) {
    const armed = others.find(
      (m) =>
        m !== frame.claimant &&
        m.name !== null &&
        m.name !== agent?.name &&
        !(m.kind === 'state' && agent?.kind === 'state') &&
        PARTY.has(m.kind) &&
        (!m.generic || m.kind === 'identity'),
    )
    if (armed) {
      return { ...frame, patient: armed, others: [...others.filter((o) => o !== armed), patient] }
    }
  }
  const op = stateOperation(frame, folded)
  if (op) return op
  if (!agent?.name || !patient || patient.name !== agent.name) return frame
  const next = others.find(
    (m) =>
      m.start > patient.start &&
      m.name !== agent.name &&
      m !== frame.claimant &&
      PARTY.has(m.kind),
  )
  if (!next) return frame
  return { ...frame, patient: next, others: [...others.filter((o) => o !== next), patient] }
}

/**
 * "Militants killed amidst a Barkhane raid", "survived a French operation": the force whose
 * operation it is acts, the non-state party it met undergoes; null when a state force already
 * acts or no force runs an operation here.
 */
function stateOperation(frame: RoleFrame, folded: string): RoleFrame | null {
  const { agent, patient, others } = frame
  if (agent?.kind === 'state') return null
  const all = [agent, patient, ...others].filter((m): m is RoleMention => m !== null)
  const force = all.find(
    (m) => m.kind === 'state' && OPERATION_AFTER.test(folded.slice(m.end, m.end + 90)),
  )
  if (!force) return null
  const party = (m: RoleMention | null): m is RoleMention =>
    m !== null && m.kind !== 'state' && m.kind !== 'civilian' && m.name !== force.name
  const met = party(agent) ? agent : (all.find(party) ?? null)
  // "Soldiers killed during a joint operation": with no foe named, the operation says nothing.
  if (!met) return null
  return {
    ...frame,
    agent: force,
    patient: met,
    others: all.filter((m) => m !== force && m !== met),
  }
}
