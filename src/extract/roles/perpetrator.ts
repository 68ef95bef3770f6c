/**
 * @module
 * The perpetrator of violence against civilians, from the event's frame: its acting agent, else
 * the first other armed party. Not a perpetrator: a subject that was harmed ('two Dawsahaq
 * kidnapped on…'), a force joined to the victims ('one forest agent and one civilian killed'),
 * or community members ('linked to Fulani-Tuareg tensions'). Null leaves it unnamed.
 */
import { foldText } from '../text/span.js'
import type { RoleFrame } from './frame.js'
import { coordinated, woundedHead } from './frame-phrase.js'
import type { RoleMention } from './mentions.js'
import { targetOf } from './target.js'

/** The perpetrator named in `frame` over `text`, or null when none is named. */
export function perpetrator(text: string, frame: RoleFrame): RoleMention | null {
  const { agent, patient, others } = frame
  const folded = foldText(text)
  const exclude = patient?.kind === 'civilian' ? null : patient
  const armed = [agent, patient, ...others].find(
    (m): m is RoleMention =>
      m !== null &&
      m !== exclude &&
      m.kind !== 'civilian' &&
      m.kind !== 'protester' &&
      !(m.kind === 'identity' && targetOf(m, folded) === 'civilian'),
  )
  if (agent && agent.kind !== 'civilian' && !woundedHead(folded, agent)) return agent
  if (!armed || (patient && coordinated(folded, armed, patient))) return null
  return armed
}
