/**
 * @module
 * Watchlists over HTTP on a real PGlite store: create (token checked, private webhook refused,
 * bad bodies 400), list and get by id or name, alerts after the pipeline ingests the invented
 * ambush reports, the notification list with `since`/`next_since`, the Atom feed (well-formed,
 * read back by the feed parser, one entry per alert, hostile text escaped), Markdown and HTML
 * digests, the delivery log, delete; and the OpenAPI entries.
 */
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Hono } from 'hono'
import { parseFeed } from '../../ingest/feed/parse-feed.js'
import { ingestRawDoc } from '../../pipeline.js'
import { AlertSchema, CreatedWatchlistSchema, WatchlistSchema } from '../../schema/watchlist.js'
import { openTestStore } from '../../store/_test-db.js'
import type { Store } from '../../store/store.js'
import { byKey, stubExtractor } from '../../watch/_fixtures.js'
import { createApp } from '../app.js'
import { buildOpenApi } from '../openapi.js'

const TOKEN = 'test-token-0123456789'
let store: Store
let app: Hono
const auth = { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' }
const post = (body: unknown, headers: Record<string, string> = auth) =>
  app.request('/api/watchlists', { method: 'POST', headers, body: JSON.stringify(body) })
const ingest = (key: string) =>
  ingestRawDoc(store, byKey(key).raw, stubExtractor, { alerts: { deliver: false } })

before(async () => {
  store = await openTestStore()
  app = createApp({ store, version: 'test', log: () => {}, token: TOKEN })
})
after(() => store.close())

describe('watchlist routes', () => {
  let id = 0
  it('creates a watchlist (token needed; bad bodies and private webhooks refused)', async () => {
    const body = { name: 'Kessel <ambush> & co', filter: { types: ['Battles'], area: {
      lat: 10.5, lon: 20.25, radius_km: 30 } } }
    assert.equal((await post(body, { 'Content-Type': 'application/json' })).status, 401)
    const cases: [string, unknown, number][] = [
      ['unknown filter key', { name: 'x', filter: { colour: 'red' } }, 400],
      ['bad type', { name: 'x', filter: { types: ['Picnics'] } }, 400],
      ['loopback webhook', { name: 'x', webhook_url: 'http://127.0.0.1:9/hook' }, 403],
      ['private webhook', { name: 'x', webhook_url: 'http://10.1.2.3/hook' }, 403],
    ]
    for (const [label, b, status] of cases) assert.equal((await post(b)).status, status, label)
    const res = await post(body)
    assert.equal(res.status, 200)
    const created = CreatedWatchlistSchema.parse(await res.json())
    assert.equal(created.webhook_secret, null)
    id = created.id
    assert.equal((await post(body)).status, 400, 'name taken')
  })

  it('lists and gets by id or name', async () => {
    const list = (await (await app.request('/api/watchlists')).json()) as { items: unknown[] }
    assert.equal(list.items.length, 1)
    for (const ref of [String(id), encodeURIComponent('Kessel <ambush> & co')]) {
      const res = await app.request(`/api/watchlists/${ref}`)
      assert.equal(WatchlistSchema.parse(await res.json()).id, id, ref)
    }
    assert.equal((await app.request('/api/watchlists/nope')).status, 404)
  })

  it('alerts, notification list, feed and digests after ingest', async () => {
    const t0 = new Date(Date.now() - 1000).toISOString()
    for (const k of ['courier', 'river', 'gazette', 'market']) await ingest(k)
    const res = await app.request(`/api/watchlists/${id}/alerts`)
    const { items } = (await res.json()) as { items: unknown[] }
    assert.equal(items.length, 1, 'one alert for the ambush, none for the market')
    const alert = AlertSchema.parse(items[0])
    assert.equal(alert.revision, 2)

    const n = (await (await app.request(`/api/alerts?since=${t0}`)).json()) as {
      items: unknown[]; next_since: string }
    assert.equal(n.items.length, 1)
    const again = (await (await app.request(`/api/alerts?since=${n.next_since}`)).json()) as {
      items: unknown[] }
    assert.equal(again.items.length, 0, 'nothing after next_since')
    assert.equal((await app.request('/api/alerts?since=yesterday')).status, 400)

    const feedRes = await app.request(`/api/watchlists/${id}/feed.atom`)
    assert.match(feedRes.headers.get('Content-Type') ?? '', /application\/atom\+xml/)
    const xml = await feedRes.text()
    const feed = parseFeed(xml, 'test://feed')
    assert.equal(feed.kind, 'atom')
    // The parser strips markup from titles; the XML itself carries the name escaped.
    assert.match(feed.title ?? '', /^Faultline watchlist: Kessel/)
    assert.match(xml, /<title type="text">Faultline watchlist: Kessel &lt;ambush&gt; &amp; co</)
    assert.equal(feed.items.length, 1)
    assert.match(feed.items[0]!.url, /^http:\/\/localhost\/incidents\/inc_/)
    assert.match(xml, /<updated>\d{4}-\d\d-\d\dT[\d:.]+Z<\/updated>/)
    const tag = feedRes.headers.get('ETag') ?? ''
    const again304 = await app.request(`/api/watchlists/${id}/feed.atom`, {
      headers: { 'If-None-Match': tag } })
    assert.equal(again304.status, 304, 'conditional GET')

    const today = new Date().toISOString().slice(0, 10)
    const weekly = `/api/watchlists/${id}/digest?period=week&date=${today}`
    const md = await (await app.request(weekly)).text()
    assert.match(md, /^# Weekly digest: Kessel \\<ambush\\> & co$/m)
    assert.match(md, /Plains Gazette/)
    assert.match(md, /Claims disagree on fatalities/)
    assert.match(md, /> The toll of the Kessel Ford ambush rose to eleven soldiers/)
    const htmlRes = await app.request(`/api/watchlists/${id}/digest?format=html`)
    const html = await htmlRes.text()
    assert.match(htmlRes.headers.get('Content-Security-Policy') ?? '', /default-src 'none'/)
    assert.match(html, /<svg /)
    assert.match(html, /Kessel &lt;ambush&gt; &amp; co/)
    assert.doesNotMatch(html, /<script|https?:\/\/(?!localhost)[^"]*\.(css|js|png)/)
    const old = await (await app.request(`/api/watchlists/${id}/digest?date=2001-01-01`)).text()
    assert.match(old, /Nothing matched/)
  })

  it('delivery log, delete', async () => {
    const log = (await (await app.request(`/api/watchlists/${id}/deliveries`)).json()) as {
      items: unknown[] }
    assert.deepEqual(log.items, [], 'no webhook, no deliveries')
    const del = await app.request(`/api/watchlists/${id}`, { method: 'DELETE', headers: auth })
    assert.equal(del.status, 200)
    assert.equal((await app.request(`/api/watchlists/${id}`)).status, 404)
  })

  it('is documented in OpenAPI', () => {
    const doc = buildOpenApi('test')
    for (const p of ['/api/watchlists', '/api/watchlists/{id}', '/api/watchlists/{id}/alerts',
      '/api/watchlists/{id}/deliveries', '/api/watchlists/{id}/feed.atom',
      '/api/watchlists/{id}/digest', '/api/alerts']) assert.ok(doc.paths[p], p)
    assert.ok(doc.components.schemas['Alert'])
  })
})
