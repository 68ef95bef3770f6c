/**
 * @module
 * The event record: one JSON object per line from `faultline extract`, and what the store holds.
 * Field names follow ACLED's columns where ACLED has one (event_type, sub_event_type, actor1,
 * inter1, admin1, geo_precision, fatalities…) so exports map one to one. Every event carries
 * `evidence`: character spans into the document text that support it.
 */
import { z } from 'zod'
import { EVENT_TYPES } from './acled-types.js'

export { EVENT_TYPES, type EventType, SUB_EVENT_TYPES } from './acled-types.js'

export const SpanSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
  /** Which field this span supports (type, actor1, actor2, location, date, fatalities, certainty). */
  field: z.string().optional(),
})
export type Span = z.infer<typeof SpanSchema>

export const EventSchema = z.object({
  doc_id: z.string(),
  event_id: z.string(),
  event_date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  time_precision: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  event_type: z.enum(EVENT_TYPES),
  sub_event_type: z.string(),
  actor1: z.string(),
  assoc_actor_1: z.string(),
  actor2: z.string(),
  assoc_actor_2: z.string(),
  inter1: z.number().int().min(0).max(8),
  inter2: z.number().int().min(0).max(8),
  country: z.string(),
  admin1: z.string(),
  admin2: z.string(),
  location: z.string(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  geo_precision: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  fatalities: z.number().int().nonnegative(),
  fatalities_min: z.number().int().nonnegative().optional(),
  fatalities_max: z.number().int().nonnegative().optional(),
  certainty: z.enum(['reported', 'hedged']),
  tier: z.enum(['news', 'context']),
  evidence: z.array(SpanSchema),
  extractor: z.object({ name: z.string(), version: z.string() }),
})
export type EventRecord = z.infer<typeof EventSchema>
