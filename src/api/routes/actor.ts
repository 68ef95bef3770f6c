/**
 * @module
 * `GET /api/actors/:id`: one actor, by its URL-encoded canonical name or any alias the registry
 * knows ('JNIM'): registry aliases and kind, an events summary (count, date range), the actor-graph
 * edges around it with their sources and outlets, and how each outlet labels it.
 */
import { Hono } from 'hono'
import { FaultlineError } from '../../errors.js'
import type { Store } from '../../store/store.js'

const MAX_NAME = 300

/** Routes mounted under `/api/actors` (beside the list in `actors.ts`). */
export function actorProfileRoutes(store: Store): Hono {
  const app = new Hono()
  app.get('/:id', async (c) => {
    const name = c.req.param('id').trim()
    if (name === '' || name.length > MAX_NAME) {
      throw new FaultlineError('E_BAD_ARGUMENT', `actor id must be 1 to ${MAX_NAME} characters`, {
        hint: 'pass a URL-encoded actor name from GET /api/actors',
      })
    }
    const actor = await store.getActor(name)
    if (actor === null) {
      throw new FaultlineError('E_NOT_FOUND', `no actor named '${name}'`, {
        hint: 'list actor names with GET /api/actors',
      })
    }
    return c.json(actor)
  })
  return app
}
