/**
 * @module
 * The versioned dataset over HTTP. `GET /api/changes?since=&after=&kind=&limit=`: the change log,
 * oldest first, `{items, next_after, more}` (deletions are entries like the others, so a copy
 * stays in sync by reading on from `next_after`). `GET /api/snapshots`, `POST /api/snapshots`
 * (`{name, note?}`, a write: needs the token when one is set, `auth.ts`),
 * `GET /api/snapshots/:name` and `GET /api/snapshots/:a/diff/:b`. Query and body are checked by
 * the zod schemas of `schema/changes.ts`, the same the CLI uses.
 */
import { Hono } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { FaultlineError } from '../../errors.js'
import { ChangeQuerySchema, SnapshotInputSchema, parseSnapshotName } from '../../schema/changes.js'
import type { Store } from '../../store/store.js'
import { jsonBody } from '../json-body.js'

const MAX_BODY = 8 * 1024

/** The query string as the schema takes it: `kind` may repeat, nothing else may. */
function changeQuery(params: URLSearchParams) {
  const raw: Record<string, unknown> = {}
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key)
    if (key !== 'kind' && values.length > 1) {
      throw new FaultlineError('E_BAD_ARGUMENT', `parameter '${key}' given more than once`, {
        hint: `pass '${key}' once (only 'kind' may repeat)`,
      })
    }
    raw[key] = key === 'kind' ? values : values[0]
  }
  return ChangeQuerySchema.parse(raw)
}

/** Routes mounted under `/api/changes`. */
export function changeRoutes(store: Store): Hono {
  const app = new Hono()
  app.get('/', async (c) => {
    const q = changeQuery(new URL(c.req.url).searchParams)
    const page = await store.listChanges({ since: q.since, after_seq: q.after, kinds: q.kind,
      limit: q.limit })
    return c.json(page)
  })
  return app
}

function snapshotName(raw: string): string {
  const parsed = parseSnapshotName(raw)
  if (parsed.success) return parsed.data
  throw new FaultlineError('E_BAD_ARGUMENT', `invalid snapshot name '${raw.slice(0, 100)}'`, {
    hint: 'names are 1–100 letters, digits, dots, dashes or underscores (GET /api/snapshots)',
  })
}

/** Routes mounted under `/api/snapshots`. */
export function snapshotRoutes(store: Store): Hono {
  const app = new Hono()

  app.get('/', async (c) => {
    const items = await store.listSnapshots()
    return c.json({ total: items.length, items })
  })

  const limit = bodyLimit({
    maxSize: MAX_BODY,
    onError: () => {
      throw new FaultlineError('E_TOO_LARGE', `body over ${MAX_BODY} bytes`, {
        hint: 'send {"name": "...", "note": "..."} only',
      })
    },
  })

  app.post('/', limit, async (c) => {
    const input = await jsonBody(c.req.raw, SnapshotInputSchema,
      '{"name": "2026-12-release", "note": "..."}')
    return c.json(await store.createSnapshot(input.name, input.note))
  })

  app.get('/:name', async (c) => {
    const name = snapshotName(c.req.param('name'))
    const snapshot = await store.getSnapshot(name)
    if (snapshot === null) {
      throw new FaultlineError('E_NOT_FOUND', `no snapshot named '${name}'`, {
        hint: 'list the snapshots with GET /api/snapshots',
      })
    }
    return c.json(snapshot)
  })

  app.get('/:a/diff/:b', async (c) => {
    const [a, b] = [snapshotName(c.req.param('a')), snapshotName(c.req.param('b'))]
    return c.json(await store.diffSnapshots(a, b))
  })

  return app
}
