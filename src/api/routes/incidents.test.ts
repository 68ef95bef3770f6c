/**
 * @module
 * `GET /api/incidents` and `GET /api/incidents/:id` against a real PGlite store: bodies valid
 * against the published schemas, filters on member reports, pagination (`next` and `Link`),
 * 400 on an unknown parameter, 404 on an unknown id, and ETag revalidation.
 */
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Hono } from 'hono'
import { IncidentPageSchema, IncidentSchema } from '../../corroborate/incident.js'
import type { EventRecord } from '../../schema/event.js'
import { makeDoc, makeEvent } from '../../store/_fixtures.js'
import { openTestStore } from '../../store/_test-db.js'
import type { Store } from '../../store/store.js'
import { createApp } from '../app.js'
import { ErrorBodySchema } from '../schemas.js'

let store: Store
let app: Hono

const put = async (key: string, outlet: string, events: Partial<EventRecord>[]) => {
  const id = `doc_${key}`
  const evs = events.map((o, i) => makeEvent(id, i + 1, { doc_id: id, ...o }))
  await store.ingest(makeDoc(`Invented report ${key} from ${outlet}.`, { outlet }), id, evs)
  await store.updateIncidents(id)
}

before(async () => {
  store = await openTestStore()
  app = createApp({ store, version: 'test', log: () => {} })
  await put('a', 'Sahel Courier', [{ fatalities: 6 }])
  await put('b', 'River Post', [{ fatalities: 8, actor1: 'Unidentified Armed Group (Vandoria)' }])
  await put('c', 'River Post', [{ event_date: '2024-02-01', location: 'Brask', longitude: 23 }])
})
after(() => store.close())

const list = async (query: string) => {
  const res = await app.request(`/api/incidents${query}`)
  assert.equal(res.status, 200, `${query}: status`)
  return { res, body: IncidentPageSchema.parse(await res.json()) }
}

describe('GET /api/incidents', () => {
  it('lists incidents newest first with claims and summaries', async () => {
    const { body } = await list('')
    assert.deepEqual([body.total, body.items.length, body.next], [2, 2, null])
    const [ambush, other] = body.items
    assert.deepEqual([ambush?.reports, ambush?.independent_sources], [2, 2])
    assert.deepEqual([ambush?.fatalities.value, ambush?.fatalities.max], [6, 8])
    assert.equal(ambush?.perpetrator.conflict, true)
    assert.equal(other?.location.value, 'Brask')
  })

  it('filters apply to member reports', async () => {
    const cases: [string, string, number][] = [
      ['actor only one report names', '?actor=unidentified', 1],
      ['country of all', '?country=vandoria', 2],
      ['until before the ambush', '?until=2024-02-15', 1],
      ['type none', '?type=Protests', 0],
    ]
    for (const [label, query, want] of cases) {
      assert.equal((await list(query)).body.total, want, label)
    }
  })

  it('pages with next and a Link header', async () => {
    const { res, body } = await list('?limit=1')
    assert.equal(body.next, 1)
    assert.match(res.headers.get('Link') ?? '', /offset=1.*rel="next"/)
  })

  it('400 on unknown or invalid parameters', async () => {
    for (const query of ['?colour=red', '?since=2024-13-40', '?limit=0']) {
      const res = await app.request(`/api/incidents${query}`)
      assert.equal(res.status, 400, query)
      ErrorBodySchema.parse(await res.json())
    }
  })
})

describe('GET /api/incidents/:id', () => {
  it('returns the listed incident, 404 otherwise, and honours If-None-Match', async () => {
    const { body } = await list('')
    const first = body.items[0]
    assert.ok(first)
    const res = await app.request(`/api/incidents/${first.id}`)
    assert.equal(res.status, 200)
    assert.deepEqual(IncidentSchema.parse(await res.json()), first)
    const tag = res.headers.get('ETag') ?? ''
    const again = await app.request(`/api/incidents/${first.id}`, {
      headers: { 'If-None-Match': tag },
    })
    assert.equal(again.status, 304)
    const missing = await app.request('/api/incidents/inc_0000000000000000')
    assert.equal(missing.status, 404)
    assert.equal(ErrorBodySchema.parse(await missing.json()).error.code, 'E_NOT_FOUND')
  })
})

describe('POST /api/incidents/merge and /:id/split', () => {
  const post = (path: string, body: unknown, token?: string) =>
    writeApp(token).request(path, { method: 'POST', body: JSON.stringify(body),
      headers: { 'Content-Type': 'application/json',
        ...(token ? { Authorization: `Bearer ${token}` } : {}) } })
  const writeApp = (token?: string) => (token === undefined ? app
    : createApp({ store, version: 'test', token: 'k-7f', log: () => {} }))

  it('splits a report out, merges it back; bad bodies are 400s; the token is checked', async () => {
    const { body } = await list('')
    const ambush = body.items.find((i) => i.reports === 2)!
    const moved = ambush.claims[1]!.event_id
    const denied = await post(`/api/incidents/${ambush.id}/split`, { event_ids: [moved] }, 'wrong')
    assert.equal(denied.status, 401, 'write needs the token when one is set')
    const split = await post(`/api/incidents/${ambush.id}/split`, { event_ids: [moved] })
    assert.equal(split.status, 200)
    const parts = ((await split.json()) as { items: unknown[] }).items
      .map((i) => IncidentSchema.parse(i))
    assert.deepEqual(parts.map((p) => p.reports), [1, 1])
    assert.equal((await list('')).body.total, 3)
    const merge = await post('/api/incidents/merge', { incident_ids: parts.map((p) => p.id),
      reviewer: 'ana', note: 'same ambush after all' }, 'k-7f')
    assert.equal(merge.status, 200)
    const merged = IncidentSchema.parse(((await merge.json()) as { incident: unknown }).incident)
    assert.equal(merged.reports, 2)
    for (const [path, bad] of [['/api/incidents/merge', { incident_ids: ['x'] }],
      ['/api/incidents/merge', { incident_ids: [merged.id, merged.id], extra: 1 }],
      [`/api/incidents/${merged.id}/split`, { event_ids: [] }]] as const) {
      const res = await post(path, bad)
      assert.equal(res.status, 400, JSON.stringify(bad))
      ErrorBodySchema.parse(await res.json())
    }
    const missing = await post('/api/incidents/inc_0000000000000000/split', { event_ids: [moved] })
    assert.equal(missing.status, 404)
  })
})
