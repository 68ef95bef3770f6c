import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { FaultlineError } from '../errors.js'
import type { EventRecord } from '../schema/event.js'
import { makeDoc, makeEvent } from './_fixtures.js'
import { migrate } from './migrate.js'
import { openPglite } from './pglite-queryable.js'
import type { Database } from './queryable.js'
import { createSqlStore } from './sql-store.js'
import type { Store } from './store.js'

/** Wraps a database to record every SELECT's size: proves the stream fetches in batches. */
function counting(db: Database) {
  const selects: number[] = []
  const wrapped: Database = {
    ...db,
    query: async (sql, params) => {
      const res = await db.query<never>(sql, params)
      if (/^\s*SELECT/i.test(sql)) selects.push(res.rows.length)
      return res
    },
  }
  return { db: wrapped, selects }
}

async function all<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = []
  for await (const x of it) out.push(x)
  return out
}

const sortKey = (e: EventRecord) => `${e.event_date ?? '9999-99-99'}|${e.event_id}`

describe('sql-store (PGlite in memory)', () => {
  let store: Store
  let spy: ReturnType<typeof counting>

  before(async () => {
    const db = await openPglite()
    await migrate(db)
    spy = counting(db)
    store = createSqlStore(spy.db)
  })
  after(() => store.close())

  const docA = makeDoc('Report A: soldiers and the brigade clashed near Kessel Ford.', { published_at: '2024-03-02' })
  // Given out of id order on purpose: eventsOfDocument must keep text order, not sort by id.
  const eventsA = [
    makeEvent('A', 3, { fatalities_min: 2, fatalities_max: 4 }),
    makeEvent('A', 1, { event_type: 'Protests', sub_event_type: 'Peaceful protest', actor1: 'Protesters (Vandoria)', inter1: 6, actor2: '', inter2: 0, latitude: null, longitude: null }),
    makeEvent('A', 2, { event_date: null, location: 'Upper Kessel' }),
  ]

  it('ingest stores a document and its events', async () => {
    const res = await store.ingest(docA, 'A', eventsA)
    assert.deepEqual(res, { docId: 'A', created: true, events: 3 }, 'result')
    const doc = await store.getDocument('A')
    assert.equal(doc?.text, docA.text, 'text')
    assert.equal(doc?.published_at, '2024-03-02', 'date as text')
    assert.equal(doc?.outlet, 'The Test Gazette', 'outlet')
    assert.match(doc?.ingested_at ?? '', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/, 'ingested_at ISO')
    assert.equal(await store.getDocument('nope'), null, 'unknown document')
  })

  it('events round-trip exactly and keep text order', async () => {
    for (const e of eventsA) assert.deepEqual(await store.getEvent(e.event_id), e, `getEvent ${e.event_id}`)
    assert.equal(await store.getEvent('nope'), null, 'unknown event')
    assert.deepEqual(await store.eventsOfDocument('A'), eventsA, 'eventsOfDocument in seq order')
    assert.deepEqual(await store.eventsOfDocument('nope'), [], 'unknown document: none')
  })

  it('re-ingest of the same content hash is a no-op', async () => {
    const before = await store.summary()
    const cases: [string, string, EventRecord[]][] = [
      ['same id, same events', 'A', eventsA],
      ['other id, other events', 'A2', [makeEvent('A2', 1)]],
    ]
    for (const [label, id, events] of cases) {
      const res = await store.ingest(docA, id, events)
      assert.deepEqual(res, { docId: 'A', created: false, events: 3 }, `${label}: result`)
    }
    assert.deepEqual(await store.summary(), before, 'counts unchanged')
    assert.equal(await store.getDocument('A2'), null, 'no second document')
  })

  it('a failing event writes nothing, not even the document', async () => {
    const before = await store.summary()
    const cases: [string, EventRecord[]][] = [
      ['CHECK violated (inter1 = 9)', [makeEvent('B', 1), makeEvent('B', 2, { inter1: 9 as never })]],
      ['duplicate event_id within the document', [makeEvent('B', 1), makeEvent('B', 1)]],
      ['event_id already stored by another document', [makeEvent('B', 1), { ...eventsA[0]!, doc_id: 'B' }]],
    ]
    for (const [label, events] of cases) {
      await assert.rejects(store.ingest(makeDoc('Report B'), 'B', events), (e: unknown) => {
        assert.ok(e instanceof FaultlineError && e.code === 'E_DB', `${label}: E_DB`)
        assert.match(e.message, /INSERT INTO events/, `${label}: names the statement`)
        return true
      })
      assert.equal(await store.getDocument('B'), null, `${label}: no document row`)
      assert.equal(await store.getEvent('B-e00001'), null, `${label}: no event row`)
    }
    assert.deepEqual(await store.summary(), before, 'counts unchanged')
    const ok = await store.ingest(makeDoc('Report B'), 'B', [makeEvent('B', 1)])
    assert.equal(ok.created, true, 'the same document ingests once valid')
  })

  it('events of another document are refused before any write', async () => {
    await assert.rejects(store.ingest(makeDoc('Report C'), 'C', [makeEvent('A', 9)]), (e: unknown) => {
      assert.ok(e instanceof FaultlineError && e.code === 'E_BAD_ARGUMENT', 'E_BAD_ARGUMENT')
      return true
    })
    assert.equal(await store.getDocument('C'), null, 'no document row')
  })

  const dated = Array.from({ length: 25 }, (_, i) =>
    makeEvent('P', i, { event_date: `2023-01-${String((i % 12) + 1).padStart(2, '0')}`, country: 'Paginia' }),
  )

  it('listEvents pages newest first with the total', async () => {
    await store.ingest(makeDoc('Report P'), 'P', [...dated, makeEvent('P', 99, { event_date: null, country: 'Paginia' })])
    const expected = [...dated]
      .sort((a, b) => (b.event_date ?? '').localeCompare(a.event_date ?? '') || a.event_id.localeCompare(b.event_id))
      .map((e) => e.event_id)
      .concat('P-e00099')
    const cases: [string, number, number, number][] = [
      ['first page', 10, 0, 10],
      ['second page', 10, 10, 10],
      ['last page, partial', 10, 20, 6],
      ['past the end', 10, 40, 0],
    ]
    for (const [label, limit, offset, count] of cases) {
      const page = await store.listEvents({ country: 'paginia' }, { limit, offset })
      assert.equal(page.total, 26, `${label}: total`)
      assert.equal(page.items.length, count, `${label}: items`)
      assert.deepEqual(page.items.map((e) => e.event_id), expected.slice(offset, offset + limit), `${label}: order`)
    }
  })

  it('streamEvents walks > 1000 rows in keyset batches, stable order, with outlet', async () => {
    // 2 500 events on only 7 distinct dates (plus undated ones): ties across batch edges.
    const many = Array.from({ length: 2500 }, (_, i) =>
      makeEvent('S', i, { event_date: i % 11 === 0 ? null : `2022-05-0${(i % 7) + 1}` }),
    )
    await store.ingest(makeDoc('Report S', { outlet: 'Stream Times' }), 'S', many)
    spy.selects.length = 0
    const got = await all(store.streamEvents({ doc_id: 'S' }))
    assert.deepEqual(spy.selects, [1000, 1000, 500], 'three bounded batches')
    assert.equal(got.length, 2500, 'every row once')
    assert.equal(new Set(got.map((e) => e.event_id)).size, 2500, 'no duplicates')
    assert.deepEqual(got.map(sortKey), many.map(sortKey).sort(), '(event_date, event_id), undated last')
    assert.ok(got.every((e) => e.outlet === 'Stream Times'), 'outlet joined')

    const cases: [string, number, number][] = [
      ['batch 300 over 2500', 300, 9],
      ['batch 500, exact multiple', 500, 6],
    ]
    for (const [label, batchSize, queries] of cases) {
      spy.selects.length = 0
      const small = await all(store.streamEvents({ doc_id: 'S' }, { batchSize }))
      assert.deepEqual(small.map((e) => e.event_id), got.map((e) => e.event_id), `${label}: same order`)
      assert.equal(spy.selects.length, queries, `${label}: queries`)
    }
  })

  it('listActors and summary count what is stored', async () => {
    const actors = await store.listActors()
    const byName = new Map(actors.map((a) => [a.name, a]))
    const total = (await store.summary()).events
    assert.deepEqual(byName.get('Protesters (Vandoria)'), { name: 'Protesters (Vandoria)', inter: 6, events: 1 }, 'protesters')
    assert.deepEqual(byName.get('Free Hills Brigade'), { name: 'Free Hills Brigade', inter: 2, events: total - 1 }, 'actor2')
    assert.equal(byName.has(''), false, 'empty names left out')
    assert.deepEqual(actors.map((a) => a.events), actors.map((a) => a.events).sort((a, b) => b - a), 'most events first')

    const s = await store.summary()
    assert.equal(s.documents, 4, 'documents: A, B, P, S')
    assert.equal(s.events, 3 + 1 + 26 + 2500, 'events')
    assert.deepEqual(s.byType, [{ type: 'Battles', count: s.events - 1 }, { type: 'Protests', count: 1 }], 'byType')
    assert.deepEqual(s.topActors.slice(0, 2), [
      { name: 'Free Hills Brigade', count: s.events - 1 },
      { name: 'Military Forces of Vandoria (2019-)', count: s.events - 1 },
    ], 'top actors, ties by name')
    assert.ok(s.topActors.length <= 10 && s.topPlaces.length <= 10, 'top 10 only')
    assert.deepEqual(s.topPlaces[0], { location: 'Kessel Ford', country: 'Vandoria', count: 2 + 1 + 2500 }, 'top place')
  })
})
