/**
 * @module
 * `GET /api/actors`: every actor named in stored events, with its ACLED inter code and event count.
 */
import { Hono } from 'hono'
import type { Store } from '../../store/store.js'

/** Routes mounted under `/api/actors`. */
export function actorRoutes(store: Store): Hono {
  const app = new Hono()
  app.get('/', async (c) => c.json({ items: await store.listActors() }))
  return app
}
