/**
 * @module
 * Relations between actors stated in text: part_of ('JNIM, the Sahel branch of al-Qaeda'),
 * aligned_with ('Wagner, linked to the Russian state', 'lackey of Russian imperialism'),
 * hostile_to ('X attacked Y', 'crimes against the Fula'), commands ('the junta led by Goïta').
 * A cue from `data/relation-cues.ts` joins the nearest actor before it (A; a named actor is
 * preferred to a generic one) to the nearest after it (B), inside one sentence. A sentence whose
 * subject is a pronoun ('It is known for crimes against…') takes A from the last named actor of
 * the two sentences before. Each relation keeps its evidence span.
 */
import { resolveActorName } from '../resolve/actors/index.js'
import { sentenceBounds } from './_sentences.js'
import { firstFrom, overlapIndex } from './_spans.js'
import type { Bounds } from './_sentences.js'
import type { Anchor } from './anchors.js'
import { RELATION_CUES } from './data/relation-cues.js'
import { findParentOrgs, findStateActors } from './label-only.js'
import type { LabelContext } from './label-only.js'
import { DETERMINERS, FUNCTION_WORDS } from './data/function-words.js'
import type { Relation } from './types.js'
import {
  appositionHead,
  factionWord,
  inParens,
  pick,
  relativeHead,
  speaksOf,
} from './relation-subject.js'

/** All cues in one pass: group i+1 is cue i. */
const CUE_RX = new RegExp(
  `(?<![\\p{L}-])(?:${RELATION_CUES.map((c) => `(${c.re})`).join('|')})(?:(?<=['’])|(?![\\p{L}]))`,
  'giu',
)
const PRONOUN = /^\W*(?:it|they|he|she|il|elle|ils|elles|the group|the movement|le groupe)\b/iu
const B_WINDOW = 80
/** A is at most this far before the cue (characters). */
const A_WINDOW = 80
/** A subject pronoun between A and the cue means the cue has another subject. */
const OTHER_SUBJECT = /(?<![\p{L}])(?:he|she|they|il|elle|ils|elles)(?![\p{L}])/iu
const PREPOSITIONS = new Set([
  ...['following', 'after', 'before', 'in', 'on', 'at', 'of', 'for', 'during', 'from', 'to'],
  ...['with', 'by', 'since', 'against', 'into', 'over', 'under', 'dans', 'de', 'du', 'des'],
  ...['après', 'avant', 'pendant', 'par', 'pour', 'sur', 'lors', 'à', 'au', 'aux'],
])
const LOOKBACK_SENTENCES = 2
/** Anchors before a cue worth looking at (the apposition rule needs a few). */
const MAX_BEFORE = 8

/** Anchors plus states and blocs ('ECOWAS', 'Guinea', 'Bamako' → Government of Mali). */
export function relationAnchors(text: string, anchors: readonly Anchor[], ctx: LabelContext) {
  const date = ctx.published ?? undefined
  const parents = findParentOrgs(text)
  const isParent = overlapIndex(parents)
  const out: Anchor[] = anchors.filter((a) => !isParent(a.start, a.end))
  for (const p of parents) {
    out.push({ start: p.start, end: p.end, actor: p.actor, generic: false, via: 'mention' })
  }
  const taken = overlapIndex(out)
  for (const s of findStateActors(text)) {
    if (taken(s.start, s.end)) continue
    const actor = resolveActorName(s.actor, date ? { date } : {})?.name ?? s.actor
    out.push({ start: s.start, end: s.end, actor, generic: false, state: true, via: 'mention' })
  }
  return out.sort((a, b) => a.start - b.start)
}

/** Between A and a descriptive cue: nothing, a comma, a gloss, or 'who are' ('A, linked to'). */
const ADJACENT_GAP =
  /^[\s,(]*(?:(?:who|which|that|is|are|was|were|has|have|been|being|also|qui|est|sont|était|a|été)\s+)*$/iu

/** Between a cue and B: at most three words, none a preposition or a verb, no punctuation. */
function objectGap(gap: string): boolean {
  if (/[.,;:!?()"“”«»]/u.test(gap)) return false
  const words = gap.trim().split(/\s+/).filter(Boolean)
  if (words.length > 3) return false
  return words.every(
    (w) => !FUNCTION_WORDS.has(w.toLowerCase()) || DETERMINERS.has(w.toLowerCase()),
  )
}

/** After a transitive verb an object must follow, not 'in', 'on', 'during', a comma… */
const NO_OBJECT =
  /^\s*(?:[,.;:]|(?:in|on|at|during|near|when|while|after|before|since|as|dans|lors|à|au|en|près|pendant|depuis|avant|après)\b)/iu

/** B: the first anchor after the cue; through a possessive to its head ('Russia's Wagner'). */
function anchorAfter(text: string, anchors: readonly Anchor[], from: number, to: number) {
  let b = anchors[firstFrom(anchors, from)]
  if (!b || b.start >= Math.min(to, from + B_WINDOW)) return undefined
  if (!objectGap(text.slice(from, b.start))) return undefined
  const next = anchors[firstFrom(anchors, b.end)]
  if (next && /^['’]s\s+$/.test(text.slice(b.end, next.start))) b = next
  return b
}

/**
 * Relations stated in a document, in text order.
 * @example findRelations(text, findAnchors(text, {}), {}) // JNIM part_of al-Qaeda …
 */
export function findRelations(
  text: string,
  baseAnchors: readonly Anchor[],
  ctx: LabelContext = {},
): Relation[] {
  const anchors = relationAnchors(text, baseAnchors, ctx)
  const sentences = sentenceBounds(text)
  const out: Relation[] = []
  const seen = new Set<string>()
  let sanctioned: Anchor | undefined
  let si = 0
  CUE_RX.lastIndex = 0
  for (let m = CUE_RX.exec(text); m; m = CUE_RX.exec(text)) {
    const cue = RELATION_CUES[m.slice(1).findIndex((g) => g !== undefined)]
    const cs = m.index
    const ce = cs + m[0].length
    while (si + 1 < sentences.length && (sentences[si] as Bounds).end <= cs) si++
    const s = sentences[si] as Bounds
    if (!cue) continue
    if (cue.apposition && !/,\s*$/.test(text.slice(Math.max(s.start, cs - 3), cs))) continue
    if (cue.verb && NO_OBJECT.test(text.slice(ce, ce + 12))) continue
    const before: Anchor[] = []
    for (let i = firstFrom(anchors, cs) - 1; i >= 0 && before.length < MAX_BEFORE; i--) {
      const x = anchors[i] as Anchor
      if (x.start < s.start) break
      if (x.end <= ce && !inParens(text, x)) before.unshift(x)
    }
    let a =
      (cue.apposition ? undefined : appositionHead(text, before, cs)) ??
      pick(text, [...before].reverse().slice(0, cue.apposition ? 1 : 3), cs)
    if (a && !cue.apposition && cs - a.end > A_WINDOW) a = undefined
    if (a && OTHER_SUBJECT.test(text.slice(a.end, cs))) a = undefined
    if (a) {
      const head = relativeHead(text, before, a, cs)
      if (head !== undefined) a = head ?? undefined
    }
    if (a && cue.kind === 'hostile_to' && speaksOf(text, a, cs)) a = undefined
    if (a && cue.kind === 'aligned_with' && cue.adjacent && factionWord(text, a)) continue
    if (a && cue.noun) {
      const gap = text
        .slice(a.end, cs)
        .toLowerCase()
        .split(/[^\p{L}']+/u)
      if (/[,;:]/.test(text.slice(a.end, cs)) || gap.some((w) => PREPOSITIONS.has(w))) a = undefined
    }
    if (a && cue.adjacent) {
      const gap = text.slice(a.end, cs).replace(/\([^()]*\)/g, ' ')
      if (!ADJACENT_GAP.test(gap)) continue
    }
    if (!a && PRONOUN.test(text.slice(s.start, cs))) {
      const from = sentences[Math.max(0, si - LOOKBACK_SENTENCES)]?.start ?? 0
      for (let i = firstFrom(anchors, s.start) - 1; i >= 0 && !a; i--) {
        const x = anchors[i] as Anchor
        if (x.start < from) break
        if (x.end <= s.start && !x.generic && !inParens(text, x)) a = x
      }
    }
    const b = cue.sanctioned ? sanctioned : anchorAfter(text, anchors, ce, s.end)
    if (!a || !b || a.actor === b.actor) continue
    const [subj, obj] = cue.passive ? [b, a] : [a, b]
    if (cue.kind === 'hostile_to' && /sanction/i.test(m[0])) sanctioned = obj
    const key = `${cue.kind}|${subj.actor}|${obj.actor}|${cs}`
    if (seen.has(key)) continue
    seen.add(key)
    // A subject found in an earlier sentence (a pronoun) is not pulled into the evidence.
    const start = Math.min(a.start >= s.start ? a.start : s.start, cs)
    const end = cue.sanctioned ? ce : Math.max(b.end, ce)
    out.push({
      kind: cue.kind,
      a: subj.actor,
      b: obj.actor,
      aText: text.slice(subj.start, subj.end),
      bText: text.slice(obj.start, obj.end),
      cue: m[0],
      start,
      end,
      evidence: text.slice(start, end),
    })
  }
  return out.sort((x, y) => x.start - y.start)
}
