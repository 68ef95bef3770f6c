/**
 * @module
 * `GET /api/framing?actor=&outlet=`: the outlets × labels table of an actor (or of every actor an
 * outlet labels), with counts, evidence spans and each outlet's loaded-language rate. At least one
 * of the two parameters is required; unknown, repeated or empty parameters are a 400.
 */
import { Hono } from 'hono'
import { FaultlineError } from '../../errors.js'
import { FramingQuerySchema } from '../../schema/framing.js'
import type { Store } from '../../store/store.js'


/** One value per key; a repeated key is refused rather than silently picking one. */
function single(params: URLSearchParams): Record<string, string> {
  const out: Record<string, string> = {}
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key)
    if (values.length > 1) {
      throw new FaultlineError('E_BAD_ARGUMENT', `parameter '${key}' given more than once`, {
        hint: "pass 'actor' and 'outlet' at most once each",
      })
    }
    out[key] = values[0] ?? ''
  }
  return out
}

/** Routes mounted under `/api/framing`. */
export function framingRoutes(store: Store): Hono {
  const app = new Hono()
  app.get('/', async (c) => {
    const query = FramingQuerySchema.parse(single(new URL(c.req.url).searchParams))
    return c.json(await store.framingFor(query))
  })
  return app
}
