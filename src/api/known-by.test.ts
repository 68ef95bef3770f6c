/**
 * @module
 * The `known_by` filter through the HTTP API: `GET /api/events`, `/api/aggregate/map` and
 * `/api/aggregate/timeline` answer with what was reported by then (what the dashboard's playback
 * reads), a bad value is a 400 naming the parameter, and the OpenAPI document lists it.
 */
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Hono } from 'hono'
import { makeDoc, makeEvent } from '../store/_fixtures.js'
import { openTestStore } from '../store/_test-db.js'
import type { Store } from '../store/store.js'
import { createApp } from './app.js'

describe('known_by over HTTP', () => {
  let store: Store
  let app: Hono
  before(async () => {
    store = await openTestStore()
    app = createApp({ store, version: 'test', log: () => {} })
    const days = ['2024-06-01', '2024-06-03', '2024-06-03', '2024-06-10']
    for (const [i, published] of days.entries()) {
      const id = `K${i}`
      const doc = makeDoc(`Invented dispatch number ${i}.`, { published_at: published })
      await store.ingest(doc, id, [
        makeEvent(id, 1, { event_date: '2024-05-31', latitude: 11 + i, longitude: 21 }),
      ])
    }
  })
  after(() => store.close())

  const json = async (path: string) => {
    const res = await app.request(path)
    assert.equal(res.status, 200, path)
    return (await res.json()) as { total: number }
  }

  it('counts only what was reported by the date, on every read', async () => {
    const cases: [string, number][] = [['2024-05-31', 0], ['2024-06-02', 1], ['2024-06-03', 3],
      ['2024-06-10T00:00:00Z', 4]]
    for (const [at, want] of cases) {
      const q = `known_by=${encodeURIComponent(at)}`
      assert.equal((await json(`/api/events?${q}`)).total, want, `events ${at}`)
      assert.equal((await json(`/api/aggregate/map?${q}&zoom=4`)).total, want, `map ${at}`)
      assert.equal((await json(`/api/aggregate/timeline?${q}`)).total, want, `timeline ${at}`)
    }
  })

  it('refuses a bad value with a 400 naming the parameter', async () => {
    const res = await app.request('/api/events?known_by=2024-06-31')
    assert.equal(res.status, 400)
    assert.match(await res.text(), /known_by/)
  })

  it('is documented in the OpenAPI parameters', async () => {
    const doc = (await (await app.request('/api/openapi.json')).json()) as {
      paths: Record<string, { get?: { parameters?: { name: string }[] } }>
    }
    for (const path of ['/api/events', '/api/aggregate/map', '/api/aggregate/timeline']) {
      const names = doc.paths[path]?.get?.parameters?.map((p) => p.name) ?? []
      assert.ok(names.includes('known_by'), path)
    }
  })
})
