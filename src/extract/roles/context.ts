/**
 * @module
 * The sentences around an event as context for its roles. An event sentence often names only
 * one side ('At least 14 militants were killed'): the sentence before names who acted ('French
 * forces carried out an operation against JNIM') and the sentence after who claimed it ('The mine
 * was likely laid by Katiba Macina'). `withContext` fills a frame's missing
 * agent and claimant from those; mentions are found lazily, only when a frame lacks them.
 */
import { CLAIM, CLAIMED_EVENT } from './data/frame-cues.js'
import type { RoleFrame } from './frame.js'
import { findRoleMentions, type RoleMention } from './mentions.js'

export interface RoleContext {
  /** Mentions in the sentences right before the event (same paragraph). */
  readonly before: readonly RoleMention[]
  /** Mentions in the sentence right after the event (same paragraph). */
  readonly after: readonly RoleMention[]
  /** Groups claiming "the attack" anywhere in the document ('JNIM claimed responsibility'). */
  readonly claims: () => readonly RoleMention[]
}

const SENTENCE_END = /[.!?]\s+(?=["'“(]?\p{Lu})/gu
const REACH = 400

/** Start of the sentence that begins at most `REACH` characters before `start`. */
function windowStart(text: string, start: number): number {
  const from = Math.max(0, start - REACH)
  const part = text.slice(from, start)
  const para = part.lastIndexOf('\n\n')
  if (para >= 0) return from + para + 2
  if (from === 0) return 0
  SENTENCE_END.lastIndex = 0
  const first = SENTENCE_END.exec(part)
  return first ? from + first.index + first[0].length : start
}

/** End of the sentence after the event's own (the event's when its segment stops mid-way). */
function windowEnd(text: string, end: number): number {
  const part = text.slice(end, end + REACH)
  const para = part.indexOf('\n\n')
  const scope = para >= 0 ? part.slice(0, para) : part
  // matchAll starts where the shared regex was left (`windowStart`'s exec): from the top.
  SENTENCE_END.lastIndex = 0
  const ends = [...scope.matchAll(SENTENCE_END)].map((m) => m.index + 1)
  const closed = /[.!?]["')\]]?\s*$/.test(text.slice(Math.max(0, end - 3), end))
  return end + (ends[closed ? 0 : 1] ?? scope.length)
}

/** A lazy context for the event in `text[start, end)`. */
export function roleContext(
  text: string,
  folded: string,
  start: number,
  end: number,
  ctx: { country?: string; date?: string },
): () => RoleContext {
  let memo: RoleContext | null = null
  return () => {
    if (memo) return memo
    const from = windowStart(text, start)
    const to = windowEnd(text, end)
    let claims: RoleMention[] | null = null
    memo = {
      before: from < start ? findRoleMentions(text, folded, from, start, ctx) : [],
      after: to > end ? findRoleMentions(text, folded, end, to, ctx) : [],
      claims: () => (claims ??= documentClaims(text, folded, ctx)),
    }
    return memo
  }
}

const named = (m: RoleMention): boolean => m.name !== null && !m.generic
/** 'Suspected Islamic extremists wrecked a school. … Two civilians were beaten': a description
 * that names a kind of group (Islamist militia) acted too, unlike plain 'gunmen'. */
const islamist = (m: RoleMention): boolean =>
  m.generic && m.kind === 'armed' && m.name !== null && m.inter === 3
const claimed = (m: RoleMention, folded: string): boolean =>
  CLAIM.test(folded.slice(Math.max(0, m.start - 45), m.end + 30))

/** Whether the sentence around `m` says it claimed the event ('JNIM (…) claimed the attack'). */
export function claimsEvent(folded: string, m: RoleMention): boolean {
  const after = folded.slice(m.end, m.end + 140).split(/[.;!?](?:\s|$)/)[0] ?? ''
  return CLAIMED_EVENT.test(`${folded.slice(Math.max(0, m.start - 40), m.end)}${after}`)
}

/** 'JNIM, affiliated with Al Qaeda, claimed…': the group a claimant is affiliated with. */
const AFFILIATE = /\b(?:affiliated|linked|allied|close|loyal)\s+(?:with|to)\s+(?:the\s+)?$/

const group = (m: RoleMention): boolean =>
  named(m) && (m.kind === 'armed' || m.kind === 'identity')

/** Groups that claim an attack in the document, wherever ('JNIM claimed the attack'). */
function documentClaims(
  text: string,
  folded: string,
  ctx: { country?: string; date?: string },
): RoleMention[] {
  if (!CLAIMED_EVENT.test(folded)) return []
  return findRoleMentions(text, folded, 0, text.length, ctx).filter(
    (m) =>
      group(m) &&
      !AFFILIATE.test(folded.slice(Math.max(0, m.start - 30), m.start)) &&
      claimsEvent(folded, m),
  )
}

/**
 * A named group claimed or blamed in the sentences around ('planted by Katiba Macina'), else
 * one that claimed the attack anywhere in the document.
 */
export function contextClaimant(folded: string, context: () => RoleContext): RoleMention | null {
  const { before, after, claims } = context()
  const near = [...after, ...before].find((m) => group(m) && claimed(m, folded))
  if (near) return near
  const far = claims()
  // One claimant only: two groups claiming in one article are about different attacks.
  return far.length > 0 && far.every((m) => m.name === far[0]?.name) ? (far[0] ?? null) : null
}

/**
 * `frame` with its agent taken from the sentences before when it has none (the first named
 * force there), and a generic armed patient ('14 militants were killed') named as the armed
 * group named there ('an operation against the JNIM subgroup Al-Mourabitoun').
 */
export function withContext(
  frame: RoleFrame,
  folded: string,
  context: () => RoleContext,
): RoleFrame {
  const { agent, patient } = frame
  const vague = patient !== null && patient.generic && patient.kind === 'armed'
  if (agent && !vague) return frame
  const { before } = context()
  // A force does not attack a force: "Mali and Niger mounted an operation. A FAMa patrol was
  // attacked" leaves the attacker unnamed.
  const ally = (m: RoleMention): boolean => m.kind === 'state' && patient?.kind === 'state'
  const actor =
    agent ??
    before.find(
      (m) =>
        (named(m) || islamist(m)) &&
        m.kind !== 'civilian' &&
        m.kind !== 'protester' &&
        m.name !== patient?.name &&
        !ally(m),
    ) ??
    null
  const group = vague
    ? before.findLast((m) => named(m) && m.kind === 'armed' && m.name !== actor?.name)
    : undefined
  const target =
    patient && group
      ? { ...patient, name: group.name, inter: group.inter, assoc: group.assoc }
      : patient
  if (actor === agent && target === patient) return frame
  return { ...frame, agent: actor, patient: target }
}
