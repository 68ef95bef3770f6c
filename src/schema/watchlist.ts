/**
 * @module
 * Watchlists and their alerts at the boundaries (CLI flags, API bodies, store rows). A watchlist
 * is a saved filter with a name: the event filter's country, admin1 and certainty
 * (`query/filters.ts`, reused field by field) plus lists of event types, actors and outlets, an
 * area (a point and a radius) and a minimum death toll, optionally with a webhook. An alert is
 * one incident that matched, with the summary it was raised (or last revised) on.
 */
import { z } from 'zod'
import { EventFilterSchema } from '../query/filters.js'
import { EVENT_TYPES } from './event.js'

const words = z.array(z.string().trim().min(1).max(200)).min(1).max(50)

export const AreaSchema = z.object({
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
  radius_km: z.number().positive().max(20000),
})

export const WatchFilterSchema = EventFilterSchema.pick({
  country: true,
  admin1: true,
  certainty: true,
})
  .extend({
    types: z.array(z.enum(EVENT_TYPES)).min(1).optional(),
    actors: words.optional().describe('any report names one of them (part of a name, any case)'),
    outlets: words.optional().describe("any report comes from one of them (whole name, any case)"),
    area: AreaSchema.optional().describe('any report within radius_km of the point'),
    min_fatalities: z
      .number()
      .int()
      .nonnegative()
      .optional()
      .describe("the incident's summary death toll (the lowest firm count) at least this"),
  })
  .strict()
export type WatchFilter = z.infer<typeof WatchFilterSchema>

export const WatchlistInputSchema = z
  .object({
    name: z
      .string()
      .trim()
      .min(1)
      .max(100)
      .regex(/^[^/\\\u0000-\u001f]+$/, 'no slashes or control characters'),
    filter: WatchFilterSchema.default({}),
    webhook_url: z.url({ protocol: /^https?$/ }).max(2000).optional(),
    webhook_secret: z
      .string()
      .min(16)
      .max(200)
      .optional()
      .describe('HMAC key of X-Faultline-Signature; generated (and shown once) when omitted'),
  })
  .strict()
export type WatchlistInput = z.input<typeof WatchlistInputSchema>

export const WatchlistSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  filter: WatchFilterSchema,
  webhook_url: z.string().nullable(),
  created_at: z.string(),
  alerts: z.number().int().nonnegative(),
})
export type Watchlist = z.infer<typeof WatchlistSchema>

/** A created watchlist: the webhook secret is shown this once. */
export const CreatedWatchlistSchema = WatchlistSchema.extend({
  webhook_secret: z.string().nullable(),
})
export type CreatedWatchlist = z.infer<typeof CreatedWatchlistSchema>

/** The incident summary an alert was raised or revised on. */
export const AlertStateSchema = z.object({
  incident_id: z.string(),
  event_type: z.enum(EVENT_TYPES),
  date: z.string().nullable(),
  location: z.string(),
  country: z.string(),
  admin1: z.string(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  fatalities: z.number().int().nonnegative(),
  fatalities_min: z.number().int().nonnegative(),
  fatalities_max: z.number().int().nonnegative(),
  perpetrator: z.string(),
  reports: z.number().int(),
  independent_sources: z.number().int(),
  outlets: z.array(z.string()),
  event_ids: z.array(z.string()),
  conflicts: z.array(z.string()).describe('summary fields the reports disagree on'),
})
export type AlertState = z.infer<typeof AlertStateSchema>

export const AlertSchema = z.object({
  id: z.number().int(),
  watchlist_id: z.number().int(),
  watchlist: z.string(),
  incident_id: z.string(),
  first_at: z.string(),
  updated_at: z.string(),
  revision: z.number().int().positive(),
  state: AlertStateSchema,
  /** What the last revision changed (empty for revision 1). */
  changed: z.array(z.string()),
})
export type Alert = z.infer<typeof AlertSchema>

/** What an evaluation did to one alert. */
export interface AlertOutcome {
  readonly alert: Alert
  readonly kind: 'new' | 'updated'
}

export const DeliverySchema = z.object({
  id: z.number().int(),
  alert_id: z.number().int(),
  revision: z.number().int(),
  url: z.string(),
  attempt: z.number().int(),
  status: z.number().int().nullable(),
  error: z.string().nullable(),
  at: z.string(),
  next_attempt_at: z.string().nullable(),
  delivered: z.boolean(),
})
export type Delivery = z.infer<typeof DeliverySchema>
