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
import type { z } from 'zod'
import { FaultlineError } from '../../errors.js'
import { MergeInputSchema, SplitInputSchema } from '../../schema/incident-review.js'
import type { Store } from '../../store/store.js'
import { raiseAlerts } from '../../watch/raise-alerts.js'
import { nextLink, nextOffset, parseEventQuery } from '../event-query.js'
import { describeZodError } from '../on-error.js'

/** The request's JSON body checked by `schema`, or a 400 saying what is wrong. */
async function body<T>(req: Request, schema: z.ZodType<T>, example: string): Promise<T> {
  const raw = await req.json().catch(() => {
    throw new FaultlineError('E_BAD_ARGUMENT', 'the body is not JSON', {
      hint: `send Content-Type: application/json with ${example}`,
    })
  })
  const parsed = schema.safeParse(raw)
  if (!parsed.success) {
    throw new FaultlineError('E_BAD_ARGUMENT', describeZodError(parsed.error), {
      hint: `send ${example}`,
    })
  }
  return parsed.data
}

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
    const input = await body(c.req.raw, MergeInputSchema, '{"incident_ids": ["inc_…", "inc_…"]}')
    const incident = await store.mergeIncidents(input.incident_ids, input)
    await raiseAlerts(store, [incident.id], { waitForRetries: false })
    return c.json({ incident })
  })

  app.post('/:id/split', async (c) => {
    const input = await body(c.req.raw, SplitInputSchema, '{"event_ids": ["doc_…:1"]}')
    const items = await store.splitIncident(c.req.param('id'), input.event_ids, input)
    await raiseAlerts(store, items.map((i) => i.id), { waitForRetries: false })
    return c.json({ items })
  })

  return app
}
