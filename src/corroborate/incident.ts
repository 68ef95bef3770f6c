/**
 * @module
 * The incident record: one happening, every report of it side by side (`claims`), and summary
 * values that each name the rule that chose them and whether the reports disagree. Zod schemas
 * so the API documents (OpenAPI) and its tests check exactly this shape.
 */
import { z } from 'zod'
import { pageSchema } from '../schema/page.js'
import { EVENT_TYPES } from '../schema/event.js'

export const ClaimSchema = z.object({
  event_id: z.string(),
  doc_id: z.string(),
  outlet: z.string().nullable(),
  source: z
    .number()
    .int()
    .nonnegative()
    .describe('independent-source number: same outlet or near-duplicate text share it'),
  event_date: z.string().nullable(),
  time_precision: z.number().int(),
  event_type: z.enum(EVENT_TYPES),
  sub_event_type: z.string(),
  actor1: z.string().describe('perpetrator as this report names it'),
  actor2: z.string(),
  fatalities: z.number().int().nonnegative(),
  certainty: z.enum(['reported', 'hedged']),
  country: z.string(),
  admin1: z.string(),
  location: z.string(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  geo_precision: z.number().int(),
})
export type Claim = z.infer<typeof ClaimSchema>

const summary = <T extends z.ZodType>(value: T) =>
  z.object({
    value,
    conflict: z.boolean().describe('true when the reports disagree on this field'),
    rule: z.string().describe('how the value was chosen'),
  })

export const IncidentSchema = z.object({
  id: z.string(),
  event_type: z.enum(EVENT_TYPES),
  date: summary(z.string().nullable()),
  location: summary(z.string()),
  country: z.string(),
  admin1: z.string(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  fatalities: summary(z.number().int().nonnegative()).extend({
    min: z.number().int().nonnegative().describe('lowest claim'),
    max: z.number().int().nonnegative().describe('highest claim'),
  }),
  perpetrator: summary(z.string()),
  reports: z.number().int().positive(),
  independent_sources: z
    .number()
    .int()
    .positive()
    .describe('outlets counted once; near-duplicate texts (republished wire copy) counted once'),
  outlets: z.array(z.string()),
  claims: z.array(ClaimSchema),
})
export type Incident = z.infer<typeof IncidentSchema>

export const IncidentPageSchema = pageSchema(IncidentSchema)
