/**
 * @module
 * Units of segmentation (pass 3) and the tests on them: clauses of a sentence (hard boundaries
 * ";", "meanwhile"; soft ones "… and an army convoy …", "… and later …"), a unit's strongest
 * cue, and whether a unit is a toll only, names a new armed actor, is an air strike after a
 * ground attack, or is an act of another kind than its event. Used by `03-segment.ts`.
 */
import type { Sentence } from '../sentences/index.js'
import type { CueHit, LabelHit } from './01-find-cues.js'
import { WEAK_ALONE } from './data/cues.js'
import { ATTRIBUTION, CLAUSE_SPLIT, SOFT_SPLIT } from './data/segment.js'

export interface Unit {
  readonly start: number
  readonly end: number
  readonly hits: readonly CueHit[]
  readonly label: LabelHit | null
}

/** An actor mention of the document, as segmentation needs it. */
export interface SegmentActor {
  readonly start: number
  readonly end: number
  readonly name: string
  readonly armed: boolean
}

export interface EventGroup {
  readonly units: Unit[]
  readonly start: number
  end: number
}

export const DAY_KINDS = new Set(['calendar', 'weekday', 'relative'])

/** A clause range; `soft` when it opens at a soft boundary (`SOFT_SPLIT`). */
export type Clause = readonly [number, number, boolean]

export function splitAt(re: RegExp, part: string, base: number, soft: boolean, out: Clause[]): void {
  let at = 0
  re.lastIndex = 0
  for (let m = re.exec(part); m; m = re.exec(part)) {
    if (m.index > at) out.push([base + at, base + m.index, at > 0 && soft])
    at = m.index + (m[0].startsWith(';') ? m[0].length : 0)
  }
  out.push([base + at, base + part.length, at > 0 && soft])
}

export function clauses(s: Sentence, folded: string): Clause[] {
  const hard: Clause[] = []
  splitAt(CLAUSE_SPLIT, folded.slice(s.start, s.end), s.start, false, hard)
  const out: Clause[] = []
  for (const [from, to] of hard) splitAt(SOFT_SPLIT, folded.slice(from, to), from, true, out)
  return out
}

export function strongest(u: Unit): CueHit | null {
  let best: CueHit | null = null
  for (const h of u.hits) if (!best || h.weight > best.weight) best = h
  return best
}

export function isStrong(u: Unit, folded: string): boolean {
  if (u.label) return true
  return u.hits.some(
    (h) => h.family !== 'intervention' && !WEAK_ALONE.test(folded.slice(h.start, h.end)),
  )
}

/** "Two soldiers killed and five wounded near Bebi": a toll of the event before, not a new one. */
export function casualtiesOnly(u: Unit): boolean {
  return !u.label && u.hits.every((h) => h.family === 'kill')
}

export function lastUnit(g: EventGroup | null): Unit | undefined {
  return g ? g.units[g.units.length - 1] : undefined
}

/** The unit's main cue is of another family than the event's first main cue. */
export function otherKind(u: Unit, cur: EventGroup): boolean {
  const first = cur.units[0]
  const a = strongest(u)
  const b = first ? strongest(first) : null
  return a !== null && b !== null && a.family !== b.family
}

export const GROUND: ReadonlySet<string> = new Set(['attack', 'clash'])

/**
 * "Militants ambushed a patrol near Bankilaré. … The attackers were later targeted by air
 * strikes that killed 15": a sentence whose main cue is an air strike, after an event fought on
 * the ground with no air strike in it, is the reprisal, another event.
 */
export function airAfterGround(u: Unit, cur: EventGroup): boolean {
  if (strongest(u)?.family !== 'air') return false
  const before = cur.units.flatMap((x) => x.hits)
  return (
    before.some((h) => GROUND.has(h.family)) &&
    !before.some((h) => h.family === 'air' || h.family === 'aircraft')
  )
}

/**
 * "Gunmen killed twelve villagers. … VDP fighters clashed with the assailants": a unit whose
 * subject is an armed actor not named in the current event starts another event.
 */
export function newActor(
  u: Unit,
  actors: readonly SegmentActor[],
  cur: EventGroup,
  folded: string,
): boolean {
  if (casualtiesOnly(u)) return false
  const cue = u.hits[0]?.start ?? u.end
  // "une opération anti-jihadiste", "counter-terrorism troops": the word names whom they fight.
  const subject = actors.find(
    (a) =>
      a.start >= u.start &&
      a.end <= cue &&
      !/\b(?:anti|counter|contre)[- ]?$/.test(folded.slice(Math.max(0, a.start - 9), a.start)),
  )
  if (!subject || !subject.armed) return false
  // "JNIM claimed…", "suspected ISGS-planted IED", "the army said it killed…": same event.
  if (ATTRIBUTION.test(folded.slice(u.start, u.end))) return false
  return !actors.some((a) => a.start >= cur.start && a.end <= cur.end && a.name === subject.name)
}
