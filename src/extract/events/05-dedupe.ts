/**
 * @module
 * Pass 5: one record per event. A report tells its main event several times — headline-like
 * lede ("an attack that killed 30 soldiers in Mali"), then details ("the fighting at Tabankort on
 * Monday"), then a follow-up ("the protesters…") — and ACLED codes one event per type, day and
 * place. Records of one tier are merged when their places agree (same name, or one only names a
 * country or region) and their days agree (the same day, a day apart, or one names no day and
 * took the publication date). The merged record keeps the most precise place, the explicit day,
 * the highest toll and every record's evidence.
 */
import type { EventRecord, EventType } from '../../schema/event.js'
import { daysBetween } from '../dates/iso.js'

/** Types a vague lede may have while its detailed telling has another ("attacks" → battle). */
const VIOLENT: ReadonlySet<EventType> = new Set([
  'Battles',
  'Violence against civilians',
  'Explosions/Remote violence',
])

const dated = (e: EventRecord): boolean => e.evidence.some((s) => s.field === 'date')
const vague = (e: EventRecord): boolean => !e.location || e.geo_precision === 3

function sameDay(a: EventRecord, b: EventRecord): boolean {
  if (!dated(a) || !dated(b)) return true
  if (!a.event_date || !b.event_date) return a.event_date === b.event_date
  // A vague lede is often dated by its report ("said on Wednesday that … earlier this week");
  // a day told as a week or a month ("earlier this month") spans that week or month.
  const rough = Math.max(a.time_precision, b.time_precision)
  const slack = rough === 3 ? 31 : rough === 2 ? 7 : vague(a) !== vague(b) ? 3 : 1
  return Math.abs(daysBetween(a.event_date, b.event_date)) <= slack
}

/** The start of the span that gave the event its type (shared by the events of a place list). */
const typeCue = (e: EventRecord): number | undefined =>
  e.evidence.find((s) => s.field === 'type')?.start

/** A named place no gazetteer could put on the map ('Ogossagou'): not a vague lede. */
const unplaced = (e: EventRecord): boolean =>
  e.location !== '' && e.latitude === null && e.location !== e.admin1 && e.location !== e.country

function samePlace(a: EventRecord, b: EventRecord): boolean {
  if (a.location && a.location.toLowerCase() === b.location.toLowerCase()) return true
  if (!vague(a) && !vague(b)) return false
  // "the posts at Boulikessi and Mondoro were attacked": a place list split one telling into
  // events that share its type cue; an unresolved name in it is still another place.
  const cue = typeCue(a)
  if (a.location && b.location && cue !== undefined && cue === typeCue(b)) return false
  // A country-level lede names the country of its details, or at least their day.
  return a.country === b.country || (a.event_date !== null && a.event_date === b.event_date)
}

/**
 * The same tier, or both dated (and, as `sameDay` checks, on agreeing days): a retelling framed
 * as background ("named leader following Friday's coup") is still that day's event. The merged
 * record takes the tier of its more precise telling.
 */
const sameTier = (a: EventRecord, b: EventRecord): boolean =>
  a.tier === b.tier || (dated(a) && dated(b))

/** True when `b` retells event `a` (same tier and type, agreeing place and day). */
export function sameEvent(a: EventRecord, b: EventRecord): boolean {
  if (!sameTier(a, b) || !samePlace(a, b) || !sameDay(a, b)) return false
  // "attacked the village and later abducted two teachers": two precise, dated acts.
  if (a.event_type === b.event_type) {
    return a.sub_event_type === b.sub_event_type || vague(a) || vague(b) || !dated(a) || !dated(b)
  }
  // "two attacks… in Mali" then "the army post in Bamba": a vague lede takes the detail's type
  // (a vague telling after the detailed one, "air strikes then hit them", is another event).
  // A lede names no place or a region; 'the Ogossagou massacre' (a village no gazetteer has)
  // is a telling of its own.
  return (
    vague(a) &&
    !unplaced(a) &&
    !vague(b) &&
    VIOLENT.has(a.event_type) &&
    VIOLENT.has(b.event_type) &&
    a.event_date === b.event_date
  )
}

/** An actor the text names ("Unidentified Armed Group" only says nobody was named). */
const named = (actor: string): boolean => actor !== '' && !actor.startsWith('Unidentified')

const PLACE_FIELDS = new Set(['location', 'admin1', 'admin2', 'country'])

/** How precisely a record is placed: a point, a name no gazetteer has, a country or region. */
const precision = (e: EventRecord): number => (!vague(e) ? 2 : unplaced(e) ? 1 : 0)

/** One record from two tellings: the more precise one's fields, the other's missing ones. */
function merge(a: EventRecord, b: EventRecord): EventRecord {
  const [base, other] = precision(b) > precision(a) ? [b, a] : [a, b]
  const date = dated(base) || !dated(other) ? base : other
  const toll = other.fatalities > base.fatalities ? other : base
  const keep = (field: string | undefined): boolean =>
    field === undefined ||
    (PLACE_FIELDS.has(field) && vague(base) && !vague(other)) ||
    (field === 'date' && date === other) ||
    (field === 'fatalities' && toll === other) ||
    !base.evidence.some((s) => s.field === field)
  const { fatalities_min: _min, fatalities_max: _max, ...fields } = base
  return {
    ...fields,
    event_id: a.event_id,
    event_date: date.event_date,
    time_precision: date.time_precision,
    ...(named(base.actor1) || !named(other.actor1)
      ? {}
      : { actor1: other.actor1, assoc_actor_1: other.assoc_actor_1, inter1: other.inter1 }),
    ...(named(base.actor2) || !named(other.actor2)
      ? {}
      : { actor2: other.actor2, assoc_actor_2: other.assoc_actor_2, inter2: other.inter2 }),
    fatalities: toll.fatalities,
    ...(toll.fatalities_min !== undefined ? { fatalities_min: toll.fatalities_min } : {}),
    ...(toll.fatalities_max !== undefined ? { fatalities_max: toll.fatalities_max } : {}),
    evidence: [...base.evidence, ...other.evidence.filter((s) => keep(s.field))],
  }
}

/** Merges the records that tell one event; renumbers ids in text order. */
export function dedupeEvents(events: readonly EventRecord[], docId: string): EventRecord[] {
  const out: EventRecord[] = []
  for (const e of events) {
    const at = out.findIndex((k) => sameEvent(k, e))
    const kept = at < 0 ? undefined : out[at]
    if (kept) out[at] = merge(kept, e)
    else out.push(e)
  }
  return out.map((e, i) => ({ ...e, event_id: `${docId}:${i + 1}` }))
}
