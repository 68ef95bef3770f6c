/**
 * @module
 * The role frame of an event: who acts (agent) and who is acted upon (patient), from word order
 * around the main cue. Handles "clashes between A and B", "A clashed with B", passive voice
 * ("were killed by gunmen", "ont été tués par des hommes armés") and active voice ("gunmen
 * attacked a convoy"). Works on mentions from `mentions.ts`.
 */
import { byAgent } from './frame-by.js'
import { activeSubject, coordinated, headlinePassive } from './frame-phrase.js'
import { reciprocalPair, reporter, sameNounPhrase } from './frame-phrase.js'
import type { RoleMention } from './mentions.js'
import { targetOf } from './target.js'
import {
  BETWEEN,
  BY_BEFORE,
  CLASH_WITH,
  CLAIM,
  ESCORT_BY,
  HARMED_AFTER,
  HARMED_BEFORE,
  NOT_FIGHT_BETWEEN,
  ON_BEFORE,
  PASSIVE,
  UNDERGOES,
} from './data/frame-cues.js'

export interface RoleFrame {
  readonly agent: RoleMention | null
  readonly patient: RoleMention | null
  /** The other mentions of the focus, in text order. */
  readonly others: readonly RoleMention[]
  /** Kind of the patient: civilian victims make violence 'Violence against civilians'. */
  readonly target: 'civilian' | 'armed' | 'none'
  /** A named armed group that claimed the event or is blamed for it ("JNIM claimed the attack"). */
  readonly claimant: RoleMention | null
}

function build(
  agent: RoleMention | null,
  patient: RoleMention | null,
  ms: readonly RoleMention[],
  folded: string,
  mutual = false,
): RoleFrame {
  const others = ms.filter((m) => m !== agent && m !== patient)
  let target = targetOf(patient, folded, ms)
  // "an attack by X on an army post": an armed party named as the object of the attack.
  const onArmed = others.some(
    (m) =>
      targetOf(m, folded) === 'armed' &&
      ON_BEFORE.test(folded.slice(Math.max(0, m.start - 25), m.start)),
  )
  if (onArmed || (mutual && patient && patient.kind !== 'civilian')) target = 'armed'
  if (target === 'none' && others.some((m) => targetOf(m, folded) === 'civilian'))
    target = 'civilian'
  const claimant =
    others.find(
      (m) =>
        !m.generic &&
        (m.kind === 'armed' || m.kind === 'identity') &&
        CLAIM.test(folded.slice(Math.max(0, m.start - 30), m.end + 30)),
    ) ?? null
  return { agent, patient, others, target, claimant }
}

/** The frame of the event in `folded[from, to)` whose main cue starts at `cue`. */
export function findFrame(
  folded: string,
  mentions: readonly RoleMention[],
  from: number,
  to: number,
  cue: number,
): RoleFrame {
  const frame = wordOrderFrame(folded, mentions, from, to, cue)
  // "attacked a convoy of villagers escorted by militiamen": the armed escort is the target.
  const escort = frame.others.find(
    (m) =>
      m.start > cue &&
      m.kind !== 'civilian' &&
      ESCORT_BY.test(folded.slice(Math.max(from, m.start - 45), m.start)),
  )
  if (!escort || frame.target === 'armed') return frame
  const ms = mentions.filter((m) => m.start >= from && m.end <= to)
  return build(frame.agent, escort, ms, folded)
}

function wordOrderFrame(
  folded: string,
  mentions: readonly RoleMention[],
  from: number,
  to: number,
  cue: number,
): RoleFrame {
  const ms = mentions.filter((m) => m.start >= from && m.end <= to)
  BETWEEN.lastIndex = 0
  const part = folded.slice(from, to)
  for (let b = BETWEEN.exec(part); b; b = BETWEEN.exec(part)) {
    const at = from + b.index
    // "…, sparking tensions between Songhai and Arabs"; "Note that … between A and B".
    const later = at > cue && /[.;]\s/.test(folded.slice(cue, at))
    if (later || NOT_FIGHT_BETWEEN.test(folded.slice(Math.max(from, at - 30), at))) continue
    const after = ms.filter((m) => m.start >= at)
    const [a1, a2] = after
    // "between A and B": both right there, not two mentions far down the sentence.
    const close =
      a1 !== undefined && a2 !== undefined && a1.start - at < 30 && a2.start - a1.end < 30
    if (
      close &&
      /^\s*(?:[\w-]+\s+){0,3}?(?:and|et|\/|-|,|&)\s/.test(folded.slice(a1.end, a2.start + 1))
    ) {
      return build(a1, a2, ms, folded, true)
    }
  }
  const agentBy = ms.find(
    (m) =>
      m.start > cue - 60 &&
      m.start < cue + 120 &&
      !/[.;]\s/.test(folded.slice(Math.min(cue, m.start), Math.max(cue, m.start))) &&
      BY_BEFORE.test(folded.slice(Math.max(from, m.start - 30), m.start)) &&
      // "gunmen shot civilians who were threatened by militias": the by-phrase is the clause's
      !(m.start > cue && /\b(?:who|whom)\b/.test(folded.slice(cue, m.start))) &&
      // "killed two men, their bodies were … taken by the assailants": another passive's agent.
      !(m.start > cue && /,\s+(?:\w+\s+){1,4}(?:was|were)\b/.test(folded.slice(cue, m.start))) &&
      byAgent(folded, ms, m, Math.max(from, m.start - 45), cue),
  )
  const before = ms.filter((m) => m.start < cue && m !== agentBy)
  const after = ms.filter((m) => m.start >= cue && m !== agentBy)
  if (agentBy) {
    // "…, where two herders were abducted by the militants": the passive subject undergoes it.
    const [first, last] = [before[0], before[before.length - 1]]
    const gap = first && last ? folded.slice(first.end, last.start) : ''
    const clause = /[,;]|\b(?:where|when|while|after)\b/.test(gap)
    const subject =
      clause && last && /^\s+(?:\w+\s+)?(?:was|were)\s+$/.test(folded.slice(last.end, cue))
    const patient = (subject ? last : first) ?? after[0] ?? null
    return build(agentBy, patient, ms, folded)
  }
  const nearest = before[before.length - 1]
  // "Fulani and Dogon militiamen clashed": both sides, in the order named.
  const pair = reciprocalPair(folded, before, cue)
  if (pair) return build(pair[0], pair[1], ms, folded, true)
  if (nearest) {
    // Up to a word after the cue, without a cut word ("an is|gs" is no passive 'is').
    const between = folded.slice(nearest.end, cue + 12).replace(/\w+$/, (w) =>
      /\w/.test(folded.charAt(cue + 12)) ? '' : w,
    )
    const passive =
      (PASSIVE.test(between) && !/\b(?:have|has|had|ont|a)\s+(?!been|ete)[\w]/.test(between)) ||
      UNDERGOES.test(folded.slice(nearest.end, cue))
    // Headline style: "Malian army convoy ambushed near Diabaly", "FAMa post attacked last night".
    const participle = headlinePassive(folded, nearest.end, cue)
    if (passive || participle) {
      const agent =
        before.find(
          (m) =>
            m !== nearest &&
            m.kind !== 'civilian' &&
            m.start < nearest.start &&
            !reporter(folded, m) &&
            !coordinated(folded, m, nearest) &&
            (m.name ? m.name !== nearest.name : m.kind !== nearest.kind) &&
            !sameNounPhrase(folded, m, nearest),
        ) ??
        (targetOf(nearest, folded) === 'civilian'
          ? after.find((m) => m.kind !== 'civilian')
          : null) ??
        // "An MSA officer was killed amidst clashes with HCUA fighters".
        after.find(
          (m) => m.kind !== 'civilian' && CLASH_WITH.test(folded.slice(m.start - 45, m.start)),
        ) ??
        null
      // "A National Guard vehicle was seized": the named force heads a phrase ending in a generic.
      const head = before[before.length - 2]
      const heads =
        head !== undefined &&
        nearest.generic &&
        (!head.generic || (nearest.kind === 'civilian' && head.kind !== 'civilian')) &&
        sameNounPhrase(folded, head, nearest)
      if (heads) return build(agent === head ? null : agent, head, ms, folded)
      return build(agent, nearest, ms, folded)
    }
    // "Policeman wounded after armed men seized…", "two Dawsahaq kidnapped on…": harmed.
    const subject = activeSubject(folded, before, after, nearest)
    return subject ? build(subject, after[0] ?? null, ms, folded) : build(null, nearest, ms, folded)
  }
  // Cue first ("Killed in an ambush…"): the first armed mention acts, a civilian one undergoes.
  const targeted = (m: RoleMention): boolean =>
    ON_BEFORE.test(folded.slice(Math.max(0, m.start - 25), m.start))
  // "…, at least 14 militants were killed": a mention followed by its passive harm undergoes it.
  const harmed = (m: RoleMention): boolean =>
    HARMED_AFTER.test(folded.slice(m.end, m.end + 60)) ||
    HARMED_BEFORE.test(folded.slice(Math.max(0, m.start - 30), m.start))
  // "Attack against a MINUSMA patrol: two peacekeepers killed": the target's own men are no agent.
  const hit = new Set(after.filter(targeted).flatMap((m) => (m.name ? [m.name] : [])))
  const free = (m: RoleMention): boolean => // an accuser only reports it ("X accused Y of…")
    !targeted(m) && !harmed(m) && !hit.has(m.name ?? '') && !reporter(folded, m)
  const armed = after.find((m) => m.kind !== 'civilian' && free(m)) ?? null
  const victim = after.find((m) => m !== armed) ?? null
  return build(armed, victim, ms, folded)
}
