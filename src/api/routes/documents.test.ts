/**
 * @module
 * `GET /api/documents/:id` against a real in-memory store: metadata, text, and the events sorted
 * into text order (the fixtures ingest document A's events out of order); 404 for unknown ids.
 * `inTextOrder` is also checked on its own for events without evidence.
 */
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Hono } from 'hono'
import type { Store } from '../../store/store.js'
import { DOC_A, DOC_C, DOCS, EVENTS, openFixtureStore } from '../_fixtures.js'
import { createApp } from '../app.js'
import { DocumentSchema, ErrorBodySchema } from '../schemas.js'
import { inTextOrder } from './documents.js'

let store: Store
let app: Hono

before(async () => {
  store = await openFixtureStore()
  app = createApp({ store, version: 'test', log: () => {} })
})
after(() => store.close())

describe('GET /api/documents/:id', () => {
  it('returns metadata, text and events in text order', async () => {
    const res = await app.request(`/api/documents/${DOC_A}`)
    assert.equal(res.status, 200)
    const body = DocumentSchema.parse(await res.json())
    const fixture = DOCS.find((d) => d.id === DOC_A)
    assert.equal(body.id, DOC_A)
    assert.equal(body.text, fixture?.raw.text)
    assert.equal(body.title, fixture?.raw.title)
    assert.equal(body.content_hash, fixture?.raw.content_hash)
    assert.equal(body.published_at, '2024-03-06')
    assert.deepEqual(
      body.events.map((e) => e.event_id),
      [EVENTS.A1.event_id, EVENTS.A2.event_id],
      'text order, not ingest order',
    )
    for (const e of body.events) {
      for (const s of e.evidence) assert.equal(body.text.slice(s.start, s.end), s.text, 'span')
    }
  })

  it('keeps null metadata as null', async () => {
    const body = DocumentSchema.parse(await (await app.request(`/api/documents/${DOC_C}`)).json())
    assert.equal(body.title, null)
    assert.equal(body.published_at, null)
    assert.equal(body.events.length, 1)
  })

  const missing: [label: string, path: string][] = [
    ['unknown id', '/api/documents/doc_ffffffffffffffff'],
    ['event id instead of document id', `/api/documents/${encodeURIComponent(EVENTS.A1.event_id)}`],
    ['quote in id', `/api/documents/${encodeURIComponent("' OR 1=1 --")}`],
  ]
  for (const [label, path] of missing) {
    it(`404: ${label}`, async () => {
      const res = await app.request(path)
      assert.equal(res.status, 404, label)
      const { error } = ErrorBodySchema.parse(await res.json())
      assert.equal(error.code, 'E_NOT_FOUND', label)
      assert.ok(error.hint, `${label}: hint`)
    })
  }
})

describe('inTextOrder', () => {
  it('sorts by first evidence offset, events without evidence last, ties stable', () => {
    const noEvidence = { ...EVENTS.C1, event_id: 'x:0', evidence: [] }
    const tieA = { ...EVENTS.A2, event_id: 'x:tie-a' }
    const tieB = { ...EVENTS.A2, event_id: 'x:tie-b' }
    const sorted = inTextOrder([noEvidence, tieA, EVENTS.A1, tieB])
    assert.deepEqual(
      sorted.map((e) => e.event_id),
      [EVENTS.A1.event_id, 'x:tie-a', 'x:tie-b', 'x:0'],
    )
  })
})
