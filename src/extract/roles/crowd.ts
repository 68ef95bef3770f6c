/**
 * @module
 * Who a riot's crowd fights. Rioters fight the forces sent against them and armed men they turn
 * on; a building they storm ('ransacked the gendarmerie', 'occupied the police station'), a
 * suspect they hand over ('handed them over to the gendarmerie') or a victim whose death angered
 * them ('the death of a national guard') is no party. A civilian target is no actor2 of a riot.
 */
import { foldText } from '../text/span.js'
import { HARMED_AFTER, HARMED_BEFORE } from './data/frame-cues.js'
import type { RoleFrame } from './frame.js'
import type { RoleMention } from './mentions.js'
import type { NameContext } from './names.js'
import { groupsOf } from './victims.js'

/** Right before a mention, a verb whose object is a place, or a hand-over. */
const NO_PARTY_BEFORE =
  /\b(?:ransack\w*|burn\w*|torch\w*|set\s+fire\s+to|occupied|occupying|stormed|storming|looted|vandali[sz]\w*|saccag\w*|incendi\w*|handed\s+(?:\w+\s+)?over\s+to|remis\s+aux?)\s+(?:the\s+|a\s+|an\s+|la\s+|le\s+|les\s+)?(?:[\w-]+\s+){0,2}$/
/** Right before a mention, that the crowd turned on it ('fought with', 'attacked'). */
const FOUGHT =
  /\b(?:with|against|attacked|attacking|lynched|beat(?:en)?\s+up|contre|avec)\s+(?:an?\s+|the\s+|des?\s+|les?\s+|la\s+)?(?:[\w-]+\s+){0,2}$/
/** A force named by its building ('police station', 'commissariat'). */
const BUILDING = /\b(?:station|commissariat|barracks|caserne|headquarters|office)\b/

/** Whether `m` stands for a party the crowd fights, not a place or a bystander. */
function party(folded: string, m: RoleMention): boolean {
  const before = folded.slice(Math.max(0, m.start - 45), m.start)
  if (NO_PARTY_BEFORE.test(before) || BUILDING.test(folded.slice(m.start, m.end))) return false
  if (HARMED_BEFORE.test(before.slice(-30))) return false
  return !HARMED_AFTER.test(folded.slice(m.end, m.end + 60))
}

export interface CrowdOpponents {
  /** The state force facing the crowd. */
  readonly force: RoleMention | null
  /** An armed party the crowd turns on ('a mob fought with an unidentified armed group'). */
  readonly armed: RoleMention | null
}

/** The opponents of a riot's crowd in `frame`. */
export function crowdOpponents(text: string, frame: RoleFrame): CrowdOpponents {
  const { agent, patient, others } = frame
  const folded = foldText(text)
  const all = [agent, patient, ...others].filter((m): m is RoleMention => m !== null)
  const force = all.find((m) => m.kind === 'state' && party(folded, m)) ?? null
  const armed =
    all.find(
      (m) =>
        m.kind !== 'rioter' &&
        m.kind !== 'protester' &&
        m.kind !== 'civilian' &&
        FOUGHT.test(folded.slice(Math.max(0, m.start - 35), m.start)) &&
        party(folded, m),
    ) ?? null
  return { force, armed }
}

/** The crowd of a protest or riot: its protester or rioter mention, else a civilian agent. */
export function crowdOf(frame: RoleFrame): RoleMention | null {
  const { agent, patient, others } = frame
  const all = [agent, patient, ...others]
  return (
    all.find((m) => m?.kind === 'protester' || m?.kind === 'rioter') ??
    (agent?.kind === 'civilian' ? agent : null)
  )
}

/** A mob that punishes suspects ('lynched two alleged thieves') acts as a vigilante group. */
const VIGILANTE =
  /\b(?:lynch\w*|suspected|alleged\w*|accused|thie(?:f|ves)|robbers?|bandits?|gunmen|assailants|handed\s+(?:\w+\s+)?over|captured|mob\s+justice|vigilant\w*|justice\s+populaire|voleurs?)\b/

/** Associated actors of rioters: who they are, and a vigilante group for mob justice. */
export function crowdAssoc(
  text: string,
  crowd: RoleMention | null,
  subType: string,
  ctx: NameContext,
): string {
  const out = []
  if (subType === 'Mob violence' && VIGILANTE.test(foldText(text))) {
    out.push(`Vigilante Group (${ctx.country ?? 'Mali'})`)
  }
  const groups = groupsOf(text, crowd, ctx)
  if (groups) out.push(groups)
  return out.join('; ')
}
