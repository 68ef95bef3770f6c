/**
 * @module
 * `GET /api/outlets` (every outlet with its document and event counts), `GET /api/outlets/:name`
 * and `PATCH /api/outlets/:name` (edit home URL, country or description; a JSON body checked by
 * `OutletPatchSchema`: unknown fields, bad URLs and empty bodies are a 400, an unknown outlet a
 * 404). Names are URL-encoded and match in any case and spacing.
 */
import { Hono } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { FaultlineError } from '../../errors.js'
import { OutletPatchSchema } from '../../schema/outlet.js'
import type { Store } from '../../store/store.js'
import { jsonBody } from '../json-body.js'

/** A PATCH body is a few fields of text; anything larger is refused before parsing. */
const MAX_BODY = 16 * 1024
const MAX_NAME = 300

function outletName(raw: string): string {
  const name = raw.trim()
  if (name === '' || name.length > MAX_NAME) {
    throw new FaultlineError('E_BAD_ARGUMENT', 'outlet name must be 1 to 300 characters', {
      hint: 'use a name from GET /api/outlets, URL-encoded',
    })
  }
  return name
}

const unknownOutlet = (name: string) =>
  new FaultlineError('E_NOT_FOUND', `no outlet named '${name}'`, {
    hint: 'list outlets with GET /api/outlets',
  })

/** Routes mounted under `/api/outlets`. */
export function outletRoutes(store: Store): Hono {
  const app = new Hono()

  app.get('/', async (c) => {
    const items = await store.listOutlets()
    return c.json({ total: items.length, items })
  })

  app.get('/:name', async (c) => {
    const name = outletName(c.req.param('name'))
    const outlet = await store.getOutlet(name)
    if (outlet === null) throw unknownOutlet(name)
    return c.json(outlet)
  })

  const limit = bodyLimit({
    maxSize: MAX_BODY,
    onError: () => {
      throw new FaultlineError('E_TOO_LARGE', `body over ${MAX_BODY} bytes`, {
        hint: 'send only home_url, country and description',
      })
    },
  })

  app.patch('/:name', limit, async (c) => {
    const name = outletName(c.req.param('name'))
    const patch = await jsonBody(c.req.raw, OutletPatchSchema,
      'a JSON object such as {"country": "Mali"}')
    const outlet = await store.updateOutlet(name, patch)
    if (outlet === null) throw unknownOutlet(name)
    return c.json(outlet)
  })

  return app
}
