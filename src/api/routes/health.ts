/**
 * @module
 * `GET /api/health`: liveness plus a cheap proof the store answers (document and event counts).
 */
import { Hono } from 'hono'
import type { Store } from '../../store/store.js'

/** Routes mounted under `/api/health`. */
export function healthRoutes(store: Store, version: string): Hono {
  const app = new Hono()
  app.get('/', async (c) => {
    const { documents, events } = await store.summary()
    c.header('Cache-Control', 'no-store')
    return c.json({ ok: true, version, documents, events })
  })
  return app
}
