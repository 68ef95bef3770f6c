/**
 * @module
 * `GET /api/events` and `GET /api/events/:id` against a real in-memory PGlite store: every filter,
 * pagination (body `next` and `Link` header), 400s on bad or unknown parameters, SQL
 * metacharacters in values, and ids containing ':' sent raw or URL-encoded.
 */
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Hono } from 'hono'
import type { Store } from '../../store/store.js'
import { ALL_EVENT_IDS, DOC_B, EVENTS, openFixtureStore } from '../_fixtures.js'
import { createApp } from '../app.js'
import { ErrorBodySchema, EventPageSchema } from '../schemas.js'
import { EventSchema } from '../../schema/event.js'

let store: Store
let app: Hono
const { A1, A2, B1, B2, C1 } = {
  A1: EVENTS.A1.event_id,
  A2: EVENTS.A2.event_id,
  B1: EVENTS.B1.event_id,
  B2: EVENTS.B2.event_id,
  C1: EVENTS.C1.event_id,
}

before(async () => {
  store = await openFixtureStore()
  app = createApp({ store, version: 'test', log: () => {} })
})
after(() => store.close())

async function listIds(query: string): Promise<string[]> {
  const res = await app.request(`/api/events${query}`)
  assert.equal(res.status, 200, `${query}: status`)
  return EventPageSchema.parse(await res.json()).items.map((e) => e.event_id).sort()
}

describe('GET /api/events', () => {
  it('lists every event with total, limit, offset and a valid body', async () => {
    const res = await app.request('/api/events')
    assert.equal(res.status, 200)
    const body = EventPageSchema.parse(await res.json())
    assert.equal(body.total, 5)
    assert.equal(body.limit, 50)
    assert.equal(body.offset, 0)
    assert.equal(body.next, null)
    assert.equal(res.headers.get('Link'), null)
    assert.deepEqual(body.items.map((e) => e.event_id).sort(), [...ALL_EVENT_IDS].sort())
    const a1 = body.items.find((e) => e.event_id === EVENTS.A1.event_id)
    assert.deepEqual(a1?.evidence, EVENTS.A1.evidence)
  })

  it('pages with limit/offset, a next offset and a Link header keeping the filters', async () => {
    const seen: string[] = []
    const nexts: (number | null)[] = []
    let offset: number | null = 0
    while (offset !== null) {
      const res = await app.request(`/api/events?country=Valdora&limit=2&offset=${offset}`)
      const body = EventPageSchema.parse(await res.json())
      assert.equal(body.total, 3, 'total ignores the page')
      seen.push(...body.items.map((e) => e.event_id))
      const link = res.headers.get('Link')
      const expected = `</api/events?country=Valdora&limit=2&offset=${body.next}>; rel="next"`
      assert.equal(link, body.next === null ? null : expected, 'Link only when there is a next')
      nexts.push(body.next)
      offset = body.next
    }
    assert.deepEqual(nexts, [2, null])
    assert.equal(new Set(seen).size, 3, 'no event twice across pages')
    assert.deepEqual(await listIds('?offset=10'), [], 'past the end: empty page')
  })

  const filters: [label: string, query: string, expected: string[]][] = [
    ['since', '?since=2024-04-01', [B1, B2]],
    ['until (undated excluded)', '?until=2024-03-31', [A1, A2]],
    ['since+until', '?since=2024-03-04&until=2024-04-10', [A2, B1]],
    ['type', '?type=Protests', [B1]],
    ['type with spaces', '?type=Violence%20against%20civilians', []],
    ['actor (substring, any case)', '?actor=ridge%20front', [A1]],
    ['actor in assoc_actor_1', '?actor=Teachers', [B1]],
    ['actor with apostrophe', "?actor=O'Brien", [C1]],
    ['country (any case)', '?country=valdora', [A1, A2, C1]],
    ['near', '?near=12.5,30.1,50', [A1, A2]],
    ['near, encoded commas', '?near=48.2%2C16.4%2C1', [B1, B2]],
    ['doc_id', `?doc_id=${DOC_B}`, [B1, B2]],
    ['q (evidence text)', '?q=cattle%20market', [A2]],
    ['q (location)', '?q=Dorvan', [C1]],
    ['combined', '?country=Valdora&type=Battles&since=2024-01-01', [A1]],
  ]
  for (const [label, query, expected] of filters) {
    it(`filter: ${label}`, async () => {
      assert.deepEqual(await listIds(query), [...expected].sort(), label)
    })
  }

  const bad: [label: string, query: string, names: string][] = [
    ['near not numbers', '?near=abc', 'near'],
    ['near out of range', '?near=95,0,10', 'near'],
    ['since not a calendar date', '?since=2022-13-40', 'since'],
    ['until wrong format', '?until=03/04/2024', 'until'],
    ['limit negative', '?limit=-1', 'limit'],
    ['limit zero', '?limit=0', 'limit'],
    ['limit too big', '?limit=1001', 'limit'],
    ['limit not a number', '?limit=ten', 'limit'],
    ['offset negative', '?offset=-5', 'offset'],
    ['unknown parameter', '?colour=red', 'colour'],
    ['unknown parameter next to valid ones', '?type=Riots&sort=date', 'sort'],
    ['type not an ACLED type', '?type=NotAType', 'type'],
    ['empty actor', '?actor=', 'actor'],
    ['repeated parameter', '?type=Riots&type=Protests', 'type'],
    ['q too long', `?q=${'x'.repeat(201)}`, 'q'],
  ]
  for (const [label, query, name] of bad) {
    it(`400: ${label}`, async () => {
      const res = await app.request(`/api/events${query}`)
      assert.equal(res.status, 400, label)
      const { error } = ErrorBodySchema.parse(await res.json())
      assert.equal(error.code, 'E_BAD_ARGUMENT', label)
      assert.match(error.message, new RegExp(`'${name}'`), `${label}: names the parameter`)
      assert.ok(error.hint, `${label}: has a hint`)
    })
  }

  const hostile: [label: string, query: string, expected: string[]][] = [
    ['quote and DROP in actor', `?actor=${encodeURIComponent("'; DROP TABLE events; --")}`, []],
    ['OR 1=1 in q', `?q=${encodeURIComponent("x' OR '1'='1")}`, []],
    ['LIKE wildcard % in q', '?q=%25', []],
    ['LIKE wildcard _ in actor', '?actor=_', []],
    ['backslash in q', `?q=${encodeURIComponent('\\')}`, []],
    ['semicolon and comment in country', `?country=${encodeURIComponent('Valdora; --')}`, []],
  ]
  for (const [label, query, expected] of hostile) {
    it(`SQL metacharacters are plain values: ${label}`, async () => {
      assert.deepEqual(await listIds(query), expected, label)
      assert.equal((await store.summary()).events, 5, `${label}: store intact`)
    })
  }
})

describe('GET /api/events/:id', () => {
  const ids: [label: string, path: string][] = [
    ['raw colon', `/api/events/${EVENTS.B2.event_id}`],
    ['encoded colon', `/api/events/${encodeURIComponent(EVENTS.B2.event_id)}`],
    ['lower-case %3a', `/api/events/${EVENTS.B2.event_id.replace(':', '%3a')}`],
  ]
  for (const [label, path] of ids) {
    it(`returns the event: ${label}`, async () => {
      const res = await app.request(path)
      assert.equal(res.status, 200, label)
      assert.deepEqual(EventSchema.parse(await res.json()), EVENTS.B2, label)
    })
  }

  const missing: [label: string, path: string][] = [
    ['unknown id', '/api/events/doc_ffffffffffffffff:9'],
    ['quote in id', `/api/events/${encodeURIComponent("x' OR '1'='1")}`],
    ['id with a slash', `/api/events/${encodeURIComponent('a/b')}`],
  ]
  for (const [label, path] of missing) {
    it(`404: ${label}`, async () => {
      const res = await app.request(path)
      assert.equal(res.status, 404, label)
      const { error } = ErrorBodySchema.parse(await res.json())
      assert.equal(error.code, 'E_NOT_FOUND', label)
    })
  }
})
