/**
 * @module
 * The OpenAPI entries of watchlists and alerts: components generated from the zod schemas of
 * `schema/watchlist.ts`, the request body from its input side, query parameters from the route
 * schemas (`routes/watchlists.ts`), and the operations under `/api/watchlists` and
 * `/api/alerts`, including the Atom feed and the digest. `openapi.ts` merges them in.
 */
import { z } from 'zod'
import {
  AlertSchema, CreatedWatchlistSchema, DeliverySchema, WatchlistInputSchema, WatchlistSchema,
} from '../schema/watchlist.js'
import type { Operation, Parameter } from './openapi.js'
import { AlertsQuerySchema, DigestQuerySchema } from './routes/watchlists.js'

/** Components registered beside those of `schemas.ts`. */
export const WATCHLIST_SCHEMAS = {
  Watchlist: WatchlistSchema,
  CreatedWatchlist: CreatedWatchlistSchema,
  WatchlistList: z.object({ total: z.number().int(), items: z.array(WatchlistSchema) }),
  Alert: AlertSchema,
  AlertList: z.object({
    total: z.number().int(),
    next_since: z.string().nullable().describe('pass as `since` to get only what is newer'),
    items: z.array(AlertSchema),
  }),
  WatchlistAlerts: z.object({
    watchlist: WatchlistSchema, total: z.number().int(), items: z.array(AlertSchema),
  }),
  DeliveryLog: z.object({
    watchlist_id: z.number().int(), total: z.number().int(), items: z.array(DeliverySchema),
  }),
} as const

const json = (name: keyof typeof WATCHLIST_SCHEMAS) => ({
  'application/json': { schema: { $ref: `#/components/schemas/${name}` } },
})
const error = { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } }
const notFound = { description: 'no such watchlist', content: error }
const unauthorized = {
  description: 'FAULTLINE_TOKEN is set and the request has no or a wrong Authorization: Bearer',
  content: error,
}
const idParam: Parameter = {
  name: 'id', in: 'path', required: true, description: 'watchlist id, or its URL-encoded name',
  schema: { type: 'string' },
}

function jsonSchema(schema: z.ZodType): Record<string, unknown> {
  const { $schema: _s, ...js } = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' })
  return js
}

function query(schema: z.ZodObject, docs: Record<string, string>): Parameter[] {
  const props = (jsonSchema(schema).properties ?? {}) as Record<string, Record<string, unknown>>
  return Object.entries(props).map(([name, s]) => ({
    name, in: 'query', required: false, description: docs[name] ?? name, schema: s,
  }))
}

const ALERT_DOCS = {
  since: 'only alerts raised or revised after this instant (ISO 8601; a date: its midnight UTC)',
  limit: 'at most this many (1–1000, default 200)',
}

/** Paths of the watchlist and alert operations. */
export function watchlistPaths(): Record<string, Record<string, Operation>> {
  return {
    '/api/watchlists': {
      get: {
        operationId: 'listWatchlists',
        summary: 'Every watchlist with its filter and alert count',
        responses: { '200': { description: 'the watchlists', content: json('WatchlistList') } },
      },
      post: {
        operationId: 'createWatchlist',
        summary: 'Save a filter under a name; optionally POST its alerts to a webhook',
        description: 'Webhooks receive JSON {watchlist, alert, revision, incident, links} signed ' +
          'with `X-Faultline-Signature: sha256=<hex HMAC-SHA256 of the raw body>` under ' +
          '`webhook_secret` (generated and answered once when omitted), with ' +
          '`X-Faultline-Delivery: <alert>.<revision>`; failures are retried with backoff. ' +
          'Private and loopback targets are refused (403) unless FAULTLINE_ALLOW_PRIVATE=1. ' +
          'Needs the token when set.',
        requestBody: { required: true, content: { 'application/json': {
          schema: jsonSchema(WatchlistInputSchema) } } },
        responses: {
          '200': { description: 'created (the secret is shown this once)',
            content: json('CreatedWatchlist') },
          '400': { description: 'invalid body, or the name is taken', content: error },
          '401': unauthorized,
          '403': { description: 'the webhook targets a private or loopback address',
            content: error },
        },
      },
    },
    '/api/watchlists/{id}': {
      get: {
        operationId: 'getWatchlist',
        summary: 'One watchlist',
        parameters: [idParam],
        responses: { '200': { description: 'the watchlist', content: json('Watchlist') },
          '404': notFound },
      },
      delete: {
        operationId: 'deleteWatchlist',
        summary: 'Delete a watchlist with its alerts and delivery log',
        parameters: [idParam],
        responses: {
          '200': { description: 'deleted', content: { 'application/json': { schema: {
            type: 'object', properties: { deleted: { type: 'string' }, id: { type: 'integer' } },
          } } } },
          '401': unauthorized,
          '404': notFound,
        },
      },
    },
    '/api/watchlists/{id}/alerts': {
      get: {
        operationId: 'watchlistAlerts',
        summary: "A watchlist's alerts, last revised first (one per incident)",
        parameters: [idParam, ...query(AlertsQuerySchema, ALERT_DOCS)],
        responses: { '200': { description: 'the alerts', content: json('WatchlistAlerts') },
          '400': { description: 'invalid parameter', content: error }, '404': notFound },
      },
    },
    '/api/watchlists/{id}/deliveries': {
      get: {
        operationId: 'watchlistDeliveries',
        summary: "A watchlist's webhook delivery log: every attempt, newest first",
        parameters: [idParam],
        responses: { '200': { description: 'the attempts', content: json('DeliveryLog') },
          '404': notFound },
      },
    },
    '/api/watchlists/{id}/feed.atom': {
      get: {
        operationId: 'watchlistFeed',
        summary: "A watchlist's alerts as an Atom 1.0 feed (one entry per alert)",
        description: 'An entry\'s `updated` is its last revision, so feed readers show a revised ' +
          'alert as changed, not as a new item.',
        parameters: [idParam],
        responses: {
          '200': { description: 'Atom feed', content: { 'application/atom+xml': {
            schema: { type: 'string' } } } },
          '404': notFound,
        },
      },
    },
    '/api/watchlists/{id}/digest': {
      get: {
        operationId: 'watchlistDigest',
        summary: 'A daily or weekly digest of the alerts: Markdown or self-contained HTML',
        description: 'Alerts raised or revised in the day (or the 7 days) ending with `date` ' +
          '(UTC, default today): counts by type, fatalities, and per alert what, where, who, ' +
          'when, outlets, claims in disagreement and evidence quotes with links.',
        parameters: [idParam, ...query(DigestQuerySchema, {
          period: "'day' (default) or 'week'", format: "'md' (default) or 'html'",
          date: 'last day of the period (YYYY-MM-DD)',
        })],
        responses: {
          '200': { description: 'the digest', content: {
            'text/markdown': { schema: { type: 'string' } },
            'text/html': { schema: { type: 'string' } } } },
          '400': { description: 'invalid parameter', content: error },
          '404': notFound,
        },
      },
    },
    '/api/alerts': {
      get: {
        operationId: 'listAlerts',
        summary: "Every watchlist's alerts revised after `since` (the notification list)",
        description: 'Poll with the `next_since` of the previous answer to get only new and ' +
          'revised alerts.',
        parameters: query(AlertsQuerySchema, ALERT_DOCS),
        responses: { '200': { description: 'the alerts', content: json('AlertList') },
          '400': { description: 'invalid parameter', content: error } },
      },
    },
  }
}
