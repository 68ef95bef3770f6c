/**
 * @module
 * Label-only mentions: phrases that point at an actor without naming it ('the junta',
 * 'French imperialism', 'colonial troops', 'the Bamako regime'), mapped by the rules in
 * `data/label-actors.ts`; a nationality or capital picks the country, the publication date picks
 * between the junta as army and the junta as government. Also finds states and blocs ('ECOWAS',
 * 'Guinea') for relations. Names are resolved through the actor registry where it knows them.
 */
import { resolveActorName } from '../resolve/actors/index.js'
import { compileLexicon } from './_lexicon.js'
import {
  JUNTA_GOVERNS,
  LABEL_RULES,
  NATIONALITIES,
  PARENT_ORGS,
  STATE_ACTORS,
} from './data/label-actors.js'
import type { LabelRule } from './data/label-actors.js'

export interface LabelHit {
  readonly start: number
  readonly end: number
  readonly text: string
  readonly actor: string
}

export interface LabelContext {
  readonly published?: string | null
  readonly country?: string
}

const NAT_SOURCE = compileLexicon(Object.keys(NATIONALITIES)).source
interface Compiled {
  readonly rule: LabelRule
  readonly re: RegExp
  /** A literal word of the pattern: rules whose word is absent from the text are skipped. */
  readonly needle: string
}

let compiled: readonly Compiled[] | undefined

function rules(): readonly Compiled[] {
  compiled ??= LABEL_RULES.map((rule) => {
    const parts = rule.pattern.split('{nat}')
    const lex = parts.map((p) => (p.trim() ? compileLexicon([p.trim()]).source : ''))
    const source = lex.reduce((acc, p, i) =>
      i === 0 ? p : `${acc}${acc ? '\\s+' : ''}(${NAT_SOURCE})${p ? `\\s+${p}` : ''}`,
    )
    const literal = rule.pattern.replace('{nat}', ' ').trim().split(/\s+/)[0] ?? ''
    const needle = literal
      .replace(/[*?].*$/, '')
      .replace(/’/g, "'")
      .toLowerCase()
    return { rule, re: new RegExp(source, 'giu'), needle }
  })
  return compiled
}

/** The actor a rule names, in the registry's spelling when the registry knows it. */
function actorFor(rule: LabelRule, nat: string | undefined, ctx: LabelContext): string {
  const country = (nat && NATIONALITIES[nat.toLowerCase()]) ?? ctx.country ?? 'Mali'
  const until = rule.until === 'junta' ? JUNTA_GOVERNS[country] : rule.until
  const early = until !== undefined && ctx.published && ctx.published < until
  const template = early && rule.actorBefore ? rule.actorBefore : rule.actor
  const name = template.replace('{country}', country)
  const date = ctx.published ?? undefined
  return resolveActorName(name, { ...(date ? { date } : {}), country })?.name ?? name
}

/** Label-only mentions, non-overlapping: leftmost, then longest, then the earlier rule. */
export function findLabelOnly(text: string, ctx: LabelContext = {}): LabelHit[] {
  const found: { hit: LabelHit; rank: number }[] = []
  const lower = text.toLowerCase().replace(/’/g, "'")
  rules().forEach(({ rule, re, needle }, rank) => {
    if (needle && !lower.includes(needle)) return
    re.lastIndex = 0
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const end = m.index + m[0].length
      found.push({
        hit: { start: m.index, end, text: m[0], actor: actorFor(rule, m[1], ctx) },
        rank,
      })
    }
  })
  found.sort((a, b) => a.hit.start - b.hit.start || b.hit.end - a.hit.end || a.rank - b.rank)
  const out: LabelHit[] = []
  for (const { hit } of found) {
    const last = out[out.length - 1]
    if (!last || hit.start >= last.end) out.push(hit)
  }
  return out
}

const STATES = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${Object.keys(STATE_ACTORS)
    .sort((a, b) => b.length - a.length)
    .map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|')})(?![\\p{L}\\p{N}])`,
  'gu',
)

/** States and blocs named in the text ('ECOWAS', 'Guinea'), case-sensitive. */
export function findStateActors(text: string): LabelHit[] {
  const out: LabelHit[] = []
  STATES.lastIndex = 0
  for (let m = STATES.exec(text); m; m = STATES.exec(text)) {
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
      actor: STATE_ACTORS[m[0]] ?? m[0],
    })
  }
  return out
}

const PARENTS = Object.entries(PARENT_ORGS).map(([actor, names]) => ({
  actor,
  re: compileLexicon(names),
}))

/**
 * Parent organisations the registry folds into their Sahel branch (ACLED codes al-Qaeda in
 * Mali as JNIM), kept apart for relations: 'al-Qaeda', 'AQIM', 'Islamic State'.
 */
export function findParentOrgs(text: string): LabelHit[] {
  const out: LabelHit[] = []
  for (const { actor, re } of PARENTS) {
    re.lastIndex = 0
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const end = m.index + m[0].length
      if (out.some((h) => h.start < end && m!.index < h.end)) continue
      out.push({ start: m.index, end, text: m[0], actor })
    }
  }
  return out.sort((a, b) => a.start - b.start)
}
