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
  COUNTRY_NAMES,
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
  /** A second actor the same words name (a junta: the army and, once it rules, the government). */
  readonly also?: string
}

export interface LabelContext {
  readonly published?: string | null
  readonly country?: string
}

/** What may stand for a country in a rule: a nationality, a capital or the country's name. */
const PLACES: Readonly<Record<string, string>> = { ...COUNTRY_NAMES, ...NATIONALITIES }
const NAT_SOURCE = compileLexicon(Object.keys(PLACES)).source
interface Compiled {
  readonly rule: LabelRule
  readonly re: RegExp
  /** A literal word of the pattern: rules whose word is absent from the text are skipped. */
  readonly needle: string
}

let compiled: readonly Compiled[] | undefined
const POSSESSIVE = "['’]s\\s+"

function partSource(part: string): string {
  const p = part.trim()
  if (!p) return ''
  if (/^['’]s\s/.test(p)) return POSSESSIVE + compileLexicon([p.slice(3)]).source
  return compileLexicon([p]).source
}

function rules(): readonly Compiled[] {
  compiled ??= LABEL_RULES.map((rule) => {
    const parts = rule.pattern.split('{nat}')
    const lex = parts.map(partSource)
    // A possessive part ("'s junta") sticks to the country word before it.
    const join = (p: string) => (p.startsWith(POSSESSIVE) ? p : `\\s+${p}`)
    const source = lex.reduce((acc, p, i) =>
      i === 0 ? p : `${acc}${acc ? '\\s+' : ''}(${NAT_SOURCE})${p ? join(p) : ''}`,
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
function resolveTemplate(template: string, country: string, ctx: LabelContext): string {
  const name = template.replace('{country}', country)
  const date = ctx.published ?? undefined
  return resolveActorName(name, { ...(date ? { date } : {}), country })?.name ?? name
}

/** The actor a rule names and, for a junta, the second actor it also names. */
function actorFor(
  rule: LabelRule,
  nat: string | undefined,
  ctx: LabelContext,
): { actor: string; also?: string } {
  const key = nat?.toLowerCase().replace(/\s+/g, ' ')
  const country = (key && PLACES[key]) ?? ctx.country ?? 'Mali'
  const until = rule.until === 'junta' ? JUNTA_GOVERNS[country] : rule.until
  const before = until !== undefined && ctx.published ? ctx.published < until : undefined
  if (before === true && rule.actorBefore)
    return { actor: resolveTemplate(rule.actorBefore, country, ctx) }
  const actor = resolveTemplate(rule.actor, country, ctx)
  if (!rule.also) return { actor }
  const also = resolveTemplate(rule.also, country, ctx)
  // No date: the army for sure, the government beside it.
  const undated = before === undefined && until !== undefined
  return undated ? { actor: also, also: actor } : { actor, also }
}

/**
 * The country of the junta a document names with a country ('the Malian junta'), most often
 * first: a bare 'the junta' elsewhere in it is that one. Undefined when none is named.
 */
function namedJunta(found: readonly Found[]): string | undefined {
  const counts = new Map<string, number>()
  for (const { rule, nat } of found) {
    const c = nat && PLACES[nat.toLowerCase().replace(/\s+/g, ' ')]
    if (rule.also && c) counts.set(c, (counts.get(c) ?? 0) + 1)
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0]
}

interface Found {
  readonly hit: LabelHit
  readonly rank: number
  readonly rule: LabelRule
  readonly nat: string | undefined
}

/** Label-only mentions, non-overlapping: leftmost, then longest, then the earlier rule. */
export function findLabelOnly(text: string, ctx: LabelContext = {}): LabelHit[] {
  const found: Found[] = []
  const lower = text.toLowerCase().replace(/’/g, "'")
  rules().forEach(({ rule, re, needle }, rank) => {
    if (needle && !lower.includes(needle)) return
    re.lastIndex = 0
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const end = m.index + m[0].length
      const hit = { start: m.index, end, text: m[0], ...actorFor(rule, m[1], ctx) }
      found.push({ hit, rank, rule, nat: m[1] })
    }
  })
  const junta = namedJunta(found)
  const juntaCtx = junta ? { ...ctx, country: junta } : ctx
  found.sort((a, b) => a.hit.start - b.hit.start || b.hit.end - a.hit.end || a.rank - b.rank)
  const out: LabelHit[] = []
  for (const { hit, rule, nat } of found) {
    const last = out[out.length - 1]
    if (last && hit.start < last.end) continue
    const bare = rule.also !== undefined && nat === undefined && junta !== undefined
    out.push(bare ? { ...hit, ...actorFor(rule, undefined, juntaCtx) } : hit)
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
