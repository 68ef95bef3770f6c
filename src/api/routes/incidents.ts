/**
 * @module
 * `GET /api/incidents` (filtered, paginated list) and `GET /api/incidents/:id`. The filters are
 * those of `GET /api/events`, applied to each incident's member reports: an incident is listed
 * when one of its reports matches. Each incident carries every claim and its summary values.
 * `POST /api/incidents/merge` and `POST /api/incidents/:id/split` are the analyst's corrections
 * of corroboration, kept as links between reports that later regrouping obeys; like review
 * corrections, they revise the alerts of watchlists that match the incidents.
 */
import { Hono } from 'hono'
import { FaultlineError } from '../../errors.js'
import { MergeInputSchema, SplitInputSchema } from '../../schema/incident-review.js'
import type { Store } from '../../store/store.js'
import { raiseAlerts } from '../../watch/raise-alerts.js'
import { nextLink, nextOffset, parseEventQuery } from '../event-query.js'
import { jsonBody } from '../json-body.js'

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

  // An analyst's merge and split (writes: the token is checked in app.ts).
  app.post('/merge', async (c) => {
    const input = await jsonBody(c.req.raw, MergeInputSchema,
      '{"incident_ids": ["inc_…", "inc_…"]}')
    const incident = await store.mergeIncidents(input.incident_ids, input)
    await raiseAlerts(store, [incident.id], { waitForRetries: false })
    return c.json({ incident })
  })

  app.post('/:id/split', async (c) => {
    const input = await jsonBody(c.req.raw, SplitInputSchema, '{"event_ids": ["doc_…:1"]}')
    const items = await store.splitIncident(c.req.param('id'), input.event_ids, input)
    await raiseAlerts(store, items.map((i) => i.id), { waitForRetries: false })
    return c.json({ items })
  })

  return app
}
