/**
 * @module
 * The REST API as a Hono app over a `Store`: routes live one resource per file in `routes/`,
 * errors are mapped in `on-error.ts`, and reads carry an `ETag` (hash of the body) so clients can
 * revalidate with `If-None-Match` and get a 304. `createApp` does no I/O of its own; `serve.ts`
 * binds it to a port.
 *
 * @example
 * ```ts
 * const app = createApp({ store: await openStore({ db: 'memory://' }), version: '0.1.0' })
 * const res = await app.request('/api/events?type=Battles&limit=10')
 * ```
 */
import { Hono } from 'hono'
import { etag } from 'hono/etag'
import type { Store } from '../store/store.js'
import { requireWriteToken } from './auth.js'
import { notFound, onError } from './on-error.js'
import { rejectNul } from './reject-nul.js'
import { actorRoutes } from './routes/actors.js'
import { changeRoutes, snapshotRoutes } from './routes/changes.js'
import { exportRoutes } from './routes/export.js'
import { aggregateRoutes } from './routes/aggregate.js'
import { documentRoutes } from './routes/documents.js'
import { eventRoutes } from './routes/events.js'
import { actorProfileRoutes } from './routes/actor.js'
import { framingRoutes } from './routes/framing.js'
import { healthRoutes } from './routes/health.js'
import { incidentRoutes } from './routes/incidents.js'
import { ingestRoutes } from './routes/ingest.js'
import { openApiRoutes } from './routes/openapi.js'
import { eventReviewRoutes, reviewQueueRoutes } from './routes/review.js'
import { outletRoutes } from './routes/outlets.js'
import { alertRoutes, watchlistRoutes } from './routes/watchlists.js'
import { serveStatic } from './static.js'

export interface AppDeps {
  readonly store: Store
  readonly version: string
  /** Receives the original error of every 500; defaults to `console.error`. */
  readonly log?: (err: unknown) => void
  /** When set, writes (POST/PUT/PATCH/DELETE) need `Authorization: Bearer <token>` (auth.ts). */
  readonly token?: string | undefined
}

/** Builds the API app. */
export function createApp(deps: AppDeps): Hono {
  const { store, version } = deps
  const app = new Hono()

  app.use('/api/*', async (c, next) => {
    await next()
    if (!c.res.headers.has('Cache-Control')) c.res.headers.set('Cache-Control', 'no-cache')
  })
  app.use('/api/*', rejectNul)
  app.use('/api/*', requireWriteToken(deps.token))
  for (const path of ['/api/events', '/api/events/*', '/api/documents/*', '/api/actors',
    '/api/incidents', '/api/incidents/*', '/api/framing', '/api/actors/:id', '/api/aggregate/*',
    '/api/outlets', '/api/outlets/*']) {
    app.use(path, etag())
  }

  app.route('/api/health', healthRoutes(store, version))
  app.route('/api/events', eventRoutes(store))
  app.route('/api/events', eventReviewRoutes(store))
  app.route('/api/review', reviewQueueRoutes(store))
  app.route('/api/documents', documentRoutes(store))
  app.route('/api/documents', ingestRoutes(store))
  app.route('/api/actors', actorRoutes(store))
  app.route('/api/actors', actorProfileRoutes(store))
  app.route('/api/framing', framingRoutes(store))
  app.route('/api/incidents', incidentRoutes(store))
  app.route('/api/aggregate', aggregateRoutes(store))
  app.route('/api/outlets', outletRoutes(store))
  app.route('/api/changes', changeRoutes(store))
  app.route('/api/snapshots', snapshotRoutes(store))
  app.route('/api/export', exportRoutes(store))
  app.route('/api/watchlists', watchlistRoutes(store))
  app.route('/api/alerts', alertRoutes(store))
  app.route('/api', openApiRoutes(version))
  serveStatic(app)

  app.notFound(notFound)
  app.onError(onError(deps.log ?? ((err) => console.error(err))))
  return app
}
