/**
 * @module
 * The mapping between an `EventRecord` and a row of `events`: the column list used by INSERTs,
 * the SELECT list (dates as `YYYY-MM-DD` text whatever the driver's date parsing), and the row →
 * record conversion. One place, so the repositories and exports agree on every column.
 */
import type { EventRecord } from '../schema/event.js'

/** Columns written per event, in INSERT order (`seq` is the event's index in its document). */
export const EVENT_COLUMNS = [
  'event_id', 'doc_id', 'seq', 'event_date', 'time_precision', 'event_type', 'sub_event_type',
  'actor1', 'assoc_actor_1', 'actor2', 'assoc_actor_2', 'inter1', 'inter2', 'country', 'admin1',
  'admin2', 'location', 'latitude', 'longitude', 'geo_precision', 'fatalities', 'fatalities_min',
  'fatalities_max', 'certainty', 'tier', 'evidence', 'extractor',
] as const

/** SQL casts per column so every placeholder has a type on PGlite and on `pg` alike. */
const CASTS: Partial<Record<(typeof EVENT_COLUMNS)[number], string>> = {
  seq: 'int', event_date: 'date', time_precision: 'int2', inter1: 'int2', inter2: 'int2',
  latitude: 'float8', longitude: 'float8', geo_precision: 'int2', fatalities: 'int4',
  fatalities_min: 'int4', fatalities_max: 'int4', evidence: 'jsonb', extractor: 'jsonb',
}

/** `($1::text, $2::text, $3::int, …)` for the row at `index`, and its parameter values. */
export function eventValues(e: EventRecord, docId: string, seq: number, index: number) {
  const base = index * EVENT_COLUMNS.length
  const sql = EVENT_COLUMNS.map((c, i) => `$${base + i + 1}::${CASTS[c] ?? 'text'}`).join(', ')
  const params: unknown[] = [
    e.event_id, docId, seq, e.event_date, e.time_precision, e.event_type, e.sub_event_type,
    e.actor1, e.assoc_actor_1, e.actor2, e.assoc_actor_2, e.inter1, e.inter2, e.country, e.admin1,
    e.admin2, e.location, e.latitude, e.longitude, e.geo_precision, e.fatalities,
    e.fatalities_min ?? null, e.fatalities_max ?? null, e.certainty, e.tier,
    // JSON text, not objects: `pg` would turn a JS array into a PostgreSQL array literal.
    JSON.stringify(e.evidence), JSON.stringify(e.extractor),
  ]
  return { sql: `(${sql})`, params }
}

/** SELECT list over `events e`; `event_date` comes back as text, not a driver `Date`. */
export const EVENT_SELECT = EVENT_COLUMNS.filter((c) => c !== 'seq')
  .map((c) => (c === 'event_date' ? `to_char(e.event_date, 'YYYY-MM-DD') AS event_date` : `e.${c}`))
  .join(', ')

type Decoded = 'fatalities_min' | 'fatalities_max' | 'evidence' | 'extractor'

export type EventRow = Omit<EventRecord, Decoded> & {
  fatalities_min: number | null
  fatalities_max: number | null
  evidence: unknown
  extractor: unknown
}

const json = (v: unknown): unknown => (typeof v === 'string' ? JSON.parse(v) : v)

/** jsonb stores keys in its own order; put span keys back in schema order for stable output. */
function spans(v: unknown): EventRecord['evidence'] {
  return (json(v) as EventRecord['evidence']).map(({ start, end, text, field }) =>
    field === undefined ? { start, end, text } : { start, end, text, field },
  )
}

/** Row → record, with the same keys in the same order as the schema (optional ones omitted). */
export function rowToEvent(r: EventRow): EventRecord {
  return {
    doc_id: r.doc_id, event_id: r.event_id, event_date: r.event_date,
    time_precision: r.time_precision, event_type: r.event_type, sub_event_type: r.sub_event_type,
    actor1: r.actor1, assoc_actor_1: r.assoc_actor_1, actor2: r.actor2,
    assoc_actor_2: r.assoc_actor_2, inter1: r.inter1, inter2: r.inter2, country: r.country,
    admin1: r.admin1, admin2: r.admin2, location: r.location, latitude: r.latitude,
    longitude: r.longitude, geo_precision: r.geo_precision, fatalities: r.fatalities,
    ...(r.fatalities_min === null ? {} : { fatalities_min: r.fatalities_min }),
    ...(r.fatalities_max === null ? {} : { fatalities_max: r.fatalities_max }),
    certainty: r.certainty, tier: r.tier,
    evidence: spans(r.evidence),
    extractor: json(r.extractor) as EventRecord['extractor'],
  }
}
