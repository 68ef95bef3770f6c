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
import type { Bounds } from './_sentences.js'
import type { Anchor } from './anchors.js'
import { RELATION_CUES } from './data/relation-cues.js'
import { findParentOrgs, findStateActors } from './label-only.js'
import type { LabelContext } from './label-only.js'
import type { Relation } from './types.js'

/** All cues in one pass: group i+1 is cue i. */
const CUE_RX = new RegExp(
  `(?<![\\p{L}])(?:${RELATION_CUES.map((c) => `(${c.re})`).join('|')})(?![\\p{L}])`,
  'giu',
)
const PRONOUN = /^\W*(?:it|they|he|she|il|elle|ils|elles|the group|the movement|le groupe)\b/iu
const B_WINDOW = 80
const LOOKBACK_SENTENCES = 2

/** Anchors plus states and blocs ('ECOWAS', 'Guinea', 'Bamako' → Government of Mali). */
export function relationAnchors(text: string, anchors: readonly Anchor[], ctx: LabelContext) {
  const date = ctx.published ?? undefined
  const out: Anchor[] = [...anchors]
  for (const p of findParentOrgs(text)) {
    for (let i = out.length - 1; i >= 0; i--) {
      const a = out[i] as Anchor
      if (a.start < p.end && p.start < a.end) out.splice(i, 1)
    }
    out.push({ start: p.start, end: p.end, actor: p.actor, generic: false, via: 'mention' })
  }
  for (const s of findStateActors(text)) {
    if (out.some((a) => a.start < s.end && s.start < a.end)) continue
    const actor = resolveActorName(s.actor, date ? { date } : {})?.name ?? s.actor
    out.push({ start: s.start, end: s.end, actor, generic: false, via: 'mention' })
  }
  return out.sort((a, b) => a.start - b.start)
}

const APPOSITION_OPEN = /^\s*,\s+(?:the|a|an|le|la|les|l['’]|un|une)\s[^,;]*$/iu

/** 'JNIM, the branch of al-Qaeda, attacked': the subject of 'attacked' is JNIM, not al-Qaeda. */
function appositionHead(text: string, before: readonly Anchor[], cue: number): Anchor | undefined {
  const last = before[before.length - 1]
  if (!last || !/^\s*,\s*$/.test(text.slice(last.end, cue))) return undefined
  for (let i = before.length - 2; i >= 0; i--) {
    const head = before[i] as Anchor
    const gap = text.slice(head.end, last.start)
    if (APPOSITION_OPEN.test(gap)) return head
  }
  return undefined
}

/** Whether an anchor sits inside parentheses: a gloss, not the subject ('(Supporters of…)'). */
function inParens(text: string, a: Anchor): boolean {
  const open = text.lastIndexOf('(', a.start)
  return open >= 0 && open > text.lastIndexOf(')', a.start) && a.start - open < 80
}

function pick(list: readonly Anchor[]): Anchor | undefined {
  return list.find((a) => !a.generic) ?? list[0]
}

/** B: the first anchor after the cue; through a possessive to its head ('Russia's Wagner'). */
function anchorAfter(text: string, anchors: readonly Anchor[], from: number, to: number) {
  let b = anchors.find((a) => a.start >= from && a.start < Math.min(to, from + B_WINDOW))
  if (!b) return undefined
  const next = anchors.find((a) => a.start >= b!.end)
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
    const before = anchors.filter(
      (a) => a.start >= s.start && a.start < cs && a.end <= ce && !inParens(text, a),
    )
    let a =
      (cue.apposition ? undefined : appositionHead(text, before, cs)) ??
      pick([...before].reverse().slice(0, cue.apposition ? 1 : 3))
    if (!a && PRONOUN.test(text.slice(s.start, cs))) {
      const from = sentences[Math.max(0, si - LOOKBACK_SENTENCES)]?.start ?? 0
      a = anchors
        .filter((x) => x.start >= from && x.end <= s.start && !x.generic && !inParens(text, x))
        .pop()
    }
    const b = cue.sanctioned ? sanctioned : anchorAfter(text, anchors, ce, s.end)
    if (!a || !b || a.actor === b.actor) continue
    const [subj, obj] = cue.passive ? [b, a] : [a, b]
    if (cue.kind === 'hostile_to' && /sanction/i.test(m[0])) sanctioned = obj
    const key = `${cue.kind}|${subj.actor}|${obj.actor}|${cs}`
    if (seen.has(key)) continue
    seen.add(key)
    const start = Math.min(a.start, cs)
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
