/**
 * @module
 * `GET /api/framing` and `GET /api/actors/:id` over a real PGlite store holding three invented
 * outlets' reports of the same fighting: bodies valid against the published schemas, alias
 * resolution, URL-encoded canonical names, 400 on missing, unknown, repeated or empty parameters,
 * 404 on an unknown actor, and ETag revalidation.
 */
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Hono } from 'hono'
import { ingestRawDoc } from '../../pipeline.js'
import { ActorProfileSchema, FramingReportSchema } from '../../schema/framing.js'
import { FRANCE, JNIM, framingDocs } from '../../store/_framing-fixtures.js'
import { openTestStore } from '../../store/_test-db.js'
import type { Store } from '../../store/store.js'
import { createApp } from '../app.js'
import { ErrorBodySchema } from '../schemas.js'

let store: Store
let app: Hono

before(async () => {
  store = await openTestStore()
  app = createApp({ store, version: 'test', log: () => {} })
  for (const doc of framingDocs()) await ingestRawDoc(store, doc)
})
after(() => store.close())

describe('GET /api/framing', () => {
  it('outlets × labels for an actor typed as an alias', async () => {
    const res = await app.request('/api/framing?actor=JNIM')
    assert.equal(res.status, 200)
    const body = FramingReportSchema.parse(await res.json())
    assert.equal(body.actor, JNIM)
    const outlets = new Set(body.rows.map((r) => r.outlet))
    assert.deepEqual([...outlets].sort(), ['Desert Wire', 'Niger Valley Post', 'Sahel Courier'])
    assert.ok(body.rows.some((r) => r.label === 'jnim terrorists' && r.loaded))
    assert.ok(body.outlets.every((o) => o.docs === 1 && o.words > 0))
  })

  it('an outlet, case-insensitive, and both together', async () => {
    const res = await app.request('/api/framing?outlet=desert%20wire')
    const body = FramingReportSchema.parse(await res.json())
    assert.ok(body.rows.length > 0 && body.rows.every((r) => r.outlet === 'Desert Wire'))
    const query = `outlet=Sahel%20Courier&actor=${encodeURIComponent(FRANCE)}`
    const both = await app.request(`/api/framing?${query}`)
    const rows = FramingReportSchema.parse(await both.json()).rows
    const cells = rows.map((r) => [r.outlet, r.label, r.count])
    assert.deepEqual(cells, [['Sahel Courier', 'colonial troops', 2]])
  })

  const bad: [string, string, RegExp][] = [
    ['no parameter', '', /actor.*outlet/],
    ['unknown parameter', '?actor=JNIM&since=2024-01-01', /unknown parameter 'since'/],
    ['repeated parameter', '?actor=JNIM&actor=Wagner', /more than once/],
    ['empty value', '?actor=', /actor/],
    ['overlong value', `?outlet=${'x'.repeat(301)}`, /outlet/],
  ]
  for (const [label, query, message] of bad) {
    it(`400: ${label}`, async () => {
      const res = await app.request(`/api/framing${query}`)
      assert.equal(res.status, 400, label)
      const body = ErrorBodySchema.parse(await res.json())
      assert.equal(body.error.code, 'E_BAD_ARGUMENT')
      assert.match(body.error.message, message)
    })
  }

  it('ETag: a repeated request with If-None-Match is a 304', async () => {
    const first = await app.request('/api/framing?actor=JNIM')
    const tag = first.headers.get('ETag')
    assert.ok(tag)
    const headers = { 'If-None-Match': tag }
    const again = await app.request('/api/framing?actor=JNIM', { headers })
    assert.equal(again.status, 304)
  })
})

describe('GET /api/actors/:id', () => {
  it('a URL-encoded canonical name: aliases, events, relations with sources, framing', async () => {
    const res = await app.request(`/api/actors/${encodeURIComponent(JNIM)}`)
    assert.equal(res.status, 200)
    const body = ActorProfileSchema.parse(await res.json())
    assert.equal(body.name, JNIM)
    assert.ok(body.registry?.acronyms.includes('JNIM') || body.registry?.aliases.length)
    assert.ok(body.events.count >= 1)
    const partOf = body.relations.find((e) => e.relation === 'part_of')
    assert.equal(partOf?.b, 'al-Qaeda')
    assert.deepEqual(partOf?.sources.map((s) => s.outlet), ['Niger Valley Post'])
    assert.ok(body.framing.rows.some((r) => r.label === 'armed resistance'))
  })

  it('an alias resolves; the list route still answers', async () => {
    const res = await app.request('/api/actors/jnim')
    assert.equal(ActorProfileSchema.parse(await res.json()).name, JNIM)
    assert.equal((await app.request('/api/actors')).status, 200)
  })

  it('404 on an actor nothing knows; 400 on an overlong id', async () => {
    const res = await app.request('/api/actors/Nobody%20At%20All')
    assert.equal(res.status, 404)
    assert.equal(ErrorBodySchema.parse(await res.json()).error.code, 'E_NOT_FOUND')
    const long = await app.request(`/api/actors/${'x'.repeat(301)}`)
    assert.equal(long.status, 400)
  })
})
