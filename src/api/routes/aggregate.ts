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
import { MapQuerySchema, TimelineQuerySchema } from '../../query/aggregate-schema.js'
import type { Store } from '../../store/store.js'
import { parseFilterQuery } from '../event-query.js'

/** Routes mounted under `/api/aggregate`. */
export function aggregateRoutes(store: Store): Hono {
  const app = new Hono()
  app.get('/map', async (c) => {
    const { filter, query } = parseFilterQuery(new URL(c.req.url).searchParams, MapQuerySchema)
    return c.json(await store.aggregateMap(filter, query))
  })
  app.get('/timeline', async (c) => {
    const params = new URL(c.req.url).searchParams
    const { filter, query } = parseFilterQuery(params, TimelineQuerySchema)
    return c.json(await store.aggregateTimeline(filter, query))
  })
  app.get('/outlets', async (c) => {
    const params = new URL(c.req.url).searchParams
    const { filter } = parseFilterQuery(params, NoOwnParams)
    return c.json({ items: await store.aggregateOutlets(filter) })
  })
  return app
}

const NoOwnParams = z.object({}).strict()
