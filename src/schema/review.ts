/**
 * @module
 * The analyst's review of an event, at the API boundary: what a review request carries
 * (`ReviewInputSchema`: confirm, correct one field, or reject), the audit record each review
 * leaves (`ReviewRecordSchema`) and a review-queue item (`QueueItemSchema`: the event plus the
 * reasons it needs a look). Corrections are checked per field here, so the store only ever
 * receives values it can write.
 */
import { z } from 'zod'
import { IsoDate } from './document.js'
import { EVENT_TYPES, EventSchema, SUB_EVENT_TYPES } from './event.js'

/** Who coded an event's current values. */
export const CodedBySchema = z.enum(['machine', 'analyst'])
export type CodedBy = z.infer<typeof CodedBySchema>

export const REVIEW_ACTIONS = ['confirm', 'correct', 'reject'] as const

/** A corrected place: a name and a point (clicked on the map); precision 1 = exact point. */
export const PlaceValueSchema = z.object({
  location: z.string().trim().min(1).max(200),
  latitude: z.number().min(-90).max(90),
  longitude: z.number().min(-180).max(180),
  admin1: z.string().max(200).optional(),
  geo_precision: z.union([z.literal(1), z.literal(2), z.literal(3)]).default(1),
})

const actorName = z.string().trim().max(300)

/** The value each correctable field takes. */
export const FIELD_VALUES = {
  type: z
    .object({ event_type: z.enum(EVENT_TYPES), sub_event_type: z.string().min(1) })
    .refine((v) => SUB_EVENT_TYPES[v.event_type].includes(v.sub_event_type), {
      message: 'sub_event_type is not one of the event type\'s ACLED sub-event types',
    }),
  actor1: actorName.min(1),
  actor2: actorName,
  event_date: IsoDate.nullable(),
  fatalities: z.number().int().nonnegative().max(100_000),
  place: PlaceValueSchema,
} as const
export type ReviewField = keyof typeof FIELD_VALUES
export const REVIEW_FIELDS = Object.keys(FIELD_VALUES) as ReviewField[]

export const ReviewInputSchema = z
  .object({
    action: z.enum(REVIEW_ACTIONS),
    field: z.enum(REVIEW_FIELDS as [ReviewField, ...ReviewField[]]).optional(),
    value: z.unknown().optional(),
    note: z.string().max(2000).default(''),
    reviewer: z.string().trim().min(1).max(100).default('analyst'),
    /** With an actor correction: remember the text's name as an alias of the new actor. */
    add_alias: z.boolean().default(false),
    /** The document's words naming the actor (default: the actor's evidence span). */
    alias_text: z.string().trim().min(2).max(200).optional(),
  })
  .strict()
export type ReviewInput = z.infer<typeof ReviewInputSchema>

/** A correction whose value has been checked against its field. */
export type Correction = {
  [F in ReviewField]: { field: F; value: z.infer<(typeof FIELD_VALUES)[F]> }
}[ReviewField]

export const ReviewRecordSchema = z.object({
  id: z.number().int(),
  event_id: z.string(),
  event_key: z.string().describe('stable across re-extraction: document id + offset of the type cue'),
  document_id: z.string(),
  field: z.string().describe("a corrected field, or 'status' for confirm and reject"),
  before: z.unknown().describe('the value before (the whole event for a rejection)'),
  after: z.unknown(),
  action: z.enum(REVIEW_ACTIONS),
  reviewer: z.string(),
  created_at: z.string(),
  note: z.string(),
})
export type ReviewRecord = z.infer<typeof ReviewRecordSchema>

export const REVIEW_REASONS = [
  'hedged', 'no_point', 'weak_type', 'conflicting_claims', 'context_violence',
] as const
export type ReviewReason = (typeof REVIEW_REASONS)[number]

export const QueueItemSchema = z.object({
  event: EventSchema,
  score: z.number().int().describe('higher: the extractor is less sure'),
  reasons: z.array(z.enum(REVIEW_REASONS)),
})
export type QueueItem = z.infer<typeof QueueItemSchema>

export const QueuePageSchema = z.object({
  total: z.number().int(),
  limit: z.number().int(),
  offset: z.number().int(),
  items: z.array(QueueItemSchema),
})

export const ReviewOutcomeSchema = z.object({
  event: EventSchema.extend({ coded_by: CodedBySchema }).nullable()
    .describe('the event after the review; null once rejected'),
  review: ReviewRecordSchema,
  alias: z.object({
    added: z.boolean(), alias: z.string().optional(), actor: z.string().optional(),
    reason: z.string(),
  }).optional().describe('with add_alias on an actor correction: what the registry learned'),
})
export type ReviewOutcome = z.infer<typeof ReviewOutcomeSchema>

/** Checks a request's value against its field; E_BAD_ARGUMENT-ready message when it does not fit. */
export function parseCorrection(
  input: ReviewInput,
): { ok: true; value: Correction } | { ok: false; message: string } {
  if (input.field === undefined) return { ok: false, message: "a correction names a 'field'" }
  const parsed = FIELD_VALUES[input.field].safeParse(input.value)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const where = issue && issue.path.length > 0 ? `.${issue.path.join('.')}` : ''
    return { ok: false, message: `value${where} for '${input.field}': ${issue?.message ?? 'invalid'}` }
  }
  return { ok: true, value: { field: input.field, value: parsed.data } as Correction }
}
