/**
 * @module
 * `GET /api/outlets`, `GET /api/outlets/:name` and `PATCH /api/outlets/:name` over a real PGlite
 * store: bodies valid against the published schemas, names in any case and URL-encoded, edits
 * that keep absent fields and clear with null, 400 on bad bodies, 404 on unknown outlets, the
 * write token (FAULTLINE_TOKEN) required on PATCH when set, and the OpenAPI PATCH body.
 */
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Hono } from 'hono'
import { OutletListSchema, OutletSchema } from '../../schema/outlet.js'
import { makeDoc, makeEvent } from '../../store/_fixtures.js'
import { openTestStore } from '../../store/_test-db.js'
import type { Store } from '../../store/store.js'
import { createApp } from '../app.js'
import { buildOpenApi } from '../openapi.js'
import { ErrorBodySchema } from '../schemas.js'

let store: Store
let app: Hono

before(async () => {
  store = await openTestStore()
  app = createApp({ store, version: 'test', log: () => {} })
  const src = 'https://lake-chad-tribune.example/news/2024/ambush'
  const ambush = makeDoc('Ambush report.', { outlet: 'Lake Chad Tribune', source: src })
  await store.ingest(ambush, 'A', [makeEvent('A', 1)])
  await store.ingest(makeDoc('Market report.', { outlet: "L'Écho du Fleuve" }), 'B', [])
})
after(() => store.close())

const patch = (name: string, body: unknown) =>
  app.request(`/api/outlets/${encodeURIComponent(name)}`, {
    method: 'PATCH',
    headers: { 'Content-Type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  })

describe('GET /api/outlets', () => {
  it('lists every outlet with counts and a home URL from the fetched document', async () => {
    const res = await app.request('/api/outlets')
    assert.equal(res.status, 200)
    const body = OutletListSchema.parse(await res.json())
    assert.equal(body.total, 2)
    const tribune = body.items.find((o) => o.name === 'Lake Chad Tribune')
    assert.deepEqual([tribune?.documents, tribune?.events], [1, 1])
    assert.equal(tribune?.home_url, 'https://lake-chad-tribune.example/')
  })

  it('reads one outlet by an encoded name in any case; 404 for an unknown one', async () => {
    const res = await app.request(`/api/outlets/${encodeURIComponent("l'écho du fleuve")}`)
    assert.equal(res.status, 200)
    assert.equal(OutletSchema.parse(await res.json()).name, "L'Écho du Fleuve")
    const missing = await app.request('/api/outlets/Nowhere%20Herald')
    assert.equal(missing.status, 404)
    ErrorBodySchema.parse(await missing.json())
  })
})

describe('PATCH /api/outlets/:name', () => {
  it('edits the given fields, keeps the others, clears with null', async () => {
    const first = await patch('lake chad tribune', {
      country: 'Chad',
      description: 'Invented weekly from N’Djamena.',
    })
    assert.equal(first.status, 200)
    const edited = OutletSchema.parse(await first.json())
    assert.equal(edited.country, 'Chad')
    assert.equal(edited.home_url, 'https://lake-chad-tribune.example/', 'kept')
    const cleared = await patch('Lake Chad Tribune', { home_url: null })
    const second = OutletSchema.parse(await cleared.json())
    assert.deepEqual([second.home_url, second.country], [null, 'Chad'])
    const read = await app.request('/api/outlets/Lake%20Chad%20Tribune')
    const description = OutletSchema.parse(await read.json()).description
    assert.equal(description, 'Invented weekly from N’Djamena.')
  })

  it('refuses bad bodies with 400 and unknown outlets with 404, changing nothing', async () => {
    const before = await (await app.request('/api/outlets')).text()
    const cases: [string, string, unknown, number][] = [
      ['not JSON', 'Lake Chad Tribune', '{country:', 400],
      ['empty object', 'Lake Chad Tribune', {}, 400],
      ['unknown field', 'Lake Chad Tribune', { name: 'Other' }, 400],
      ['ftp URL', 'Lake Chad Tribune', { home_url: 'ftp://x.example/' }, 400],
      ['not a URL', 'Lake Chad Tribune', { home_url: 'tribune' }, 400],
      ['number as country', 'Lake Chad Tribune', { country: 7 }, 400],
      ['huge description', 'Lake Chad Tribune', { description: 'x'.repeat(20_000) }, 413],
      ['unknown outlet', 'Nowhere Herald', { country: 'Niger' }, 404],
    ]
    for (const [label, name, body, status] of cases) {
      const res = await patch(name, body)
      assert.equal(res.status, status, label)
      ErrorBodySchema.parse(await res.json())
    }
    assert.equal(await (await app.request('/api/outlets')).text(), before, 'unchanged')
  })

  it('needs the write token when the app has one; reads stay open', async () => {
    const locked = createApp({ store, version: 'test', log: () => {}, token: 'tok-5e9a' })
    const send = (auth?: string) =>
      locked.request('/api/outlets/Lake%20Chad%20Tribune', {
        method: 'PATCH',
        headers: { 'Content-Type': 'application/json', ...(auth ? { Authorization: auth } : {}) },
        body: JSON.stringify({ country: 'Niger' }),
      })
    const cases: [string, string | undefined, number][] = [
      ['no token', undefined, 401],
      ['wrong token', 'Bearer nope', 401],
      ['right token', 'Bearer tok-5e9a', 200],
    ]
    for (const [label, auth, status] of cases) {
      assert.equal((await send(auth)).status, status, label)
    }
    assert.equal((await locked.request('/api/outlets')).status, 200, 'read')
    await patch('Lake Chad Tribune', { country: 'Chad' })
  })

  it('is documented with its request body', () => {
    const op = buildOpenApi('x').paths['/api/outlets/{name}']?.patch
    assert.equal(op?.operationId, 'updateOutlet')
    const schema = JSON.stringify(op?.requestBody)
    for (const field of ['home_url', 'country', 'description']) {
      assert.match(schema, new RegExp(field), field)
    }
  })
})
