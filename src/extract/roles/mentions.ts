/**
 * @module
 * Adapter over the actor registry: the registry's mentions in an event's text (with the
 * event's country and date, so names carry the right '(Mali)' and period) plus generic
 * descriptions from `data/generic.ts` where the registry found nothing. Each gets a
 * role-relevant `kind`. Weak mentions (an actor implied only by an event word) are dropped:
 * the role conventions fill those in.
 */
import { findActorMentions, villageMilitia } from '../../resolve/actors/index.js'
import { appose, jointOf } from './apposition.js'
import { belong } from './belong.js'
import { GENERIC, type GenericKind } from './data/generic.js'

export type ActorKind = GenericKind | 'identity'

export interface RoleMention {
  readonly start: number
  readonly end: number
  readonly text: string
  /** Canonical name from the registry, or null for a generic description it did not resolve. */
  readonly name: string | null
  readonly inter: number
  readonly kind: ActorKind
  readonly generic: boolean
  /** ACLED associated actor given by the registry ('Katiba Macina' for a JNIM mention). */
  readonly assoc: string | null
  /** The armed reading of a civilian mention ('Fulani village' → 'Fulani Ethnic Militia'). */
  readonly armedAlternative?: { readonly name: string; readonly inter: number }
}

const REGISTRY_KIND: Readonly<Record<string, ActorKind>> = {
  state: 'state',
  government: 'state',
  external: 'state',
  rebel: 'armed',
  militia: 'armed',
  'identity-militia': 'identity',
  civilians: 'civilian',
  protesters: 'protester',
  rioters: 'rioter',
  unidentified: 'unidentified',
}

function kindOfInter(inter: number): ActorKind {
  if (inter === 1) return 'state'
  if (inter === 7) return 'civilian'
  if (inter === 6) return 'protester'
  if (inter === 5) return 'rioter'
  return 'armed'
}

function armedAlternative(
  alts: ReadonlyArray<{ readonly name: string; readonly inter: number }> | undefined,
): { armedAlternative?: { name: string; inter: number } } {
  const alt = alts?.find((a) => a.inter === 4 || a.inter === 3)
  return alt ? { armedAlternative: { name: alt.name, inter: alt.inter } } : {}
}

/** 'a Fulani-focused NGO', 'Bamako-based': a name that only qualifies the noun after it. */
const QUALIFIER = /^-(?:focused|based|oriented|speaking|owned|run|born)\b/

/** People who may fight for their village ('locals from Kera'), not things ('an office in it'). */
const PEOPLE = new RegExp(
  String.raw`(?:people|villagers?|residents?|locals?|inhabitants?|youths?|farmers?|herders?|` +
    String.raw`men|population|communit(?:y|ies)|villageois|habitants|jeunes)$`,
)

/** 'pro-government GATIA', 'anti-French protests': X only qualifies the name or noun after it. */
const STANCE = /\b(?:pro|anti)-$/

/** A note's leading sub-event label that holds actor words. */
const LABEL = /^\s*change to (?:armed )?group(?:\/activity)?:/

const GLOBAL = GENERIC.map(([kind, re]) => [kind, new RegExp(re.source, 'g')] as const)

const INTER: Readonly<Record<GenericKind, number>> = {
  unidentified: 3,
  state: 1,
  armed: 2,
  civilian: 7,
  protester: 6,
  rioter: 5,
}

/** Actor mentions in `text[from, to)` (offsets into `text`), in order, without overlaps. */
export function findRoleMentions(
  text: string,
  folded: string,
  from: number,
  to: number,
  ctx: { country?: string; date?: string },
): RoleMention[] {
  const out: RoleMention[] = []
  // "Change to armed group: …": ACLED's sub-event label names no armed group.
  const label = LABEL.exec(folded)?.[0].length ?? 0
  for (const m of findActorMentions(text.slice(from, to), ctx)) {
    if (m.weak || QUALIFIER.test(folded.slice(from + m.end, from + m.end + 12))) continue
    if (from + m.start < label) continue
    if (STANCE.test(folded.slice(Math.max(0, from + m.start - 6), from + m.start))) continue
    const a = m.actor
    out.push({
      start: from + m.start,
      end: from + m.end,
      text: text.slice(from + m.start, from + m.end),
      name: a.name,
      inter: a.inter,
      kind: (a.kind && REGISTRY_KIND[a.kind]) || kindOfInter(a.inter),
      generic: m.generic,
      assoc: m.assoc?.name ?? null,
      ...armedAlternative(m.alternatives),
    })
  }
  const taken = (s: number, e: number): boolean => out.some((m) => s < m.end && e > m.start)
  const part = folded.slice(from, to)
  for (const [kind, g] of GLOBAL) {
    g.lastIndex = 0
    for (let x = g.exec(part); x; x = g.exec(part)) {
      const s = from + x.index
      const e = s + x[0].length
      if (taken(s, e) || s < label) continue
      if (STANCE.test(folded.slice(Math.max(0, s - 6), s))) continue
      // "locals from Kera": the village they fight for, as for the registry's civilians.
      const people = kind === 'civilian' && PEOPLE.test(x[0])
      const village = people ? villageMilitia(text, s, e, ctx.country ?? 'Mali') : null
      out.push({
        start: s,
        end: e,
        text: text.slice(s, e),
        name: null,
        inter: INTER[kind],
        kind,
        generic: true,
        assoc: null,
        ...armedAlternative(village ? [village] : undefined),
      })
    }
  }
  // Twice: "armed men claiming to be | fighters of | JNIM" chains two steps.
  const apposed = appose(jointOf(out.sort((a, b) => a.start - b.start), folded), folded)
  return corefer(belong(belong(apposed, folded, text), folded, text), folded).map((m) =>
    victimsOf(m, folded),
  )
}

/** 'the massacre of Fulani', 'le massacre de Peuls': the people a violence noun is done to. */
const VICTIM_OF =
  /\b(?:massacres?|killings?|murders?|slaughter|execution|abduction|kidnapping|tueries?|assassinats?|enlevements?)\s+(?:of|de|des|d')\s*(?:the\s+|les\s+)?$/

/** An ethnic group named as the victims of a violence noun are civilians of that group. */
function victimsOf(m: RoleMention, folded: string): RoleMention {
  if (m.kind !== 'identity' || !VICTIM_OF.test(folded.slice(Math.max(0, m.start - 30), m.start)))
    return m
  const alt = m.name ? { armedAlternative: { name: m.name, inter: m.inter } } : {}
  return { ...m, name: null, inter: 7, kind: 'civilian', generic: true, ...alt }
}

/** "French forces … the soldiers": a generic force refers to the force named before it. */
function corefer(ms: RoleMention[], folded: string): RoleMention[] {
  const named: Partial<Record<ActorKind, RoleMention>> = {}
  let unnamed = false
  let militia: RoleMention | undefined
  return ms.map((m) => {
    // "Fulani militiamen attacked … the militiamen": the militia named before, by ethnicity.
    if (m.kind === 'identity') {
      const definite = DEFINITE_BEFORE.test(folded.slice(Math.max(0, m.start - 8), m.start))
      if (definite && MILITIA_WORD.test(m.text.toLowerCase()) && militia) {
        return { ...m, name: militia.name, inter: militia.inter, assoc: militia.assoc }
      }
      if (m.name && !/^unidentified/i.test(m.name)) militia = m
      return m
    }
    // "Katiba Macina militants … the militants": likewise for a named armed group.
    const kind = m.kind === 'unidentified' ? 'armed' : m.kind
    if (kind !== 'state' && kind !== 'armed') return m
    if (!m.generic && m.name) {
      named[kind] = m
      return m
    }
    const anaphor = kind === 'state' || ARMED_ANAPHOR.test(m.text.toLowerCase())
    // After "unknown gunmen", "the assailants" are those gunmen, whoever is named in between.
    if (!anaphor) unnamed = true
    const ante = kind === 'armed' && unnamed ? undefined : named[kind]
    return ante && m.generic && anaphor
      ? { ...m, name: ante.name, inter: ante.inter, assoc: ante.assoc }
      : m
  })
}

/** 'the militiamen', 'ces miliciens': a definite plain word for a militia named before. */
const MILITIA_WORD = /^(?:militiam[ae]n|militias?|miliciens?)$/
const DEFINITE_BEFORE = /\b(?:the|these|those|les|ces)\s+$/

/** Plain words for an armed group that refer back to one named before ('the militants'). */
const ARMED_ANAPHOR = /^(?:the |these |les |ces )?(?:militants?|jihadists?|islamists?|fighters?|assailants?|attackers?|djihadistes?|jihadistes?|assaillants?)$/
