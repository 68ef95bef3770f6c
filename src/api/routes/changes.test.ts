/**
 * @module
 * `GET /api/changes`, `/api/snapshots` (list, create with the write token, one, diff) and
 * `GET /api/export` over a real PGlite store: bodies valid against the published schemas, the
 * cursor and kind filters, 400 on bad parameters, a taken name and filters on a snapshot export,
 * 401 without the token, 404 on unknown snapshots, byte-identical snapshot exports with an
 * `X-Faultline-Citation` header, and the OpenAPI entries.
 */
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Hono } from 'hono'
import { ChangePageSchema, SnapshotDiffSchema, SnapshotSchema } from '../../schema/changes.js'
import { ReviewInputSchema } from '../../schema/review.js'
import { makeDoc, makeEvent } from '../../store/_fixtures.js'
import { openTestStore } from '../../store/_test-db.js'
import type { Store } from '../../store/store.js'
import { createApp } from '../app.js'
import { buildOpenApi } from '../openapi.js'

let store: Store
let app: Hono
const auth = { Authorization: 'Bearer s3cret', 'Content-Type': 'application/json' }

before(async () => {
  store = await openTestStore()
  app = createApp({ store, version: 'test', log: () => {}, token: 's3cret' })
  const events = [makeEvent('A', 1), makeEvent('A', 2)]
  await store.ingest(makeDoc('Invented ambush report.'), 'A', events)
})
after(() => store.close())

const body = async (url: string): Promise<unknown> => (await app.request(url)).json()
const post = (body: unknown, headers: Record<string, string> = auth) =>
  app.request('/api/snapshots', { method: 'POST', headers, body: JSON.stringify(body) })

describe('GET /api/changes', () => {
  it('the log with cursor and kinds; bad parameters are a 400', async () => {
    const reject = ReviewInputSchema.parse({ action: 'reject', reviewer: 'ed' })
    await store.reviewEvent('A-e00002', reject)
    const all = ChangePageSchema.parse(await (await app.request('/api/changes')).json())
    assert.deepEqual(all.items.map((c) => c.kind), ['added', 'added', 'deleted'])
    const next = ChangePageSchema.parse(
      await (await app.request(`/api/changes?after=${all.items[0]?.seq}&limit=1`)).json())
    assert.deepEqual([next.items[0]?.seq, next.more, next.next_after],
      [all.items[1]?.seq, true, all.items[1]?.seq])
    const del = ChangePageSchema.parse(await body('/api/changes?kind=deleted'))
    assert.deepEqual(del.items.map((c) => c.reason), ['rejected by ed'])
    const both = await (await app.request('/api/changes?kind=deleted&kind=added')).json()
    assert.equal(ChangePageSchema.parse(both).items.length, 3, 'kind may repeat')
    const since = await (await app.request('/api/changes?since=2999-01-01')).json()
    assert.equal(ChangePageSchema.parse(since).items.length, 0)
    const bads = ['since=soon', 'kind=moved', 'limit=0', 'after=-1', 'nope=1', 'after=1&after=2']
    for (const bad of bads) {
      assert.equal((await app.request(`/api/changes?${bad}`)).status, 400, bad)
    }
  })
})

describe('/api/snapshots and /api/export', () => {
  it('create needs the token; list, one, diff; a taken name is a 400', async () => {
    assert.equal((await post({ name: 'v1' }, { 'Content-Type': 'application/json' })).status, 401)
    const made = await post({ name: 'v1', note: 'first' })
    assert.equal(made.status, 200)
    const v1 = SnapshotSchema.parse(await made.json())
    assert.deepEqual([v1.event_count, v1.note], [1, 'first'])
    assert.equal((await post({ name: 'v1' })).status, 400, 'taken')
    assert.equal((await post({ name: '../x' })).status, 400, 'bad name')
    const list = (await body('/api/snapshots')) as { items: { name: string }[] }
    assert.deepEqual(list.items.map((s) => s.name), ['v1'])
    assert.deepEqual(SnapshotSchema.parse(await body('/api/snapshots/v1')), v1)
    assert.equal((await app.request('/api/snapshots/nope')).status, 404)
    await store.ingest(makeDoc('Invented second report.'), 'B', [makeEvent('B', 1)])
    assert.equal((await post({ name: 'v2' })).status, 200)
    const diff = SnapshotDiffSchema.parse(await body('/api/snapshots/v1/diff/v2'))
    assert.deepEqual([diff.added, diff.changed, diff.removed], [['B-e00001'], [], []])
    assert.equal((await app.request('/api/snapshots/v1/diff/nope')).status, 404)
  })

  it('export: snapshot bytes identical every time, citation header; live differs', async () => {
    const get = (q: string) => app.request(`/api/export?${q}`)
    const first = await get('format=csv&snapshot=v1')
    assert.equal(first.status, 200)
    assert.match(first.headers.get('Content-Type') ?? '', /text\/csv/)
    const cite = first.headers.get('X-Faultline-Citation') ?? ''
    assert.match(cite, /^Cite as: Faultline dataset, snapshot v1 \(sha256:[0-9a-f]{64}\), exported/)
    const bytes = await first.text()
    assert.equal(await (await get('format=csv&snapshot=v1')).text(), bytes, 'same bytes')
    const live = await get('format=csv')
    assert.match(live.headers.get('X-Faultline-Citation') ?? '', /live data as of \S+Z, exported/)
    assert.notEqual(await live.text(), bytes, 'live has moved on')
    const jsonl = await (await get('format=jsonl&snapshot=v2')).text()
    assert.equal(jsonl.trim().split('\n').length, 2)
    assert.equal((await get('format=csv&snapshot=v1&country=Vandoria')).status, 400)
    assert.equal((await get('format=xml')).status, 400)
    assert.equal((await get('format=csv&snapshot=nope')).status, 404)
  })

  it('OpenAPI documents the new operations', () => {
    const doc = buildOpenApi('test')
    for (const path of ['/api/changes', '/api/snapshots', '/api/snapshots/{name}',
      '/api/snapshots/{a}/diff/{b}', '/api/export']) {
      assert.ok(doc.paths[path], path)
    }
    assert.ok(doc.paths['/api/snapshots']?.post?.responses['401'], 'write states its 401')
    assert.ok(doc.components.schemas.ChangePage, 'components')
  })
})
