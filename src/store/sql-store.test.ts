/**
 * @module
 * Tests for the SQL store on every backend (PGlite in memory, and PostgreSQL when a test server
 * is configured, see `_backends.ts`): exact round-trips, text order, idempotent
 * re-ingest, all-or-nothing ingest on constraint violations, paging totals, actors and summary.
 */
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { FaultlineError } from '../errors.js'
import type { EventRecord } from '../schema/event.js'
import { makeDoc, makeEvent } from './_fixtures.js'
import { BACKENDS, openBackendStore } from './_backends.js'
import type { Store } from './store.js'

const isCode = (code: string) => (e: unknown) => e instanceof FaultlineError && e.code === code

for (const backend of BACKENDS) describe(`sql-store (${backend.name})`, () => {
  let store: Store
  before(async () => {
    store = await openBackendStore(backend)
  })
  after(() => store.close())

  const docA = makeDoc('Report A: soldiers and the brigade clashed near Kessel Ford.')
  // Given out of id order on purpose: eventsOfDocument must keep text order, not sort by id.
  const eventsA = [
    makeEvent('A', 3, { fatalities_min: 2, fatalities_max: 4 }),
    makeEvent('A', 1, {
      event_type: 'Protests', sub_event_type: 'Peaceful protest', actor1: 'Protesters (Vandoria)',
      inter1: 6, actor2: '', inter2: 0, latitude: null, longitude: null,
    }),
    makeEvent('A', 2, { event_date: null, location: 'Upper Kessel' }),
  ]

  it('ingest stores a document and its events', async () => {
    const res = await store.ingest(docA, 'A', eventsA)
    assert.deepEqual(res, { docId: 'A', created: true, events: 3 }, 'result')
    const doc = await store.getDocument('A')
    assert.equal(doc?.text, docA.text, 'text')
    assert.equal(doc?.published_at, '2024-03-02', 'date as text')
    assert.equal(doc?.outlet, 'The Test Gazette', 'outlet')
    const iso = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/
    assert.match(doc?.ingested_at ?? '', iso, 'ingested_at ISO')
    assert.equal(await store.getDocument('nope'), null, 'unknown document')
  })

  it('events round-trip exactly and keep text order', async () => {
    for (const e of eventsA) {
      assert.deepEqual(await store.getEvent(e.event_id), e, `getEvent ${e.event_id}`)
    }
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
      ['CHECK violated (inter1 = 9)', [makeEvent('B', 1), makeEvent('B', 2, { inter1: 9 as 1 })]],
      ['duplicate event_id in the document', [makeEvent('B', 1), makeEvent('B', 1)]],
      ['event_id stored by another document', [makeEvent('B', 1), { ...eventsA[0]!, doc_id: 'B' }]],
    ]
    for (const [label, events] of cases) {
      await assert.rejects(store.ingest(makeDoc('Report B'), 'B', events), (e: unknown) => {
        assert.ok(isCode('E_DB')(e), `${label}: E_DB`)
        assert.match((e as Error).message, /INSERT INTO events/, `${label}: names the statement`)
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
    const wrong = store.ingest(makeDoc('Report C'), 'C', [makeEvent('A', 9)])
    await assert.rejects(wrong, isCode('E_BAD_ARGUMENT'), 'E_BAD_ARGUMENT')
    assert.equal(await store.getDocument('C'), null, 'no document row')
  })

  it('listEvents pages newest first, undated last, with the total', async () => {
    const day = (i: number) => `2023-01-${String((i % 12) + 1).padStart(2, '0')}`
    const dated = Array.from({ length: 25 }, (_, i) =>
      makeEvent('P', i, { event_date: day(i), country: 'Paginia' }),
    )
    const undated = makeEvent('P', 99, { event_date: null, country: 'Paginia' })
    await store.ingest(makeDoc('Report P'), 'P', [...dated, undated])
    const expected = [...dated]
      .sort((a, b) => (a.event_date === b.event_date ? 0 : a.event_date! < b.event_date! ? 1 : -1)
        || (a.event_id < b.event_id ? -1 : 1))
      .map((e) => e.event_id)
      .concat(undated.event_id)
    const cases: [string, number, number, number][] = [
      ['first page', 10, 0, 10],
      ['second page', 10, 10, 10],
      ['last page, partial', 10, 20, 6],
      ['past the end', 10, 40, 0],
    ]
    for (const [label, limit, offset, count] of cases) {
      const page = await store.listEvents({ country: 'paginia' }, { limit, offset })
      const got = page.items.map((e) => e.event_id)
      assert.equal(page.total, 26, `${label}: total`)
      assert.equal(got.length, count, `${label}: items`)
      assert.deepEqual(got, expected.slice(offset, offset + limit), `${label}: order`)
    }
  })

  it('listActors and summary count what is stored', async () => {
    const s = await store.summary()
    const battles = s.events - 1
    const byName = new Map((await store.listActors()).map((a) => [a.name, a]))
    const actorCases: [string, { inter: number; events: number } | undefined][] = [
      ['Protesters (Vandoria)', { inter: 6, events: 1 }],
      ['Free Hills Brigade', { inter: 2, events: battles }],
      ['Military Forces of Vandoria (2019-)', { inter: 1, events: battles }],
      ['', undefined],
    ]
    for (const [name, want] of actorCases) {
      assert.deepEqual(byName.get(name), want && { name, ...want }, `actor "${name}"`)
    }
    const counts = [...byName.values()].map((a) => a.events)
    assert.deepEqual(counts, [...counts].sort((a, b) => b - a), 'most events first')

    assert.equal(s.documents, 3, 'documents: A, B, P')
    assert.equal(s.events, 3 + 1 + 26, 'events')
    const byType = [{ type: 'Battles', count: battles }, { type: 'Protests', count: 1 }]
    assert.deepEqual(s.byType, byType, 'byType')
    assert.deepEqual(s.topActors.slice(0, 2), [
      { name: 'Free Hills Brigade', count: battles },
      { name: 'Military Forces of Vandoria (2019-)', count: battles },
    ], 'top actors, ties by name')
    assert.ok(s.topActors.length <= 10 && s.topPlaces.length <= 10, 'top 10 only')
    assert.deepEqual(s.topPlaces, [
      { location: 'Kessel Ford', country: 'Paginia', count: 26 },
      { location: 'Kessel Ford', country: 'Vandoria', count: 2 + 1 },
      { location: 'Upper Kessel', country: 'Vandoria', count: 1 },
    ], 'places by (location, country)')
  })
})
