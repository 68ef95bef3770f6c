/**
 * @module
 * `GET /api/incidents` (filtered, paginated list) and `GET /api/incidents/:id`. The filters are
 * those of `GET /api/events`, applied to each incident's member reports: an incident is listed
 * when one of its reports matches. Each incident carries every claim and its summary values.
 */
import { Hono } from 'hono'
import { FaultlineError } from '../../errors.js'
import type { Store } from '../../store/store.js'
import { nextLink, nextOffset, parseEventQuery } from '../event-query.js'

/** Routes mounted under `/api/incidents`. */
export function incidentRoutes(store: Store): Hono {
  const app = new Hono()

  app.get('/', async (c) => {
    const url = new URL(c.req.url)
    const { filter, page } = parseEventQuery(url.searchParams)
    const { total, items } = await store.listIncidents(filter, page)
    const next = nextOffset(page, total)
    if (next !== null) c.header('Link', `<${nextLink(url, page, next)}>; rel="next"`)
    return c.json({ total, limit: page.limit, offset: page.offset, next, items })
  })

  app.get('/:id', async (c) => {
    const id = c.req.param('id')
    const incident = await store.getIncident(id)
    if (!incident) {
      throw new FaultlineError('E_NOT_FOUND', `no incident with id '${id}'`, {
        hint: 'list incident ids with GET /api/incidents',
      })
    }
    return c.json(incident)
  })

  return app
}
