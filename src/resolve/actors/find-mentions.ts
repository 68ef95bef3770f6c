/**
 * @module
 * Finds actor mentions in text: fold (case, accents, apostrophes), tokenize with plural stems,
 * then walk the compiled trie from each token and keep the longest match (non-overlapping,
 * left to right). Acronym entries must match their exact spelling in the original text. Named
 * mentions swallow a following member noun ('JNIM militants'). Spans index the original text.
 */
import { getMatcher } from './compile.js'
import type { TrieEntry } from './compile.js'
import { foldText } from './fold.js'
import { DEFAULT_COUNTRY, instantiate } from './instantiate.js'
import { MatchState } from './match-at.js'
import { isForeignForce } from './foreign-forces.js'
import { inPlaceName } from './place-name.js'
import { villageMilitia } from './village-militia.js'
import { chooseWings } from './wing.js'
import type { Instance } from './instantiate.js'
import { tokenizeFolded } from './tokenize.js'
import type { Token } from './tokenize.js'
import type { ActorContext, ActorMention, ResolvedActor } from './types.js'

const MAX_SUFFIX = 2
/** Generic actors that may be a village fighting as a group. */
const VILLAGE_KINDS = new Set(['civilians', 'rioters', 'identity-militia'])

/** Instance cache per context: same (country, date, ref) → same resolved actor. */
const caches = new Map<string, Map<string, Instance | null>>()

function contextCache(ctx: ActorContext): Map<string, Instance | null> {
  const key = `${ctx.country ?? ''}|${ctx.date ?? ''}`
  let cache = caches.get(key)
  if (!cache) {
    if (caches.size > 5_000) caches.clear()
    cache = new Map()
    caches.set(key, cache)
  }
  return cache
}

function cachedInstance(ref: string, ctx: ActorContext, cache: Map<string, Instance | null>) {
  let hit = cache.get(ref)
  if (hit === undefined) {
    hit = instantiate(ref, ctx)
    cache.set(ref, hit)
  }
  return hit
}

/** A person's organisation is named as in their tenure ('Bazoum' → 2021-2023 government). */
function withinTenure(ctx: ActorContext, t: { from?: string; to?: string }): ActorContext {
  const date = ctx.date?.slice(0, 10)
  if (t.to && (date === undefined || date >= t.to)) return { ...ctx, date: dayBefore(t.to) }
  if (t.from && date !== undefined && date < t.from) return { ...ctx, date: t.from }
  return ctx
}

function dayBefore(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() - 1)
  return d.toISOString().slice(0, 10)
}

function toMention(
  text: string,
  span: readonly [number, number],
  entries: readonly TrieEntry[],
  ctx: ActorContext,
  cache: Map<string, Instance | null>,
): ActorMention | null {
  const [start, end] = span
  const primary = entries[0]
  if (!primary) return null
  const inst = primary.tenure
    ? instantiate(primary.ref, withinTenure(ctx, primary.tenure))
    : cachedInstance(primary.ref, ctx, cache)
  if (!inst) return null
  const alternatives: ResolvedActor[] = []
  const seen = new Set([inst.actor.name])
  const altRefs = [...entries.slice(1).map((e) => e.ref), ...(primary.alternatives ?? [])]
  for (const ref of altRefs) {
    const alt = cachedInstance(ref, ctx, cache)?.actor
    if (alt && !seen.has(alt.name)) {
      seen.add(alt.name)
      alternatives.push(alt)
    }
  }
  if (primary.generic && VILLAGE_KINDS.has(inst.actor.kind ?? '')) {
    const village = villageMilitia(text, start, end, ctx.country ?? DEFAULT_COUNTRY)
    if (village && !seen.has(village.name)) alternatives.push(village)
  }
  const assoc = primary.assoc ? cachedInstance(primary.assoc, ctx, cache)?.actor : inst.assoc
  return {
    start,
    end,
    text: text.slice(start, end),
    actor: inst.actor,
    generic: primary.generic,
    weak: primary.rank === 2,
    ...(assoc ? { assoc } : {}),
    ...(primary.person ? { person: primary.person } : {}),
    ...(alternatives.length > 0 ? { alternatives } : {}),
  }
}

/**
 * Actor mentions in `text` (a sentence or a document), in text order, non-overlapping.
 * @example findActorMentions('FAMa soldiers repelled JNIM', { date: '2018-05-02' })
 */
export function findActorMentions(text: string, ctx: ActorContext = {}): ActorMention[] {
  const matcher = getMatcher()
  const tokens = tokenizeFolded(foldText(text))
  const state = new MatchState(matcher, tokens, text)
  const cache = contextCache(ctx)
  const out: ActorMention[] = []
  let i = 0
  while (i < tokens.length) {
    const hit = state.longestAt(i)
    if (!hit) {
      i++
      continue
    }
    let last = hit.last
    if (hit.entries[0]?.rank === 0) {
      for (let k = 0; k < MAX_SUFFIX; k++) {
        const next = tokens[last + 1]
        if (!next || next.barrier || !matcher.suffixKeys.has(next.key)) break
        last++
      }
    }
    const start = (tokens[i] as Token).start
    const span = [start, (tokens[last] as Token).end] as const
    const mention = toMention(text, span, hit.entries, ctx, cache)
    if (mention) out.push(mention)
    i = last + 1
  }
  const isActor = (s: number, e: number): boolean => out.some((m) => m.start <= s && e <= m.end)
  const folded = foldText(text)
  const kept = out.filter(
    (m) => !inPlaceName(text, m.start, m.end, isActor) && !isForeignForce(folded, m),
  )
  return kept.some((m) => m.alternatives) ? chooseWings(text, kept) : kept
}
