/**
 * @module
 * How one analyst correction maps onto the `events` columns: the value a field has now (the audit
 * row's `before`) and the `SET` clause that writes the new value. Shared by a fresh review and by
 * re-applying stored overrides after a document is re-extracted, so both write exactly the same.
 * Also the stable event key overrides are filed under.
 * @internal
 */
import type { EventRecord } from '../schema/event.js'
import type { Correction, ReviewField } from '../schema/review.js'

/**
 * The key an event keeps across re-extraction: its document and the offset of the cue that gave
 * its type (event ids are `doc:index`, and the index moves when an extractor finds one event
 * more or less earlier in the text). Events without a type span fall back to their id.
 */
export function eventKey(e: Pick<EventRecord, 'doc_id' | 'event_id' | 'evidence'>): string {
  const cue = e.evidence.find((s) => s.field === 'type')
  return cue === undefined ? e.event_id : `${e.doc_id}@${cue.start}`
}

/** The current value of a correctable field (the shape the correction's value has). */
export function fieldValue(e: EventRecord, field: ReviewField): unknown {
  switch (field) {
    case 'type':
      return { event_type: e.event_type, sub_event_type: e.sub_event_type }
    case 'place':
      return {
        location: e.location, latitude: e.latitude, longitude: e.longitude, admin1: e.admin1,
        geo_precision: e.geo_precision,
      }
    default:
      return e[field]
  }
}

/** `SET` assignments (placeholders from `$from`) writing a correction, with their values. */
export function setClause(c: Correction, from: number): { sql: string; params: unknown[] } {
  const cols: [string, string, unknown][] = []
  switch (c.field) {
    case 'type':
      cols.push(['event_type', 'text', c.value.event_type])
      cols.push(['sub_event_type', 'text', c.value.sub_event_type])
      break
    case 'actor1':
    case 'actor2':
      cols.push([c.field, 'text', c.value])
      break
    case 'event_date':
      cols.push(['event_date', 'date', c.value])
      // An analyst's date is a day; an undated event keeps the coarsest precision.
      cols.push(['time_precision', 'int2', c.value === null ? 3 : 1])
      break
    case 'fatalities':
      cols.push(['fatalities', 'int4', c.value])
      cols.push(['fatalities_min', 'int4', null])
      cols.push(['fatalities_max', 'int4', null])
      break
    case 'place':
      cols.push(['location', 'text', c.value.location])
      cols.push(['latitude', 'float8', c.value.latitude])
      cols.push(['longitude', 'float8', c.value.longitude])
      cols.push(['geo_precision', 'int2', c.value.geo_precision])
      if (c.value.admin1 !== undefined) cols.push(['admin1', 'text', c.value.admin1])
      break
  }
  return {
    sql: cols.map(([col, cast], i) => `${col} = $${from + i}::${cast}`).join(', '),
    params: cols.map(([, , v]) => v),
  }
}
