/**
 * @module
 * Pass 3: segmentation. Sentences split into clauses at ";" and markers ("meanwhile", "in
 * another incident"); clauses with cues become units. A unit starts a new event when it names
 * another day, another place, another kind of event (protest vs violence vs strategic) or opens
 * with a marker, or moves between news and background; otherwise it belongs to the current event (a follow-up such as "The attack
 * killed five soldiers" adds to the event before it).
 */
import type { DateMention } from '../dates/index.js'
import type { Sentence } from '../sentences/index.js'
import { WEAK_ALONE } from './data/cues.js'
import {
  ATTRIBUTION,
  CLAIM_FOLLOW_UP,
  FOLLOW_UP,
  CLAUSE_SPLIT,
  FAMILY_GROUP,
  NEW_EVENT_MARKER,
  SEQUENCE,
  SOFT_SPLIT,
  TOLL_UPDATE,
} from './data/segment.js'
import {
  type CueHit,
  dropSeizedWeapons,
  findCues,
  findLabel,
  type LabelHit,
} from './01-find-cues.js'
import { dropUnreal } from './unreal.js'

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

const DAY_KINDS = new Set(['calendar', 'weekday', 'relative'])

/** A clause range; `soft` when it opens at a soft boundary (`SOFT_SPLIT`). */
type Clause = readonly [number, number, boolean]

function splitAt(re: RegExp, part: string, base: number, soft: boolean, out: Clause[]): void {
  let at = 0
  re.lastIndex = 0
  for (let m = re.exec(part); m; m = re.exec(part)) {
    if (m.index > at) out.push([base + at, base + m.index, at > 0 && soft])
    at = m.index + (m[0].startsWith(';') ? m[0].length : 0)
  }
  out.push([base + at, base + part.length, at > 0 && soft])
}

function clauses(s: Sentence, folded: string): Clause[] {
  const hard: Clause[] = []
  splitAt(CLAUSE_SPLIT, folded.slice(s.start, s.end), s.start, false, hard)
  const out: Clause[] = []
  for (const [from, to] of hard) splitAt(SOFT_SPLIT, folded.slice(from, to), from, true, out)
  return out
}

function strongest(u: Unit): CueHit | null {
  let best: CueHit | null = null
  for (const h of u.hits) if (!best || h.weight > best.weight) best = h
  return best
}

function isStrong(u: Unit, folded: string): boolean {
  if (u.label) return true
  return u.hits.some(
    (h) => h.family !== 'intervention' && !WEAK_ALONE.test(folded.slice(h.start, h.end)),
  )
}

/** "Two soldiers killed and five wounded near Bebi": a toll of the event before, not a new one. */
function casualtiesOnly(u: Unit): boolean {
  return !u.label && u.hits.every((h) => h.family === 'kill')
}

function lastUnit(g: EventGroup | null): Unit | undefined {
  return g ? g.units[g.units.length - 1] : undefined
}

/** The unit's main cue is of another family than the event's first main cue. */
function otherKind(u: Unit, cur: EventGroup): boolean {
  const first = cur.units[0]
  const a = strongest(u)
  const b = first ? strongest(first) : null
  return a !== null && b !== null && a.family !== b.family
}

const GROUND: ReadonlySet<string> = new Set(['attack', 'clash'])

/**
 * "Militants ambushed a patrol near Bankilaré. … The attackers were later targeted by air
 * strikes that killed 15": a sentence whose main cue is an air strike, after an event fought on
 * the ground with no air strike in it, is the reprisal, another event.
 */
function airAfterGround(u: Unit, cur: EventGroup): boolean {
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
function newActor(
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

/** Groups the cue-bearing clauses of a document into events, in text order. */
export function segmentEvents(
  sentences: readonly Sentence[],
  folded: string,
  dates: readonly DateMention[],
  placeAt: (from: number, to: number) => readonly string[],
  isBackground: (from: number, to: number) => boolean = () => false,
  actors: readonly SegmentActor[] = [],
): EventGroup[] {
  const groups: EventGroup[] = []
  let cur: EventGroup | null = null
  let curDate: string | null = null
  let curPlaces = new Set<string>()
  let curGroup: string | null = null
  let curBackground = false
  for (const s of sentences) {
    for (const [from, to, soft] of clauses(s, folded)) {
      const unit: Unit = {
        start: from,
        end: to,
        hits: dropUnreal(dropSeizedWeapons(findCues(folded, from, to), folded), folded, s.start, to),
        label: findLabel(folded, from, to),
      }
      const last = lastUnit(cur)
      // The part after a soft boundary goes on with the clause before it, unless it starts an
      // event of its own (decided below).
      const goesOn = soft && cur !== null && last !== undefined && last.end === from
      if (unit.hits.length === 0 && !unit.label) {
        if (goesOn && cur && last) {
          cur.units[cur.units.length - 1] = { ...last, end: to }
          cur.end = to
          continue
        }
        // "JNIM claimed responsibility." names the perpetrator of the event before it.
        if (cur && CLAIM_FOLLOW_UP.test(folded.slice(from, to))) {
          cur.units.push(unit)
          cur.end = to
        }
        continue
      }
      const strong = isStrong(unit, folded)
      const best = strongest(unit)
      const group = unit.label ? 'sd' : best ? (FAMILY_GROUP[best.family] ?? 'violence') : null
      const day = dates.find(
        (d) => d.start >= from && d.end <= to && DAY_KINDS.has(d.kind) && d.date,
      )
      const places = placeAt(from, to)
      let fresh = cur === null
      const background = isBackground(from, to)
      const elsewhere =
        places.length > 0 &&
        curPlaces.size > 0 &&
        !places.some((p) => curPlaces.has(p)) &&
        !casualtiesOnly(unit)
      if (cur && goesOn) {
        // Inside a sentence only another place or a later act of another kind starts an event.
        const text = folded.slice(from, to)
        fresh =
          strong &&
          (elsewhere || (SEQUENCE.test(text) && !casualtiesOnly(unit) && otherKind(unit, cur)))
      } else if (cur && strong && TOLL_UPDATE.test(folded.slice(from, to))) {
        // A revised toll belongs to its event, whatever date it is told on; after another kind
        // of event (arrests) it revises an earlier one and adds nothing new.
        if (!cur.units.some((u) => u.hits.some((h) => GROUND.has(h.family)))) continue
        fresh = false
      } else if (cur && background !== curBackground) fresh = true
      else if (cur && strong) {
        const text = folded.slice(from, to)
        const otherDay = day !== undefined && curDate !== null && day.date !== curDate
        if (from === s.start && airAfterGround(unit, cur)) fresh = true
        else if (CLAIM_FOLLOW_UP.test(text) || (FOLLOW_UP.test(text) && !otherDay)) fresh = false
        else if (NEW_EVENT_MARKER.test(folded.slice(from, to))) fresh = true
        else if (day && curDate && day.date !== curDate) fresh = true
        else if (newActor(unit, actors, cur, folded)) fresh = true
        else if (elsewhere) fresh = true
        else if (group && curGroup && group !== curGroup && group !== 'violence') fresh = true
      }
      if (fresh) {
        if (!strong) continue
        cur = { units: [unit], start: from, end: to }
        groups.push(cur)
        curDate = day?.date ?? null
        curPlaces = new Set(places)
        curGroup = group
        curBackground = background
      } else if (cur && goesOn && last) {
        cur.units[cur.units.length - 1] = { ...last, end: to, hits: [...last.hits, ...unit.hits] }
        cur.end = to
        curDate ??= day?.date ?? null
        for (const p of places) curPlaces.add(p)
      } else if (cur) {
        cur.units.push(unit)
        cur.end = to
        curDate ??= day?.date ?? null
        for (const p of places) curPlaces.add(p)
      }
    }
  }
  return groups
}
