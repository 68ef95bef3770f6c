/**
 * @module
 * Pass 3: segmentation. Sentences split into clauses at ";" and markers ("meanwhile", "in
 * another incident"); clauses with cues become units. A unit starts a new event when it names
 * another day, another place, another kind of event (protest vs violence vs strategic) or opens
 * with a marker, or moves between news and background; inside a sentence, after a soft boundary,
 * only another place or a later act of another kind does. Otherwise a unit belongs to the current
 * event (a follow-up such as "The attack killed five soldiers" adds to the event before it).
 * Units and the tests on them are in `segment-units.ts`.
 */
import { REPORTING_BEFORE } from '../dates/data/calendar.js'
import type { DateMention } from '../dates/index.js'
import type { Sentence } from '../sentences/index.js'
import {
  BACKDROP,
  CLAIM_FOLLOW_UP,
  FAMILY_GROUP,
  FOLLOW_UP,
  NEW_EVENT_MARKER,
  SEQUENCE,
  TOLL_UPDATE,
} from './data/segment.js'
import { dropSeizedWeapons, findCues, findLabel } from './01-find-cues.js'
import {
  airAfterGround,
  casualtiesOnly,
  clauses,
  DAY_KINDS,
  type EventGroup,
  GROUND,
  isStrong,
  lastUnit,
  newActor,
  otherKind,
  type SegmentActor,
  strongest,
  type Unit,
} from './segment-units.js'
import { dropUnreal } from './unreal.js'

export type { EventGroup, SegmentActor, Unit } from './segment-units.js'

/** A short cue-less lead-in that counts people ("On Monday, two soldiers"), joined to the clause
 * after it so the count stays with the event. */
const COUNT_WORD =
  /\b(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|several|dozens?|un|une|deux|trois|quatre|cinq|sept|huit|neuf|dix|plusieurs)\b/
const isCountedLeadIn = (text: string): boolean =>
  text.trim().split(/\s+/).length <= 6 && COUNT_WORD.test(text)

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
  // A cue-less clause just before a soft boundary ("four women | and a child were killed") is
  // the start of the clause after it: its counts and names belong to that event.
  let leadIn: { start: number; end: number } | null = null
  for (const s of sentences) {
    for (const [clauseFrom, to, soft] of clauses(s, folded)) {
      const from: number = soft && leadIn?.end === clauseFrom ? leadIn.start : clauseFrom
      leadIn = null
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
        } else if (isCountedLeadIn(folded.slice(from, to))) {
          leadIn = { start: from, end: to }
        }
        continue
      }
      // "The attack comes after …": a backdrop to the event before, no part of it.
      if (cur && BACKDROP.test(folded.slice(from, to))) continue
      const strong = isStrong(unit, folded)
      const best = strongest(unit)
      const group = unit.label ? 'sd' : best ? (FAMILY_GROUP[best.family] ?? 'violence') : null
      // The day a statement was made ("HRW accused, on Monday, April 20, … on April 9") is not
      // the day of the event it tells.
      const days = dates.filter(
        (d) => d.start >= from && d.end <= to && DAY_KINDS.has(d.kind) && d.date,
      )
      const told = (d: DateMention): boolean =>
        !REPORTING_BEFORE.test(folded.slice(Math.max(0, d.start - 30), d.start))
      const day = days.find(told) ?? days[0]
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
        // "The coup faced opposition. … such as the massacre of 3 May": a day of its own after
        // an undated event of another kind tells another event.
        else if (day && !curDate && group !== curGroup) fresh = true
        else if (newActor(unit, actors, cur, folded)) fresh = true
        else if (elsewhere) fresh = true
        else if (group && curGroup && group !== curGroup && group !== 'violence') fresh = true
        // "…after the withdrawal from the base. Air strikes then hit …": an act of violence
        // after a strategic development is another event; a toll alone still counts for it.
        else if (group === 'violence' && curGroup === 'sd' && !casualtiesOnly(unit)) fresh = true
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
