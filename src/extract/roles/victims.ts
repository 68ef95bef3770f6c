/**
 * @module
 * The civilians an event hits, as ACLED codes them: 'Civilians (<country>)' for the event's
 * country, a stated neighbouring nationality ('two Burkinabe herders'), or 'International' for
 * foreign nationals and international agencies' staff; with associated actors for who they are
 * ('Fulani Ethnic Group (Mali); Pastoralists (Mali)', 'Teachers (Mali)', the government for a
 * mayor).
 * The same identity words give the associated actors of protesters and rioters.
 */
import { findActorMentions } from '../../resolve/actors/index.js'
import { foldText } from '../text/span.js'
import { INTERNATIONAL } from './data/generic.js'
import { GROUPS } from './data/groups.js'
import type { RoleMention } from './mentions.js'
import {
  civilians,
  government,
  type NameContext,
  type NamedActor,
  victimNationality,
} from './names.js'

/** Words that name a community next to people ('of the Imghad tribe', 'from the Bozo group'). */
const COMMUNITY = /\b(?:community|communities|tribes?|ethnic|ethnie|communaute|clans?|groups?)\b/

export interface Victims {
  readonly actor: NamedActor
  /** ACLED associated actors, '; '-separated ('' when none). */
  readonly assoc: string
}

/** Identity labels for the people of mention `m` (its own words and those right around it). */
export function groupsOf(text: string, m: RoleMention | null, ctx: NameContext): string {
  if (!m) return ''
  const around = foldText(text.slice(Math.max(0, m.start - 30), m.end + 50))
  const country = ctx.country ?? 'Mali'
  const out: string[] = m.assoc && /Ethnic Group/.test(m.assoc) ? [m.assoc] : []
  // "three young men of the Imghad tribe": the community named right around them.
  if (out.length === 0 && COMMUNITY.test(around)) {
    const from = Math.max(0, m.start - 30)
    const near = findActorMentions(text.slice(from, m.end + 50), { ...ctx, country })
    const at = m.start - from
    const group = near
      .filter((x) => x.assoc && /Ethnic Group/.test(x.assoc.name))
      .sort((x, y) => Math.abs(x.start - at) - Math.abs(y.start - at))[0]?.assoc?.name
    if (group) out.push(group)
  }
  for (const [label, re] of GROUPS) {
    if (!re.test(around)) continue
    const name =
      label === '{government}' ? government(ctx).name : label.replace('{country}', country)
    if (!out.includes(name)) out.push(name)
  }
  return out.join('; ')
}

/** The civilians `victim` stands for (null: unnamed civilians of the event's country). */
export function victimsOf(text: string, victim: RoleMention | null, ctx: NameContext): Victims {
  if (!victim) return { actor: civilians(ctx), assoc: '' }
  const folded = foldText(text)
  const around = folded.slice(Math.max(0, victim.start - 40), victim.end + 40)
  if (INTERNATIONAL.test(around)) {
    const assoc = groupsOf(text, victim, { ...ctx, country: 'International' })
    return { actor: { name: 'Civilians (International)', inter: 7 }, assoc }
  }
  const nation = victimNationality(folded, victim.start, victim.end)
  const own = nation ? { ...ctx, country: nation } : ctx
  return { actor: civilians(own), assoc: groupsOf(text, victim, own) }
}
