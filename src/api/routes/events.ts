/**
 * @module
 * `GET /api/events` (filtered list, paged by `offset` or by the opaque `cursor` each page gives as
 * `next_cursor`: stable under inserts; the `Link` header follows the way the request paged) and `GET /api/events/:id`, each event with its
 * `coded_by` (machine, or analyst once reviewed: `routes/review.ts`). Event ids contain `:`
 * (`doc_…:3`); Hono's default `:id` pattern accepts it raw, and the param comes back decoded when
 * the client sends `%3A`, so both spellings reach the same event.
 */
import { Hono } from 'hono'
import { FaultlineError } from '../../errors.js'
import type { Store } from '../../store/store.js'
import { nextLink, nextOffset, parseEventQuery } from '../event-query.js'

/** Routes mounted under `/api/events`. */
export function eventRoutes(store: Store): Hono {
  const app = new Hono()

  app.get('/', async (c) => {
    const url = new URL(c.req.url)
    const { filter, page } = parseEventQuery(url.searchParams, { cursor: true })
    const listed = await store.listEvents(filter, page)
    const { total, totalExact, items: events, nextCursor } = listed
    const coding = await store.codingOf(events.map((e) => e.event_id))
    const items = events.map((e) => ({ ...e, coded_by: coding[e.event_id] ?? 'machine' }))
    const next = page.cursor === undefined ? nextOffset(page, total) : null
    const link = page.cursor === undefined ? next : nextCursor
    if (link !== null) c.header('Link', `<${nextLink(url, page, link)}>; rel="next"`)
    const { limit, offset } = page
    const body = { total, total_exact: totalExact, limit, offset, next, next_cursor: nextCursor }
    return c.json({ ...body, items })
  })

  app.get('/:id', async (c) => {
    const id = c.req.param('id')
    const event = await store.getEvent(id)
    if (!event) {
      throw new FaultlineError('E_NOT_FOUND', `no event with id '${id}'`, {
        hint: 'list event ids with GET /api/events',
      })
    }
    const coding = await store.codingOf([event.event_id])
    return c.json({ ...event, coded_by: coding[event.event_id] ?? 'machine' })
  })

  return app
}
