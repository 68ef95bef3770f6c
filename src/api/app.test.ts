/**
 * @module
 * The composed app over a real in-memory store: health and actors, JSON 404s for unknown routes,
 * ETag / If-None-Match → 304 with `Cache-Control: no-cache` on every cached read, and a store
 * failure turning into a 500 `E_INTERNAL` that leaks nothing but reaches the log.
 */
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Hono } from 'hono'
import { FaultlineError } from '../errors.js'
import type { Store } from '../store/store.js'
import { DOC_B, EVENTS, openFixtureStore } from './_fixtures.js'
import { createApp } from './app.js'
import { ActorListSchema, ErrorBodySchema, HealthSchema } from './schemas.js'

let store: Store
let app: Hono

before(async () => {
  store = await openFixtureStore()
  app = createApp({ store, version: '9.9.9-test', log: () => {} })
})
after(() => store.close())

describe('GET /api/health', () => {
  it('reports version and store counts, uncached', async () => {
    const res = await app.request('/api/health')
    assert.equal(res.status, 200)
    const body = HealthSchema.parse(await res.json())
    assert.deepEqual(body, { ok: true, version: '9.9.9-test', documents: 3, events: 5 })
    assert.equal(res.headers.get('Cache-Control'), 'no-store')
  })
})

describe('GET /api/actors', () => {
  it('lists actor1/actor2 names with counts, most events first', async () => {
    const res = await app.request('/api/actors')
    assert.equal(res.status, 200)
    const { items } = ActorListSchema.parse(await res.json())
    const names = items.map((a) => a.name)
    for (const name of ['Northern Ridge Front', "O'Brien's Militia", 'Protesters (Ostland)']) {
      assert.ok(names.includes(name), `includes ${name}`)
    }
    const counts = items.map((a) => a.events)
    assert.deepEqual(counts, [...counts].sort((a, b) => b - a), 'most events first')
    const ridge = items.find((a) => a.name === 'Northern Ridge Front')
    assert.deepEqual(ridge, { name: 'Northern Ridge Front', inter: 2, events: 1 })
  })
})

describe('unknown routes', () => {
  const cases: [label: string, method: string, path: string][] = [
    ['unknown /api path', 'GET', '/api/nothing-here'],
    ['bare /api', 'GET', '/api'],
    ['nested unknown', 'GET', '/api/events/x/y'],
    ['wrong method', 'POST', '/api/events'],
    ['delete an event', 'DELETE', `/api/events/${EVENTS.A1.event_id}`],
  ]
  for (const [label, method, path] of cases) {
    it(`404 JSON: ${label}`, async () => {
      const res = await app.request(path, { method })
      assert.equal(res.status, 404, label)
      assert.match(res.headers.get('Content-Type') ?? '', /application\/json/, label)
      const { error } = ErrorBodySchema.parse(await res.json())
      assert.equal(error.code, 'E_NOT_FOUND', label)
    })
  }
  it('outside /api, a missing file: plain-text 404, not the API JSON', async () => {
    const res = await app.request('/no-such-file.js')
    assert.equal(res.status, 404)
    assert.equal(await res.text(), 'Not Found')
  })
})

describe('ETag and If-None-Match', () => {
  const reads: [label: string, path: string][] = [
    ['event list', '/api/events?country=Valdora'],
    ['one event', `/api/events/${encodeURIComponent(EVENTS.B1.event_id)}`],
    ['document', `/api/documents/${DOC_B}`],
    ['actors', '/api/actors'],
  ]
  for (const [label, path] of reads) {
    it(`${label}: 200 with ETag, then 304 when it matches`, async () => {
      const first = await app.request(path)
      assert.equal(first.status, 200, label)
      const tag = first.headers.get('ETag')
      assert.match(tag ?? '', /^"[0-9a-f]{40}"$/, `${label}: strong ETag`)
      assert.equal(first.headers.get('Cache-Control'), 'no-cache', `${label}: no-cache`)

      const again = await app.request(path)
      assert.equal(again.headers.get('ETag'), tag, `${label}: stable for the same body`)

      for (const inm of [tag ?? '', `W/${tag}`, `"nope", ${tag}`]) {
        const cached = await app.request(path, { headers: { 'If-None-Match': inm } })
        assert.equal(cached.status, 304, `${label}: If-None-Match ${inm}`)
        assert.equal(await cached.text(), '', `${label}: empty body`)
        assert.equal(cached.headers.get('ETag'), tag, `${label}: 304 repeats the ETag`)
        assert.equal(cached.headers.get('Cache-Control'), 'no-cache', `${label}: 304 no-cache`)
      }
      const stale = await app.request(path, { headers: { 'If-None-Match': '"stale"' } })
      assert.equal(stale.status, 200, `${label}: a stale tag gets the body`)
    })
  }

  it('different bodies get different ETags', async () => {
    const a = await app.request('/api/events?type=Riots')
    const b = await app.request('/api/events?type=Protests')
    assert.notEqual(a.headers.get('ETag'), b.headers.get('ETag'))
  })

  it('errors carry no ETag', async () => {
    const res = await app.request('/api/events/doc_ffffffffffffffff:1')
    assert.equal(res.status, 404)
    assert.equal(res.headers.get('ETag'), null)
  })
})

describe('errors from the store', () => {
  const failures: [label: string, err: unknown, status: number, code: string][] = [
    ['unexpected Error', new Error('connection reset at /srv/db.sock'), 500, 'E_INTERNAL'],
    ['E_DB', new FaultlineError('E_DB', 'INSERT failed: params [secret]'), 500, 'E_INTERNAL'],
    ['E_TOO_LARGE', new FaultlineError('E_TOO_LARGE', 'too many rows'), 413, 'E_TOO_LARGE'],
  ]
  for (const [label, err, status, code] of failures) {
    it(`${label} → ${status} ${code}`, async () => {
      const logged: unknown[] = []
      const failing: Store = { ...store, listActors: () => Promise.reject(err) }
      const broken = createApp({ store: failing, version: 't', log: (e) => logged.push(e) })
      const res = await broken.request('/api/actors')
      assert.equal(res.status, status, label)
      const text = await res.text()
      const { error } = ErrorBodySchema.parse(JSON.parse(text))
      assert.equal(error.code, code, label)
      if (status === 500) {
        assert.doesNotMatch(text, /secret|db\.sock|at |\.ts/, `${label}: nothing leaked`)
        assert.deepEqual(logged, [err], `${label}: logged`)
      } else {
        assert.deepEqual(logged, [], `${label}: not logged`)
      }
    })
  }
})
