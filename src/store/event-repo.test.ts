/**
 * @module
 * Tests for streamEvents over 2 500 rows (keyset batches of 1000, stable order across ties,
 * outlet joined) and for every export format fed straight from the store.
 */
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { parseCsv } from '../query/export/_csv-parse.js'
import { collect } from '../query/export/_sink.js'
import { CSV_HEADER } from '../query/export/acled-csv.js'
import { writeExport } from '../query/export/index.js'
import type { EventRecord } from '../schema/event.js'
import { makeDoc, makeEvent } from './_fixtures.js'
import { BACKENDS } from './_backends.js'
import { all, countingSelects } from './_test-helpers.js'
import { listEvents } from './event-repo.js'
import type { Queryable } from './queryable.js'
import { createSqlStore } from './sql-store.js'
import type { Store } from './store.js'

const N = 2500
const sortKey = (e: EventRecord) => `${e.event_date ?? '9999-99-99'}|${e.event_id}`
// 2 500 events on 7 distinct dates, every 11th undated: many ties across batch edges.
const many = Array.from({ length: N }, (_, i) =>
  makeEvent('S', i, {
    event_date: i % 11 === 0 ? null : `2022-05-0${(i % 7) + 1}`,
    latitude: i % 5 === 0 ? null : 10,
    longitude: i % 5 === 0 ? null : 20,
  }),
)

for (const backend of BACKENDS) describe(`streamEvents and exports (${backend.name})`, () => {
  let store: Store
  let db: Queryable
  let selects: number[]
  before(async () => {
    const spy = countingSelects(await backend.openDb())
    db = spy.db
    selects = spy.selects
    store = createSqlStore(spy.db)
    await store.ingest(makeDoc('Report S', { outlet: 'Stream Times' }), 'S', many)
    await store.ingest(makeDoc('Report T'), 'T', [makeEvent('T', 1)])
  })
  after(() => store.close())

  it('listEvents counts matches up to the cap, then says the total is a lower bound', async () => {
    const exact = await store.listEvents({}, { limit: 10, offset: 0 })
    assert.deepEqual([exact.total, exact.totalExact], [N + 1, true], 'under the default cap')
    const capped = await listEvents(db, {}, { limit: 10, offset: 0 }, 1000)
    assert.deepEqual([capped.total, capped.totalExact], [1001, false], 'capped at 1000')
    assert.equal(capped.items.length, 10, 'the page itself is whole')
    const deep = await listEvents(db, {}, { limit: 100, offset: 2000 }, 1000)
    assert.ok(deep.total > 2100 && !deep.totalExact, 'the cap follows a deep page')
    const last = await listEvents(db, {}, { limit: 100, offset: 2450 }, 1000)
    assert.deepEqual([last.total, last.totalExact, last.items.length], [N + 1, true, 51])
  })

  it('walks > 1000 rows in keyset batches of 1000, stable order, with outlet', async () => {
    selects.length = 0
    const got = await all(store.streamEvents({ doc_id: 'S' }))
    assert.deepEqual(selects, [1000, 1000, 500], 'three bounded batches')
    assert.equal(got.length, N, 'every row')
    assert.equal(new Set(got.map((e) => e.event_id)).size, N, 'no duplicates')
    const order = many.map(sortKey).sort()
    assert.deepEqual(got.map(sortKey), order, '(event_date, event_id), undated last')
    assert.ok(got.every((e) => e.outlet === 'Stream Times'), 'outlet joined')
    const { outlet: _, coded_by: codedBy, ...first } = got[0]!
    assert.equal(codedBy, 'machine', 'coded_by: unreviewed events are the machine\'s')
    const original = many.find((e) => e.event_id === first.event_id)
    assert.equal(JSON.stringify(first), JSON.stringify(original), 'full record, keys in order')
  })

  it('any batch size gives the same sequence', async () => {
    const reference = (await all(store.streamEvents({ doc_id: 'S' }))).map((e) => e.event_id)
    const cases: [string, number, number][] = [
      ['batch 300', 300, 9],
      ['batch 500, exact multiple', 500, 6],
      ['batch larger than the set', 5000, 1],
    ]
    for (const [label, batchSize, queries] of cases) {
      selects.length = 0
      const got = await all(store.streamEvents({ doc_id: 'S' }, { batchSize }))
      assert.deepEqual(got.map((e) => e.event_id), reference, `${label}: same order`)
      assert.equal(selects.length, queries, `${label}: queries`)
    }
  })

  it('exports from the store parse back', async () => {
    const geocoded = many.filter((e) => e.latitude !== null).length
    const cases: [string, (text: string) => number, number][] = [
      ['csv', (t) => parseCsv(t).length - 1, N + 1],
      ['geojson', (t) => JSON.parse(t).features.length, geocoded + 1],
      ['jsonl', (t) => t.trimEnd().split('\n').length, N + 1],
    ]
    for (const [format, count, want] of cases) {
      const sink = collect()
      const written = await writeExport(format, store.streamEvents({}), sink.out)
      const expected = format === 'geojson' ? geocoded + 1 : N + 1
      assert.equal(written, expected, `${format}: returned count`)
      assert.equal(count(sink.text()), want, `${format}: parsed count`)
    }
    const sink = collect()
    await writeExport('csv', store.streamEvents({ doc_id: 'T' }), sink.out)
    const [header, row] = parseCsv(sink.text())
    assert.deepEqual(header, [...CSV_HEADER], 'header')
    assert.equal(row?.[CSV_HEADER.indexOf('source')], 'The Test Gazette', 'source = outlet')
  })
})
