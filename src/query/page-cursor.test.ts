/**
 * @module
 * Keyset paging of the event list on PGlite and PostgreSQL: walking random invented events
 * (shared dates, undated ones) page by page with `next_cursor` gives the offset list's rows in the
 * same order; events inserted between pages neither repeat nor hide rows after the cursor; bad
 * cursors are refused; `GET /api/events` hands out the cursor and follows it in its `Link`.
 */
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { createApp } from '../api/app.js'
import { FaultlineError } from '../errors.js'
import { makeDoc, makeEvent } from '../store/_fixtures.js'
import { BACKENDS } from '../store/_backends.js'
import { createSqlStore } from '../store/sql-store.js'
import type { Store } from '../store/store.js'
import type { EventRecord } from '../schema/event.js'
import type { EventFilter } from './filters.js'
import { decodeCursor, encodeCursor } from './page-cursor.js'

/** A seeded generator of numbers in [0, 1). */
function random(seed: number) {
  let a = seed
  return () => (a = (a * 1103515245 + 12345) % 2147483648) / 2147483648
}

/** Events on a few shared days (many ties), a fifth undated. */
function events(docId: string, seed: number, count: number): EventRecord[] {
  const r = random(seed)
  return Array.from({ length: count }, (_, i) => makeEvent(docId, i, {
    event_date: r() < 0.2 ? null : `2024-0${1 + Math.floor(r() * 3)}-1${Math.floor(r() * 3)}`,
    event_type: r() < 0.5 ? 'Battles' : 'Protests',
  }))
}

/** Every page from the start by cursor; ids in order. */
async function walk(store: Store, filter: EventFilter, limit: number): Promise<string[]> {
  const ids: string[] = []
  let cursor: string | undefined
  for (let i = 0; i < 1000; i++) {
    const page = await store.listEvents(filter, { limit, offset: 0, cursor })
    assert.ok(page.items.length <= limit)
    ids.push(...page.items.map((e) => e.event_id))
    if (page.nextCursor === null) return ids
    cursor = page.nextCursor
  }
  throw new Error('no last page')
}

for (const backend of BACKENDS) describe(`event list cursor (${backend.name})`, () => {
  let store: Store
  before(async () => {
    store = createSqlStore(await backend.openDb())
    await store.ingest(makeDoc('Cursor report A'), 'doc_cur_a', events('doc_cur_a', 5, 90))
    await store.ingest(makeDoc('Cursor report B'), 'doc_cur_b', events('doc_cur_b', 6, 40))
  })
  after(() => store.close())

  it('walks the same rows as the offset list', async () => {
    for (const [filter, limit] of [[{}, 7], [{ type: 'Protests' }, 1], [{}, 130], [{}, 200]] as const) {
      const all = await store.listEvents(filter, { limit: 1000, offset: 0 })
      const want = all.items.map((e) => e.event_id)
      assert.deepEqual(await walk(store, filter, limit), want, `${JSON.stringify(filter)} ${limit}`)
    }
    const none = await store.listEvents({ type: 'Riots' }, { limit: 5, offset: 0 })
    assert.deepEqual([none.items, none.nextCursor], [[], null], 'empty: no cursor')
  })

  it('is stable while events are added', async () => {
    const first = await store.listEvents({}, { limit: 25, offset: 0 })
    const before = (await store.listEvents({}, { limit: 1000, offset: 0 })).items
      .map((e) => e.event_id)
    await store.ingest(makeDoc('Cursor report C'), 'doc_cur_c', events('doc_cur_c', 8, 30))
    const ids: string[] = []
    let cursor = first.nextCursor ?? undefined
    while (cursor !== undefined) {
      const page = await store.listEvents({}, { limit: 9, offset: 0, cursor })
      ids.push(...page.items.map((e) => e.event_id))
      cursor = page.nextCursor ?? undefined
    }
    const seen = first.items.map((e) => e.event_id)
    assert.equal(new Set([...seen, ...ids]).size, seen.length + ids.length, 'no row twice')
    const after = new Set(ids)
    for (const id of before.slice(25)) assert.ok(after.has(id), `${id} still listed`)
    const added = ids.filter((id) => id.startsWith('doc_cur_c'))
    const all = (await store.listEvents({}, { limit: 1000, offset: 0 })).items.map((e) => e.event_id)
    const lastSeen = all.indexOf(seen.at(-1)!)
    for (const id of all.slice(lastSeen + 1)) assert.ok(after.has(id), `${id} after the cursor`)
    assert.ok(added.length > 0, 'new rows after the cursor are listed')
    assert.deepEqual(await walk(store, {}, 9), all, 'a fresh walk lists every row')
  })

  it('refuses a cursor it did not make', async () => {
    for (const bad of ['nope', encodeCursor({ event_date: 'x', event_id: 'a' }), 'W10']) {
      await assert.rejects(store.listEvents({}, { limit: 5, offset: 0, cursor: bad }),
        (e: unknown) => e instanceof FaultlineError && e.code === 'E_BAD_ARGUMENT', bad)
    }
    const key = { event_date: null, event_id: 'doc:1' }
    assert.deepEqual(decodeCursor(encodeCursor(key)), key)
  })

  it('GET /api/events gives next_cursor and follows it', async () => {
    const app = createApp({ store, version: 't', log: () => {} })
    const res = await app.request('/api/events?type=Battles&limit=4&cursor=' +
      encodeCursor({ event_date: '2024-02-11', event_id: 'doc_cur_a:0' }))
    assert.equal(res.status, 200)
    const body = (await res.json()) as { items: EventRecord[]; next_cursor: string | null }
    assert.equal(body.items.length, 4)
    assert.ok(body.items.every((e) => (e.event_date ?? '9') <= '2024-02-11'))
    assert.match(res.headers.get('link') ?? '', new RegExp(`cursor=${body.next_cursor}`))
    const both = await app.request('/api/events?cursor=abc&offset=5')
    assert.equal(both.status, 400)
    assert.equal((await app.request('/api/incidents?cursor=abc')).status, 400)
  })
})
