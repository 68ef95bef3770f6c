/**
 * @module
 * The review and ingest endpoints through the Hono app over a real PGlite store, with the write
 * token on: a write without or with a wrong token is a 401 JSON error and changes nothing, reads
 * stay public; pasted text and an uploaded file run the pipeline; a place correction shows in
 * the event (`coded_by: analyst`) and in its audit, and survives re-extraction. Invented text.
 */
import assert from 'node:assert/strict'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import type { Hono } from 'hono'
import { readUserAliases } from '../../resolve/actors/user-aliases.js'
import { openStore } from '../../store/open-store.js'
import type { Store } from '../../store/store.js'
import { createApp } from '../app.js'
import { assertSafeBind, isLoopback, tokenMatches } from '../auth.js'

const TOKEN = 'test-token-5d1f0c'
const TEXT = `Gunmen on motorbikes killed four villagers in Dioura on Saturday, residents said. \
Soldiers reportedly clashed with suspected jihadists near Tenenkou on Sunday, an army source said.`
const auth = { Authorization: `Bearer ${TOKEN}` }
const jsonHeaders = { 'Content-Type': 'application/json' }

describe('review and ingest API (token set)', () => {
  let store: Store
  let app: Hono
  before(async () => {
    store = await openStore({ db: 'memory://' })
    app = createApp({ store, version: 'test', token: TOKEN, log: () => {} })
  })
  after(() => store.close())

  const post = (path: string, body: unknown, headers: Record<string, string> = auth) =>
    app.request(path, { method: 'POST', headers: { ...jsonHeaders, ...headers },
      body: JSON.stringify(body) })

  it('401 without a token or with a wrong one; nothing stored; reads public', async () => {
    for (const [label, headers] of [['none', {}], ['wrong', { Authorization: 'Bearer nope' }],
      ['not bearer', { Authorization: `Basic ${TOKEN}` }]] as const) {
      const res = await post('/api/documents', { text: TEXT }, headers)
      assert.equal(res.status, 401, label)
      const body = (await res.json()) as { error: { code: string; hint: string } }
      assert.equal(body.error.code, 'E_UNAUTHORIZED', `${label}: code`)
      assert.match(body.error.hint, /Bearer/, `${label}: hint`)
    }
    assert.equal((await store.summary()).documents, 0, 'nothing stored')
    assert.equal((await app.request('/api/review/queue')).status, 200, 'read without token')
  })

  it('pasted text is ingested with the token; its events come back', async () => {
    const res = await post('/api/documents', { text: TEXT, title: 'Two attacks', outlet: 'Test Wire',
      published: '2024-03-04' })
    assert.equal(res.status, 201)
    const body = (await res.json()) as { doc_id: string; created: boolean; items: { location: string }[] }
    assert.deepEqual(body.items.map((e) => e.location), ['Dioura', 'Tenenkou'])
    const again = await post('/api/documents', { text: TEXT, title: 'Two attacks',
      outlet: 'Test Wire', published: '2024-03-04' })
    assert.equal(again.status, 200, 'known text: 200, not created')
  })

  it('a multipart upload is ingested; a bad body is a 400 naming the problem', async () => {
    const form = new FormData()
    const text = 'Protesters marched in Sikasso on Friday against fuel prices, police said.'
    form.set('file', new File([text], 'sikasso.txt', { type: 'text/plain' }))
    form.set('published', '2024-05-11')
    const res = await app.request('/api/documents', { method: 'POST', headers: auth, body: form })
    assert.equal(res.status, 201)
    const bad = await post('/api/documents', { url: 'ftp://example.org/x' })
    assert.equal(bad.status, 400, 'non-http URL refused')
    const empty = await post('/api/documents', { text: '' })
    assert.equal(empty.status, 400, 'empty text refused')
  })

  it('queue → correct place → event, audit, re-extraction', async () => {
    const queue = (await (await app.request('/api/review/queue?limit=5')).json()) as {
      items: { event: { event_id: string; location: string }; reasons: string[] }[]
    }
    const item = queue.items.find((i) => i.event.location === 'Tenenkou')
    assert.ok(item?.reasons.includes('hedged'), 'hedged battle queued with its reason')
    const id = item!.event.event_id
    const value = { location: 'Diafarabe', latitude: 14.1489, longitude: -4.9133 }
    const denied = await post(`/api/events/${id}/review`, { action: 'correct', field: 'place', value },
      {})
    assert.equal(denied.status, 401, 'review needs the token')
    const res = await post(`/api/events/${id}/review`, { action: 'correct', field: 'place', value,
      note: 'ferry' })
    assert.equal(res.status, 200)
    const ev = (await (await app.request(`/api/events/${id}`)).json()) as Record<string, unknown>
    assert.equal(ev.location, 'Diafarabe')
    assert.equal(ev.coded_by, 'analyst')
    const audit = (await (await app.request(`/api/events/${id}/audit`)).json()) as {
      items: { action: string; before: { location: string }; after: { location: string } }[]
    }
    assert.equal(audit.items[0]?.before.location, 'Tenenkou', 'before')
    assert.equal(audit.items[0]?.after.location, 'Diafarabe', 'after')
    const docId = id.split(':')[0]
    const re = await post(`/api/documents/${docId}/reextract`, {})
    assert.equal(re.status, 200)
    const list = (await (await app.request(`/api/events?doc_id=${docId}`)).json()) as {
      items: { location: string; coded_by: string }[]
    }
    assert.deepEqual(list.items.map((e) => [e.location, e.coded_by]).sort(),
      [['Diafarabe', 'analyst'], ['Dioura', 'machine']], 'correction survives re-extraction')
  })

  it('an actor correction with add_alias teaches the registry the text\'s words', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'fl-review-alias-')), 'aliases.json')
    process.env.FAULTLINE_ALIASES = path
    try {
      const list = (await (await app.request('/api/events?limit=50')).json()) as {
        items: { event_id: string; location: string }[]
      }
      const id = list.items.find((e) => e.location === 'Dioura')!.event_id
      const body = { action: 'correct', field: 'actor1', value: 'JNIM', add_alias: true,
        alias_text: 'Gunmen on motorbikes' }
      const res = await post(`/api/events/${id}/review`, body)
      assert.equal(res.status, 200)
      const out = (await res.json()) as { alias: { added: boolean; alias: string; reason: string } }
      assert.equal(out.alias.added, true, out.alias.reason)
      assert.deepEqual(readUserAliases(path).map((a) => [a.alias, a.actor_id]),
        [['Gunmen on motorbikes', 'jnim']])
      const stray = await post(`/api/events/${id}/review`,
        { ...body, alias_text: 'not in the text' })
      const refused = (await stray.json()) as { alias: { added: boolean; reason: string } }
      assert.deepEqual([refused.alias.added, refused.alias.reason],
        [false, 'alias_text is not in the document'])
    } finally {
      delete process.env.FAULTLINE_ALIASES
    }
  })

  it('a fatalities correction revises the watchlist alert instead of raising another', async () => {
    await store.addWatchlist({ name: 'Segou watch',
      filter: { types: ['Violence against civilians'] } })
    const text = 'Gunmen killed three herders in Dioro on Monday, a local official said.'
    const res = await post('/api/documents', { text, published: '2024-04-03', outlet: 'Test Wire' })
    const body = (await res.json()) as { items: { event_id: string }[] }
    const id = body.items[0]!.event_id
    const first = await store.listAlerts({})
    const mine = first.filter((a) => a.watchlist === 'Segou watch')
    assert.deepEqual(mine.map((a) => a.revision), [1], 'one alert on ingest')
    const fix = await post(`/api/events/${id}/review`, { action: 'correct', field: 'fatalities',
      value: 5 })
    assert.equal(fix.status, 200)
    const after = (await store.listAlerts({})).filter((a) => a.watchlist === 'Segou watch')
    assert.deepEqual(after.map((a) => [a.id, a.revision]), [[mine[0]!.id, 2]],
      'same alert, revised')
    assert.ok(after[0]!.changed.some((c) => /fatalit/.test(c)), after[0]!.changed.join())
  })

  it('a review with an unknown field or event is refused', async () => {
    const bad = await post('/api/events/doc_x:1/review', { action: 'correct', field: 'colour' })
    assert.equal(bad.status, 400)
    const missing = await post('/api/events/doc_x:1/review', { action: 'confirm' })
    assert.equal(missing.status, 404)
  })
})

describe('auth helpers', () => {
  it('tokenMatches, isLoopback, assertSafeBind', () => {
    assert.equal(tokenMatches(TOKEN, TOKEN), true)
    assert.equal(tokenMatches(`${TOKEN}x`, TOKEN), false, 'longer')
    assert.equal(tokenMatches('', TOKEN), false, 'empty')
    for (const h of ['127.0.0.1', 'localhost', '::1', '[::1]', '127.1.2.3'])
      assert.equal(isLoopback(h), true, h)
    for (const h of ['0.0.0.0', '192.168.1.5', '::', 'example.org'])
      assert.equal(isLoopback(h), false, h)
    assert.throws(() => assertSafeBind('0.0.0.0', undefined), /FAULTLINE_TOKEN/)
    assert.doesNotThrow(() => assertSafeBind('0.0.0.0', TOKEN))
    assert.doesNotThrow(() => assertSafeBind('127.0.0.1', undefined))
  })
})
