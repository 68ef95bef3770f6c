/**
 * @module
 * Zod schemas of the API's response bodies, built on the shared `EventSchema`. They are the single
 * source for the OpenAPI components (via `z.toJSONSchema`) and the tests parse real responses with
 * them, so the published document cannot drift from what the routes send.
 */
import { z } from 'zod'
import { pageSchema } from '../schema/page.js'
import { EventSchema } from '../schema/event.js'
import type { ActorSummary, StoredDocument } from '../store/store.js'

const nullableString = z.string().nullable()

export const ErrorBodySchema = z.object({
  error: z.object({ code: z.string(), message: z.string(), hint: z.string().optional() }),
})

export const HealthSchema = z.object({
  ok: z.boolean(),
  version: z.string(),
  documents: z.number().int().nonnegative(),
  events: z.number().int().nonnegative(),
})

export const EventPageSchema = pageSchema(EventSchema).extend({
  next_cursor: z.string().nullable()
    .describe('opaque token for the page after this one (pass as `cursor`); null on the last'),
})

export const StoredDocumentSchema = z.object({
  id: z.string(),
  source: z.string(),
  title: nullableString,
  outlet: nullableString,
  author: nullableString,
  published_at: nullableString,
  language: nullableString,
  format: z.string(),
  content_hash: z.string(),
  ingested_at: z.string(),
  text: z.string(),
})

export const DocumentSchema = StoredDocumentSchema.extend({
  events: z.array(EventSchema).describe('events of this document in text order'),
})

export const ActorSummarySchema = z.object({
  name: z.string(),
  inter: z.number().int(),
  events: z.number().int().nonnegative(),
})

export const ActorListSchema = z.object({ items: z.array(ActorSummarySchema) })

// Compile-time guards: the schemas above must describe exactly what the store returns.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
const documentMatches: Same<z.infer<typeof StoredDocumentSchema>, StoredDocument> = true
const actorMatches: Same<z.infer<typeof ActorSummarySchema>, ActorSummary> = true
void documentMatches
void actorMatches

/** Components of the OpenAPI document, keyed by their schema name. */
export const COMPONENT_SCHEMAS = {
  Event: EventSchema,
  EventPage: EventPageSchema,
  Document: DocumentSchema,
  ActorSummary: ActorSummarySchema,
  ActorList: ActorListSchema,
  Health: HealthSchema,
  Error: ErrorBodySchema,
} as const
export type ComponentName = keyof typeof COMPONENT_SCHEMAS
