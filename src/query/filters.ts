/**
 * @module
 * Event filters shared by the CLI (`events`, `export`) and the API (`GET /api/events`).
 * Parsed with zod from strings (query string or CLI flags); the store turns them into
 * parameterised SQL only — a filter value never becomes SQL text. `known_by` (a date or an ISO
 * date-time) becomes one instant in UTC: a bare date means the end of that day.
 */
import { z } from 'zod'
import { IsoDate } from '../schema/document.js'
import { EVENT_TYPES } from '../schema/event.js'

const Near = z
  .string()
  .transform((s, ctx) => {
    const parts = s.split(',').map((p) => Number(p.trim()))
    const [lat, lon, km] = parts
    const complete = lat !== undefined && lon !== undefined && km !== undefined
    if (parts.length !== 3 || !complete || parts.some((n) => !Number.isFinite(n))) {
      ctx.addIssue({ code: 'custom', message: 'expected LAT,LON,KM, e.g. 16.27,-0.04,50' })
      return z.NEVER
    }
    if (Math.abs(lat) > 90 || Math.abs(lon) > 180 || km <= 0 || km > 20000) {
      ctx.addIssue({
        code: 'custom',
        message: 'near: latitude must be within ±90, longitude within ±180, radius in (0, 20000] km',
      })
      return z.NEVER
    }
    return { lat, lon, km }
  })

/** `YYYY-MM-DD` (end of that day, UTC) or an ISO date-time with a zone → an ISO instant. */
const KnownBy = z.union([
  IsoDate.transform((d) => `${d}T23:59:59.999Z`),
  z.iso.datetime({ offset: true }).transform((t) => new Date(t).toISOString()),
])

export const EventFilterSchema = z
  .object({
    since: IsoDate.optional(),
    until: IsoDate.optional(),
    type: z.enum(EVENT_TYPES).optional(),
    actor: z.string().min(1).max(200).optional(),
    country: z.string().min(1).max(100).optional(),
    near: Near.optional(),
    doc_id: z.string().min(1).max(200).optional(),
    q: z.string().min(1).max(200).optional(),
    admin1: z.string().min(1).max(100).optional(),
    sub_type: z.string().min(1).max(100).optional(),
    outlet: z.string().min(1).max(200).optional(),
    certainty: z.enum(['reported', 'hedged']).optional(),
    tier: z.enum(['news', 'context']).optional(),
    known_by: KnownBy.optional().describe(
      'events whose report was known by then (publication date of the document, else ingest time)',
    ),
  })
  .strict()
export type EventFilter = z.infer<typeof EventFilterSchema>

export const PageSchema = z.object({
  limit: z.coerce.number().int().min(1).max(1000).default(50),
  offset: z.coerce.number().int().min(0).default(0),
})
/** A page; `cursor` (`page-cursor.ts`, event list only) resumes after a row instead of an offset. */
export type Page = z.infer<typeof PageSchema> & { readonly cursor?: string }

/** `PageSchema` with the event list's keyset cursor (the `next_cursor` of the previous page). */
export const CursorPageSchema = PageSchema.extend({
  cursor: z.string().min(1).max(400).optional()
    .describe("the previous page's next_cursor: the page after its last row (stable under inserts)"),
})
