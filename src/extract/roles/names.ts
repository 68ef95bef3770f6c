/**
 * @module
 * ACLED-style names for actors the text does not name: the conventional generic actors
 * ('Unidentified Armed Group (Mali)', 'Civilians (Mali)', 'Protesters (Mali)', 'Rioters (Mali)',
 * state forces) resolved through the actor registry with the event's country and date, so they
 * match the registry's own spelling and defaults; a plain template when the registry has none.
 */
import { resolveActorName } from '../../resolve/actors/index.js'
import { AFTER_VICTIM, BEFORE_VICTIM, NATIONALITIES } from './data/nationality.js'
import type { RoleMention } from './mentions.js'

export interface NamedActor {
  readonly name: string
  readonly inter: number
}

export interface NameContext {
  readonly country?: string
  readonly date?: string
  /** Where the event happened ('Nafona'), for a village fighting as a group. */
  readonly place?: string
}

function generic(key: string, template: string, inter: number, ctx: NameContext): NamedActor {
  const r = resolveActorName(key, ctx)
  if (r) return { name: r.name, inter: r.inter }
  return { name: ctx.country ? `${template} (${ctx.country})` : template, inter }
}

export const civilians = (ctx: NameContext): NamedActor => generic('civilians', 'Civilians', 7, ctx)
export const protesters = (ctx: NameContext): NamedActor =>
  generic('protesters', 'Protesters', 6, ctx)
export const rioters = (ctx: NameContext): NamedActor => generic('rioters', 'Rioters', 5, ctx)
export const police = (ctx: NameContext): NamedActor =>
  generic('police', 'Police Forces', 1, ctx)
export const government = (ctx: NameContext): NamedActor =>
  generic('government', 'Government', 1, ctx)
export const military = (ctx: NameContext): NamedActor =>
  generic('soldiers', 'Military Forces', 1, ctx)
export const unidentified = (ctx: NameContext): NamedActor =>
  generic('unidentified armed group', 'Unidentified Armed Group', 3, ctx)

/** Residents fighting as a group: '<place> Communal Militia (<country>)', ACLED's name for it. */
export function communal(ctx: NameContext): NamedActor {
  const country = ctx.country ?? 'Mali'
  const place = ctx.place && !/[,()]/.test(ctx.place) ? ctx.place : 'Unidentified'
  return { name: `${place} Communal Militia (${country})`, inter: 4 }
}

/** Soldiers named as soldiers; "security forces" facing a crowd are the police in ACLED. */
const SOLDIERS =
  /soldier|army|armee|militar|troop|fama|guard|gendarm|police|barkhane|french|minusma/

/** The force that faces rioters or protesters: unnamed security forces are the police. */
export function crowdForce(m: RoleMention, ctx: NameContext): NamedActor {
  const named = nameActor(m, ctx)
  if (m.kind !== 'state' || !m.generic || !/^Military Forces/.test(named.name)) return named
  return SOLDIERS.test(m.text.toLowerCase()) ? named : police(ctx)
}

/** The ACLED-style name of a mention, by the registry when it knows it. */
export function nameActor(m: RoleMention, ctx: NameContext): NamedActor {
  if (m.name) return { name: m.name, inter: m.inter }
  const t = m.text.toLowerCase()
  switch (m.kind) {
    case 'civilian':
      return civilians(ctx)
    case 'protester':
      return protesters(ctx)
    case 'rioter':
      return rioters(ctx)
    case 'state':
      if (/gendarm|police|policier/.test(t)) return police(ctx)
      return military(ctx)
    case 'identity':
    case 'armed':
      if (/dozo|hunter|chasseur/.test(t)) return generic('dozo', 'Dozo Communal Militia', 4, ctx)
      return unidentified(ctx)
    default:
      return unidentified(ctx)
  }
}

/** The country of a victim's stated nationality ('two Burkinabe herders'), or null. */
export function victimNationality(folded: string, start: number, end: number): string | null {
  const word = BEFORE_VICTIM.exec(folded.slice(Math.max(0, start - 30), start))?.[1]
  const after = AFTER_VICTIM.exec(folded.slice(end, end + 50))?.[1]
  for (const w of [word, folded.slice(start, end), after]) {
    if (!w) continue
    const hit = NATIONALITIES.find(([, re]) => re.test(w))
    if (hit) return hit[0]
  }
  return null
}
