/**
 * @module
 * Who used and who underwent remote violence, from the mentions of its frame. Air and drone
 * strikes come from state forces; mines, shells and bombs from the others, and whoever hits a
 * mine, rides the vehicle it hits or is killed by the blast is the target ('a pickup of the CMA',
 * 'two MSA militiamen were killed by the explosion') — unless they were planting it.
 */
import { foldText } from '../text/span.js'
import {
  ASSET,
  BLAST_VICTIM_AFTER,
  BLAST_VICTIM_BEFORE,
  OWN_DEVICE,
} from './data/frame-cues.js'
import type { RoleFrame } from './frame.js'
import type { RoleMention } from './mentions.js'

export interface RemoteRoles {
  readonly planter: RoleMention | null
  readonly target: RoleMention | null
}

/** 'a car bomb', 'a truck-borne IED', 'une voiture piégée': the vehicle is the device itself. */
const DEVICE_AFTER = /^\s*-?\s*(?:bombs?|borne|piegee?s?|bourree?s?)\b/

/** Whether `m` is what a mine or bomb hit, by the words around it. */
function blastVictim(text: string, m: RoleMention): boolean {
  const folded = foldText(text.slice(Math.max(0, m.start - 45), m.end + 90))
  const at = Math.min(45, m.start)
  const before = folded.slice(0, at)
  const after = folded.slice(at + (m.end - m.start))
  // Militants killed by their own device while planting it still are the ones who used it.
  if (OWN_DEVICE.test(folded)) return false
  return BLAST_VICTIM_BEFORE.test(before) || BLAST_VICTIM_AFTER.test(after)
}

/** The user and the target of remote violence of sub-type `subType` in `frame`. */
export function remoteRoles(text: string, frame: RoleFrame, subType: string): RemoteRoles {
  const { agent, patient, others } = frame
  const all = [agent, patient, ...others].filter(
    (m): m is RoleMention =>
      m !== null && !DEVICE_AFTER.test(foldText(text.slice(m.end, m.end + 14))),
  )
  const air = subType === 'Air/drone strike'
  const assetOf = (m: RoleMention): string => {
    const next = /^\s*(?:[\w-]+\s+)?[\w-]+/.exec(text.slice(m.end, m.end + 30))?.[0] ?? ''
    return foldText(`${m.text} ${next}`)
  }
  // An armed group whose vehicle or post is hit undergoes the blast ('a GATIA vehicle struck').
  const struck = patient && patient !== agent && patient.kind === 'armed' ? patient : null
  const hit = !air && struck && ASSET.test(assetOf(struck)) ? struck : null
  // In text order: 'two GATIA fighters and a MOC officer were killed' hit GATIA first.
  const victims = air
    ? []
    : all.filter((m) => blastVictim(text, m)).sort((a, b) => a.start - b.start)
  const planter = air
    ? all.find((m) => m.kind === 'state')
    : all.find(
        (m) =>
          (!hit || (m !== hit && m.name !== hit.name)) &&
          !victims.includes(m) &&
          (m.kind === 'armed' || m.kind === 'unidentified' || m.kind === 'identity'),
      )
  const target =
    hit ??
    victims.find((m) => m !== planter && m.kind !== 'civilian' && !m.generic) ??
    all.find(
      (m) =>
        m !== planter && (air ? m.kind !== 'state' : m.kind === 'state' || m.kind === 'civilian'),
    )
  // A joint base of MINUSMA and Barkhane (or French soldiers in a MINUSMA camp): ACLED codes
  // MINUSMA as the target, the French forces associated.
  const un = all.find((m) => m !== planter && m.name?.startsWith('MINUSMA'))
  if (un && target?.name?.startsWith('Military Forces of France')) {
    return { planter: planter ?? null, target: un }
  }
  return { planter: planter ?? null, target: target ?? null }
}
