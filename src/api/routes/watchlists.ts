/**
 * @module
 * Watchlists and alerts over HTTP. Under `/api/watchlists`: list and create (`POST`, a JSON
 * `WatchlistInput`; a webhook target the SSRF guard refuses is a 403 unless
 * FAULTLINE_ALLOW_PRIVATE=1), one watchlist and `DELETE`, its alerts, its webhook delivery log,
 * its Atom feed (`/:id/feed.atom`) and its digest (`/:id/digest?period=day|week&format=md|html
 * &date=YYYY-MM-DD`). Under `/api/alerts`: every watchlist's alerts revised after `since` (the
 * dashboard's notification list; poll with the `next_since` of the last answer). `:id` is the
 * numeric id or the URL-encoded name. Writes pass the token middleware mounted in `app.ts`.
 */
import { Hono } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { etag } from 'hono/etag'
import { z } from 'zod'
import { FaultlineError } from '../../errors.js'
import { WatchlistInputSchema } from '../../schema/watchlist.js'
import type { Store } from '../../store/store.js'
import { atomFeed } from '../../watch/atom.js'
import { deliverSettings } from '../../watch/config.js'
import { buildDigest } from '../../watch/digest-data.js'
import { digestHtml } from '../../watch/digest-html.js'
import { digestMarkdown } from '../../watch/digest-md.js'
import { checkWebhookTarget } from '../../watch/post-json.js'
import { jsonBody } from '../json-body.js'

const MAX_BODY = 32 * 1024
const Limit = z.coerce.number().int().min(1).max(1000).default(200)
const Instant = z.iso.datetime({ offset: true }).or(z.iso.date())

export const AlertsQuerySchema = z.object({ since: Instant.optional(), limit: Limit }).strict()
export const DigestQuerySchema = z
  .object({
    period: z.enum(['day', 'week']).default('day'),
    format: z.enum(['md', 'html']).default('md'),
    date: z.iso.date().optional(),
  })
  .strict()

/** The dashboard's address for links: FAULTLINE_BASE_URL, else the origin asked. */
const baseOf = (url: string) => deliverSettings().baseUrl ?? new URL(url).origin

async function watchlistOf(store: Store, ref: string) {
  const w = await store.getWatchlist(ref)
  if (w !== null) return w
  throw new FaultlineError('E_NOT_FOUND', `no watchlist '${ref}'`, {
    hint: 'list watchlists with GET /api/watchlists',
  })
}

/** Routes mounted under `/api/watchlists`. */
export function watchlistRoutes(store: Store): Hono {
  const app = new Hono()

  app.get('/', async (c) => {
    const items = await store.listWatchlists()
    return c.json({ total: items.length, items })
  })

  app.post('/', bodyLimit({ maxSize: MAX_BODY }), async (c) => {
    const input = await jsonBody(c.req.raw, WatchlistInputSchema, '{"name": …, "filter": {…}}')
    if (input.webhook_url !== undefined) {
      await checkWebhookTarget(input.webhook_url, { allowPrivate: deliverSettings().allowPrivate })
    }
    return c.json(await store.addWatchlist(input))
  })

  app.get('/:id', async (c) => c.json(await watchlistOf(store, c.req.param('id'))))

  app.delete('/:id', async (c) => {
    const w = await watchlistOf(store, c.req.param('id'))
    await store.removeWatchlist(String(w.id))
    return c.json({ deleted: w.name, id: w.id })
  })

  app.get('/:id/alerts', async (c) => {
    const w = await watchlistOf(store, c.req.param('id'))
    const q = AlertsQuerySchema.parse(c.req.query())
    const items = await store.listAlerts({ watchlistId: w.id, since: q.since, limit: q.limit })
    return c.json({ watchlist: w, total: items.length, items })
  })

  app.get('/:id/deliveries', async (c) => {
    const w = await watchlistOf(store, c.req.param('id'))
    const items = await store.listDeliveries(w.id)
    return c.json({ watchlist_id: w.id, total: items.length, items })
  })

  // Feed readers poll: an ETag lets them revalidate with If-None-Match and get a 304.
  app.get('/:id/feed.atom', etag(), async (c) => {
    const w = await watchlistOf(store, c.req.param('id'))
    const alerts = await store.listAlerts({ watchlistId: w.id, limit: 100 })
    c.header('Content-Type', 'application/atom+xml; charset=utf-8')
    return c.body(atomFeed(w, alerts, baseOf(c.req.url)))
  })

  app.get('/:id/digest', async (c) => {
    const w = await watchlistOf(store, c.req.param('id'))
    const q = DigestQuerySchema.parse(c.req.query())
    const base = baseOf(c.req.url)
    const d = await buildDigest(store, w, { period: q.period, date: q.date, base })
    // No script, no external resource: the page needs inline styles and nothing else.
    c.header('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'")
    if (q.format === 'html') return c.html(digestHtml(d))
    c.header('Content-Type', 'text/markdown; charset=utf-8')
    return c.body(digestMarkdown(d))
  })

  return app
}

/** Routes mounted under `/api/alerts`: the notification list. */
export function alertRoutes(store: Store): Hono {
  const app = new Hono()
  app.get('/', async (c) => {
    const q = AlertsQuerySchema.parse(c.req.query())
    const since = q.since === undefined ? undefined : new Date(q.since).toISOString()
    const items = await store.listAlerts({ since, limit: q.limit })
    const next = items.map((a) => a.updated_at).sort().at(-1) ?? since ?? null
    return c.json({ total: items.length, next_since: next, items })
  })
  return app
}
