/**
 * @module
 * Stored framing and actor-graph views, as zod schemas with their `z.infer` types: the outlets ×
 * labels table of an actor or outlet (`FramingReport`), an edge of the actor graph with every
 * source that supports it (`ActorEdge`) and one actor's profile (`ActorProfile`). The store
 * returns these shapes, the API publishes them (OpenAPI components) and its tests parse them.
 */
import { z } from 'zod'

const count = z.number().int().nonnegative()
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/)

/** `GET /api/framing` query: `actor` (alias or canonical name) and/or `outlet` (any case). */
export const FramingQuerySchema = z
  .object({
    actor: z.string().trim().min(1).max(300).optional().describe('actor alias or canonical name'),
    outlet: z.string().trim().min(1).max(300).optional().describe('outlet (case-insensitive)'),
  })
  .strict()
  .refine((q) => q.actor !== undefined || q.outlet !== undefined, {
    message: "give 'actor', 'outlet' or both",
  })

export const FramingEvidenceSchema = z.object({
  doc: z.string().optional(),
  start: count,
  end: count,
  text: z.string(),
})

export const FramingRowSchema = z.object({
  outlet: z.string(),
  actor: z.string(),
  label: z.string().describe('lower case, without a leading determiner'),
  count,
  quoted: count.describe('uses inside quoted speech (the source speaking, not the outlet)'),
  loaded: z.boolean(),
  evidence: z.array(FramingEvidenceSchema),
})

export const OutletRateSchema = z.object({
  outlet: z.string(),
  docs: count,
  words: count,
  loaded: count,
  rate: z.number().describe("loaded-language spans per 1,000 words, outlet's own voice"),
})

export const FramingReportSchema = z.object({
  actor: z.string().nullable().describe('canonical actor name the query resolved to'),
  outlet: z.string().nullable(),
  rows: z.array(FramingRowSchema),
  outlets: z.array(OutletRateSchema),
})
export type FramingReport = z.infer<typeof FramingReportSchema>

export const RELATION_KINDS = [
  'part_of',
  'aligned_with',
  'hostile_to',
  'fights',
  'commands',
] as const

export const RelationSourceSchema = z.object({
  doc_id: z.string(),
  outlet: z.string(),
  origin: z.enum(['text', 'event']),
  event_id: z.string().nullable(),
  date: day.nullable(),
  start: count,
  end: count,
  text: z.string(),
  tier: z
    .enum(['news', 'context'])
    .nullable()
    .optional()
    .describe("the implying event's tier: 'context' is a background event recalled in passing"),
  time_precision: z
    .number()
    .int()
    .min(1)
    .max(3)
    .nullable()
    .optional()
    .describe("the implying event's ACLED time precision (1 day, 2 week/month, 3 year or vaguer)"),
})
export type RelationSource = z.infer<typeof RelationSourceSchema>

export const ActorEdgeSchema = z.object({
  a: z.string(),
  relation: z.enum(RELATION_KINDS),
  b: z.string(),
  count: count.describe('supporting mentions (text) and events'),
  outlets: z.array(z.string()),
  first: day.nullable(),
  last: day.nullable(),
  context: z
    .boolean()
    .optional()
    .describe('every source is a background event: the relation held then (first..last), not now'),
  sources: z.array(RelationSourceSchema),
})
export type ActorEdge = z.infer<typeof ActorEdgeSchema>

export const ActorProfileSchema = z.object({
  name: z.string(),
  registry: z
    .object({
      id: z.string(),
      kind: z.string(),
      inter: z.number().int(),
      aliases: z.array(z.string()),
      acronyms: z.array(z.string()),
    })
    .nullable()
    .describe('the actor registry entry, when the name resolves to one'),
  events: z.object({ count, first: day.nullable(), last: day.nullable() }),
  relations: z.array(ActorEdgeSchema),
  framing: FramingReportSchema,
})
export type ActorProfile = z.infer<typeof ActorProfileSchema>
