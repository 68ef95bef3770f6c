/**
 * @module
 * Finds actor mentions in text: fold (case, accents, apostrophes), tokenize with plural stems,
 * then walk the compiled trie from each token and keep the longest match (non-overlapping,
 * left to right). Acronym entries must match their exact spelling in the original text. Named
 * mentions swallow a following member noun ('JNIM militants'). Spans index the original text.
 */
import { getMatcher } from './compile.js'
import type { TrieEntry, TrieNode } from './compile.js'
import { foldText } from './fold.js'
import { instantiate } from './instantiate.js'
import type { Instance } from './instantiate.js'
import { tokenizeFolded } from './tokenize.js'
import type { Token } from './tokenize.js'
import type { ActorContext, ActorMention, ResolvedActor } from './types.js'

const MAX_SUFFIX = 2

function normApostrophes(s: string): string {
  return s.replace(/[’‘`´ʼ]/g, "'")
}

function validEntries(entries: readonly TrieEntry[], text: string, start: number, end: number) {
  let slice: string | undefined
  return entries.filter((e) => {
    if (e.exact === undefined) return true
    slice ??= normApostrophes(text.slice(start, end))
    return slice === e.exact
  })
}

interface Hit {
  readonly last: number
  readonly entries: readonly TrieEntry[]
}

function longestAt(tokens: readonly Token[], i: number, root: TrieNode, text: string): Hit | null {
  let at: TrieNode | undefined = root
  let best: Hit | null = null
  const start = tokens[i]?.start ?? 0
  for (let j = i; j < tokens.length; j++) {
    const tok = tokens[j] as Token
    at = at.next.get(tok.key)
    if (!at) break
    if (at.entries.length > 0) {
      const ok = validEntries(at.entries, text, start, tok.end)
      if (ok.length > 0) best = { last: j, entries: ok }
    }
  }
  return best
}

/** Instance cache: same (ref, country, date) → same resolved actor. */
const cache = new Map<string, Instance | null>()

function cachedInstance(ref: string, ctx: ActorContext): Instance | null {
  const key = `${ref}|${ctx.country ?? ''}|${ctx.date ?? ''}`
  let hit = cache.get(key)
  if (hit === undefined) {
    if (cache.size > 50_000) cache.clear()
    hit = instantiate(ref, ctx)
    cache.set(key, hit)
  }
  return hit
}

function toMention(text: string, start: number, end: number, entries: readonly TrieEntry[], ctx: ActorContext): ActorMention | null {
  const primary = entries[0]
  if (!primary) return null
  const inst = cachedInstance(primary.ref, ctx)
  if (!inst) return null
  const alternatives: ResolvedActor[] = []
  const seen = new Set([inst.actor.name])
  const altRefs = [...entries.slice(1).map((e) => e.ref), ...(primary.alternatives ?? [])]
  for (const ref of altRefs) {
    const alt = cachedInstance(ref, ctx)?.actor
    if (alt && !seen.has(alt.name)) {
      seen.add(alt.name)
      alternatives.push(alt)
    }
  }
  const assoc = primary.assoc ? cachedInstance(primary.assoc, ctx)?.actor : inst.assoc
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
  const { root, suffixKeys } = getMatcher()
  const tokens = tokenizeFolded(foldText(text))
  const out: ActorMention[] = []
  let i = 0
  while (i < tokens.length) {
    const hit = longestAt(tokens, i, root, text)
    if (!hit) {
      i++
      continue
    }
    let last = hit.last
    if (hit.entries[0]?.rank === 0) {
      for (let k = 0; k < MAX_SUFFIX && suffixKeys.has(tokens[last + 1]?.key ?? ''); k++) last++
    }
    const start = (tokens[i] as Token).start
    const mention = toMention(text, start, (tokens[last] as Token).end, hit.entries, ctx)
    if (mention) out.push(mention)
    i = last + 1
  }
  return out
}
