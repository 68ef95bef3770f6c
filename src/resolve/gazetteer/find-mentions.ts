/**
 * @module
 * `findPlaceMentions(text)`: place names in text with exact spans, in text order, longest match
 * first, non-overlapping. Guards against the many GeoNames villages named like common words:
 * a name must be capitalised, common words count only after a place cue and never at a
 * sentence start, armed-group names ('Katiba Macina') are skipped whole. A capitalised name
 * right after a place cue that no gazetteer knows is still returned, with no candidates. Surnames
 * and clock-time asides are dropped last (`not-a-place.ts`).
 */
import { COUNTRIES } from './countries.js'
import { foldName } from './fold.js'
import { isLoose, partLookup, slipLookup } from './fuzzy.js'
import { adminWord } from './admin-word.js'
import { guessedPart, readHyphen, splitsAt } from './hyphen-pair.js'
import { needsCue } from './natural.js'
import { notAPlace } from './not-a-place.js'
import { cueBefore } from './place-cues.js'
import { sahelIndex } from './sahel-gazetteer.js'
import { ACTOR_PHRASES, COMMON_WORDS, FACILITIES, NEVER_PLACES, REGION_ONLY } from './stoplist.js'
import { isSentenceStart, joinable, runLength, type Token, tokenize } from './tokens.js'
import type { Place, PlaceMention } from './types.js'
import { countryIndex, lookupWorldCity } from './world-gazetteer.js'

const ACTORS = new Set(ACTOR_PHRASES)
/** First words of the actor phrases: a run whose first word starts none of them is no actor. */
const ACTOR_FIRST = new Set(ACTOR_PHRASES.map((p) => p.split(' ')[0] ?? p))
const MAX_ACTOR_TOKENS = 9
const MAX_UNKNOWN_TOKENS = 3
const STRONG_CUES = new Set(['coded', 'in', 'village', 'near', 'relative', 'between', 'people'])

const isCapitalised = (t: Token) => /^\p{Lu}/u.test(t.text)
const isAcronym = (t: Token) => t.text.length <= 5 && t.text === t.text.toUpperCase()
/** 'FAMa', 'MCs', 'BurkinaFaso': a capital inside a word marks an acronym or a typo. */
const isMixedCase = (t: Token) =>
  /^\p{Lu}[\p{L}\p{M}]*\p{Lu}/u.test(t.text) &&
  /\p{Ll}/u.test(t.text) &&
  !/['’]/.test(t.text) &&
  !/^N\p{Lu}\p{Ll}/u.test(t.text) // NTillit, NDaki: N'Tillit without its apostrophe

function actorLength(text: string, tokens: readonly Token[], i: number): number {
  // a run's folded name starts with its first token's (tokens are joined by a space or hyphen)
  const head = foldName((tokens[i] as Token).text)
  if (head !== '' && !head.includes(' ') && !ACTOR_FIRST.has(head)) return 0
  const max = runLength(text, tokens, i, MAX_ACTOR_TOKENS)
  for (let n = max; n >= 1; n--) {
    const slice = text.slice((tokens[i] as Token).start, (tokens[i + n - 1] as Token).end)
    if (ACTORS.has(foldName(slice))) return n
  }
  return 0
}

interface Candidate {
  readonly first: Token
  /** Next token when it is joinable (the 'Dicko' of 'Harouna Dicko'). */
  readonly next: Token | undefined
  readonly key: string
  readonly n: number
  /** Right after another place and ',' or '(' ('Djika (Arbinda, Soum)'). */
  readonly qualifier: boolean
}

function accepts(text: string, c: Candidate, candidates: readonly Place[]): boolean {
  const { first, key, n } = c
  if (n > 1) return true
  if (NEVER_PLACES.has(key)) return false
  const cue = cueBefore(text, first.start)
  if (REGION_ONLY.has(key))
    return c.qualifier || adminWord(text, first.start, first.end) === 'region'
  // a capitalised word glued to this one makes a longer name we do not know (a person, 'Tin X')
  const nextKey = c.next ? foldName(c.next.text) : ''
  if (c.next && isCapitalised(c.next) && !NEVER_PLACES.has(nextKey) && !FACILITIES.has(nextKey)) {
    const gap = text.slice(first.end, c.next.start)
    const pair =
      /^(?:road|area)$/.test(adminWord(text, first.start, first.end)) ||
      readHyphen(text, first.start, c.next.end) === 'pair'
    if (gap !== '-' || !pair || lookupSahel(c.next.text).length === 0) return false
  }
  if (COMMON_WORDS.has(key) || needsCue(candidates)) {
    return STRONG_CUES.has(cue) && !isSentenceStart(text, first)
  }
  const minor = (p: Place) => (p.kind === 'populated' || p.kind === 'other') && p.population < 1000
  if (isSentenceStart(text, first) && candidates.every(minor)) {
    return cue !== 'none' || !/^\p{Lu}\p{Ll}+$/u.test(first.text) || first.text.length > 4
  }
  return true
}

function lookupSahel(name: string): readonly Place[] {
  const countries = countryIndex().lookupExact(name)
  if (countries.length > 0) return countries
  return sahelIndex().lookup(name)
}

/** All place names found in `text`, in text order, with their candidate places. */
export function findPlaceMentions(text: string): PlaceMention[] {
  const hit = recent.get(text)
  if (hit) return [...hit]
  const found = scan(text).filter((m) => !notAPlace(text, m.start, m.end))
  recent.set(text, found)
  if (recent.size > RECENT_MAX) recent.delete(recent.keys().next().value as string)
  return [...found]
}

const RECENT_MAX = 8
const recent = new Map<string, readonly PlaceMention[]>()
function scan(text: string): PlaceMention[] {
  const tokens = tokenize(text)
  const maxTokens = Math.min(6, sahelIndex().maxTokens)
  const out: PlaceMention[] = []
  let i = 0
  while (i < tokens.length) {
    const first = tokens[i] as Token
    const actor = actorLength(text, tokens, i)
    // 'I' of 'I-n-Kadagotan' (Tamasheq 'in') is no acronym
    const prefix = first.text === 'I' && text.startsWith('-n-', first.end)
    const acronym = isAcronym(first) && !prefix
    if (actor > 0 || !isCapitalised(first) || acronym || isMixedCase(first)) {
      i += Math.max(1, actor)
      continue
    }
    const run = runLength(text, tokens, i, maxTokens)
    let matched = 0
    for (let n = run; n >= 1 && matched === 0; n--) {
      const last = tokens[i + n - 1] as Token
      const slice = text.slice(first.start, last.end)
      const candidates = lookupSahel(slice)
      if (candidates.length === 0) continue
      const after = tokens[i + n]
      const next = after && joinable(text, last, after) ? after : undefined
      const prev = out[out.length - 1]
      const qualifier = prev !== undefined && /^\s*[,(]\s*$/.test(text.slice(prev.end, first.start))
      if (!accepts(text, { first, next, key: foldName(slice), n, qualifier }, candidates)) continue
      const exact = sahelIndex().lookupExact(slice).length > 0 || candidates[0]?.kind === 'country'
      const loose = !exact && isLoose(slice, candidates)
      // 'Koro by two men' is no 'Korobi': a guess never takes in a lower-case word
      if (loose && n > 1 && /\s\p{Ll}/u.test(slice)) continue
      const mention = { start: first.start, end: last.end, text: slice, candidates }
      const guess = loose || guessedPart(text, prev, first.start, last.end)
      out.push(guess ? { ...mention, loose: 'variant' } : mention)
      matched = n
    }
    if (matched === 0) matched = unknownName(text, tokens, i, out)
    i += Math.max(1, matched)
  }
  return out
}
/** A world city counts when its country is named in the text or it is that country's capital. */
function worldAllowed(text: string, place: Place): boolean {
  const country = COUNTRIES.find((c) => c.en === place.country)
  if (!country || foldName(country.capital) === foldName(place.name)) return country !== undefined
  const folded = ` ${foldName(text)} `
  return [country.en, ...country.fr].some((name) => folded.includes(` ${foldName(name)} `))
}

/** 'the Solhan massacre', 'le massacre de Moura' is cued already: a place named by its massacre. */
const namesAMassacre = (text: string, first: Token): boolean =>
  /\bthe\s+$/i.test(text.slice(Math.max(0, first.start - 5), first.start)) &&
  /^\s+(?:massacres?|killings)\b/i.test(text.slice(first.end, first.end + 12))

/** A capitalised name after a strong cue: a world city, or an unresolved mention. */
function unknownName(text: string, tokens: readonly Token[], i: number, out: PlaceMention[]) {
  const first = tokens[i] as Token
  const cue = cueBefore(text, first.start)
  const key = foldName(first.text)
  if ((!STRONG_CUES.has(cue) && !namesAMassacre(text, first)) || NEVER_PLACES.has(key)) return 0
  let n = 1
  const max = runLength(text, tokens, i, MAX_UNKNOWN_TOKENS)
  // a common word alone is no place, but it may start one ('Tin Habou')
  const glued = max > 1 && isCapitalised(tokens[i + 1] as Token)
  if (COMMON_WORDS.has(key) && !glued) return 0
  while (n < max && isCapitalised(tokens[i + n] as Token)) {
    const next = tokens[i + n] as Token
    const hyphen = text.slice((tokens[i + n - 1] as Token).end, next.start) === '-'
    if (hyphen && splitsAt(text, first.start, next.end, lookupSahel(next.text).length > 0)) break
    n++
  }
  for (let len = n; len >= 1; len--) {
    const last = tokens[i + len - 1] as Token
    const slice = text.slice(first.start, last.end)
    const world = lookupWorldCity(slice).filter((p) => worldAllowed(text, p))
    if (world.length > 0) {
      out.push({ start: first.start, end: last.end, text: slice, candidates: world })
      return len
    }
  }
  const last = tokens[i + n - 1] as Token
  const slice = text.slice(first.start, last.end)
  // one spelling slip from a known place (Timbutku), or the start of one (Yonga): a loose guess
  const index = sahelIndex()
  const slips = slipLookup(slice, (k) => index.byVariantKey(k))
  if (slips.length === 0) slips.push(...partLookup(slice, (w) => index.byFirstWord(w)))
  const mention = { start: first.start, end: last.end, text: slice, candidates: slips }
  out.push(slips.length > 0 ? { ...mention, loose: 'slip' } : mention)
  return n
}
