/**
 * @module
 * `GET /api/aggregate/map`, `/timeline` and `/outlets`: the dashboard's map, timeline and outlet
 * comparison as server-side aggregates, so a page over 100,000 events transfers a few hundred
 * cells, buckets or rows instead of the events. All take every filter of `GET /api/events`, plus
 * their own parameters (`zoom`, `bbox`; `bucket`); an unknown or repeated parameter is a 400
 * naming the accepted ones.
 */
import { Hono } from 'hono'
import { z } from 'zod'
import { FaultlineError } from '../../errors.js'
import { MapQuerySchema, TimelineQuerySchema } from '../../query/aggregate-schema.js'
import { type EventFilter, EventFilterSchema } from '../../query/filters.js'
import type { Store } from '../../store/store.js'

/** Splits a query string into the shared filter and the route's own parameters. */
export function parseAggregateQuery<S extends z.ZodObject>(
  params: URLSearchParams,
  own: S,
): { filter: EventFilter; query: z.output<S> } {
  const ownKeys = Object.keys(own.shape)
  const accepted = [...Object.keys(EventFilterSchema.shape), ...ownKeys]
  const filterInput: Record<string, string> = {}
  const ownInput: Record<string, string> = {}
  for (const key of new Set(params.keys())) {
    if (!accepted.includes(key)) {
      throw new FaultlineError('E_BAD_ARGUMENT', `unknown parameter '${key}'`, {
        hint: `accepted parameters: ${accepted.join(', ')}`,
      })
    }
    const values = params.getAll(key)
    if (values.length > 1) {
      throw new FaultlineError('E_BAD_ARGUMENT', `parameter '${key}' given more than once`, {
        hint: `pass '${key}' once; filters combine with AND across different parameters`,
      })
    }
    const target = ownKeys.includes(key) ? ownInput : filterInput
    target[key] = values[0] ?? ''
  }
  return { filter: EventFilterSchema.parse(filterInput), query: own.parse(ownInput) }
}

/** Routes mounted under `/api/aggregate`. */
export function aggregateRoutes(store: Store): Hono {
  const app = new Hono()
  app.get('/map', async (c) => {
    const { filter, query } = parseAggregateQuery(new URL(c.req.url).searchParams, MapQuerySchema)
    return c.json(await store.aggregateMap(filter, query))
  })
  app.get('/timeline', async (c) => {
    const params = new URL(c.req.url).searchParams
    const { filter, query } = parseAggregateQuery(params, TimelineQuerySchema)
    return c.json(await store.aggregateTimeline(filter, query))
  })
  app.get('/outlets', async (c) => {
    const params = new URL(c.req.url).searchParams
    const { filter } = parseAggregateQuery(params, NoOwnParams)
    return c.json({ items: await store.aggregateOutlets(filter) })
  })
  return app
}

const NoOwnParams = z.object({}).strict()
