/**
 * @module
 * Incidents in a real PGlite store, built incrementally one document at a time: two outlets on
 * one ambush (6 vs 8 dead), a wire story republished by two sites, a different attack 300 km
 * away, a named vs unidentified perpetrator, the same incidents whatever the ingest order, and
 * idempotent re-runs; on every backend (`_backends.ts`). The migration's .ts copy is checked
 * against its .sql file.
 */
import assert from 'node:assert/strict'
import { readFile } from 'node:fs/promises'
import { after, before, describe, it } from 'node:test'
import { components } from '../corroborate/components.js'
import type { Incident } from '../corroborate/incident.js'
import type { Extractor } from '../extract/extractor.js'
import { ingestRawDoc } from '../pipeline.js'
import type { RawDoc } from '../schema/document.js'
import type { EventRecord } from '../schema/event.js'
import { makeDoc, makeEvent } from './_fixtures.js'
import { BACKENDS, openBackendStore } from './_backends.js'
import type { Database } from './queryable.js'
import { createSqlStore } from './sql-store.js'
import { sql as incidentsSql } from './migrations/0002-incidents.js'
import type { Store } from './store.js'

const WIRE =
  'BRASK, March 1 (Invented Wire) - Armed men stormed a weekly market in Brask on Friday and ' +
  'shot dead four traders before setting stalls on fire, a local elected official said. The ' +
  'attackers arrived at midday and left before the security forces reached the town.'

interface Fixture { key: string; raw: RawDoc; events: (id: string) => EventRecord[] }
const fx = (key: string, text: string, outlet: string, o: Partial<EventRecord>[]): Fixture => ({
  key,
  raw: makeDoc(text, { outlet, source: `test://${key}` }),
  events: (id) => o.map((x, i) => makeEvent(id, i + 1, { doc_id: id, ...x })),
})
const AMBUSH = { actor2: 'Military Forces of Vandoria', inter2: 1, event_date: '2024-03-01' }
const FIXTURES: Fixture[] = [
  fx('courier',
    'Sahel Courier: Free Hills Brigade fighters ambushed a patrol near Kessel Ford; six died.',
    'Sahel Courier', [{ ...AMBUSH, actor1: 'Free Hills Brigade', fatalities: 6 }]),
  fx('river',
    'River Post: unidentified gunmen killed eight soldiers in an ambush outside Kessel Ford.',
    'River Post', [{ ...AMBUSH, actor1: 'Unidentified Armed Group (Vandoria)', fatalities: 8,
      latitude: 10.55, longitude: 20.3 }]),
  fx('courier2', 'Sahel Courier, follow-up: perhaps seven soldiers were killed near Kessel Ford.',
    'Sahel Courier', [{ ...AMBUSH, event_date: '2024-03-02', actor1: 'Free Hills Brigade',
      fatalities: 7, certainty: 'hedged' }]),
  fx('mirror-a', `${WIRE}\nRead more on Mirror A.`, 'Mirror A', [{
    event_type: 'Violence against civilians', sub_event_type: 'Attack', location: 'Brask',
    actor1: 'Unidentified Armed Group (Vandoria)', actor2: 'Civilians (Vandoria)', inter2: 7,
    longitude: 23.0, fatalities: 4,
  }]),
  fx('mirror-b', `Four traders shot dead in Brask market\n${WIRE}`, 'Mirror B', [{
    event_type: 'Violence against civilians', sub_event_type: 'Attack', location: 'Brask',
    actor1: 'Unidentified Armed Group (Vandoria)', actor2: 'Civilians (Vandoria)', inter2: 7,
    longitude: 23.0, fatalities: 4,
  }, { tier: 'context', event_date: '2023-11-20', fatalities: 0 }]),
  fx('far', 'Lake Courier: a clash far away on the lake shore.', 'Lake Courier', [{
    ...AMBUSH, actor1: 'Lake Militia', location: 'Lake Shore', latitude: -5, longitude: 40,
  }]),
]
const byKey = (k: string) => FIXTURES.find((f) => f.key === k) as Fixture

/** An extractor that returns each fixture's events for its text. */
const stub: Extractor = {
  name: 'fixture', version: '0',
  extract: (doc) => FIXTURES.find((f) => f.raw.text === doc.text)?.events(doc.id) ?? [],
}

const PAGE = { limit: 100, offset: 0 }
const all = async (s: Store) => (await s.listIncidents({}, PAGE)).items
const shape = (items: Incident[]) =>
  items.map((i) => `${i.id}:${i.claims.map((c) => c.event_id).join(',')}`).sort()
const ingest = async (s: Store, keys: string[]) => {
  for (const k of keys) await ingestRawDoc(s, byKey(k).raw, stub)
}
const incidentOf = (items: Incident[], outlet: string) =>
  items.find((i) => i.outlets.includes(outlet)) as Incident

it('0002-incidents.ts embeds 0002-incidents.sql unchanged', async () => {
  const url = new URL('./migrations/0002-incidents.sql', import.meta.url)
  assert.equal(incidentsSql.trim(), (await readFile(url, 'utf8')).trim())
})

for (const backend of BACKENDS) describe(`incidents (${backend.name})`, () => {
  let db: Database
  let store: Store
  before(async () => {
    db = await backend.openDb()
    store = createSqlStore(db)
  })
  after(() => store.close())

  it('two outlets on one ambush, 6 vs 8 dead: one incident, summary 6, both claims', async () => {
    await ingest(store, ['courier', 'river'])
    const items = await all(store)
    assert.equal(items.length, 1, 'one incident')
    const inc = items[0] as Incident
    assert.equal(inc.independent_sources, 2, 'two independent outlets')
    assert.deepEqual([inc.fatalities.value, inc.fatalities.min, inc.fatalities.max], [6, 6, 8])
    assert.deepEqual(inc.claims.map((c) => [c.outlet, c.fatalities]).sort(),
      [['River Post', 8], ['Sahel Courier', 6]], 'both claims with their outlets')
    assert.equal(inc.perpetrator.value, 'Free Hills Brigade', 'named over unidentified')
    assert.equal(inc.perpetrator.conflict, true, 'perpetrator conflict listed')
    assert.deepEqual(await store.getIncident(inc.id), inc, 'getIncident = listed')
  })

  it('same outlet twice, wire copy on two sites, a different attack 300 km away', async () => {
    await ingest(store, ['courier2', 'mirror-a', 'mirror-b'])
    const items = await all(store)
    assert.equal(items.length, 2, 'ambush and market attack')
    const ambush = incidentOf(items, 'River Post')
    assert.deepEqual([ambush.reports, ambush.independent_sources], [3, 2], 'courier counted once')
    assert.equal(ambush.fatalities.value, 6, 'hedged 7 does not lower or raise it')
    const market = incidentOf(items, 'Mirror A')
    assert.deepEqual([market.reports, market.independent_sources], [2, 1], 'wire copy once')
    assert.notEqual(market.id, ambush.id)
    assert.ok(!items.some((i) => i.claims.some((c) => c.event_date === '2023-11-20')), 'no context')
  })

  it('filters apply to member reports; unknown id is null', async () => {
    const cases: [string, Parameters<Store['listIncidents']>[0], number][] = [
      ['actor named by one report only', { actor: 'Free Hills' }, 1],
      ['type of the market attack', { type: 'Violence against civilians' }, 1],
      ['since excludes nothing dated 2024-03-01', { since: '2024-03-01' }, 2],
      ['until before everything', { until: '2024-01-01' }, 0],
    ]
    for (const [label, filter, want] of cases) {
      assert.equal((await store.listIncidents(filter, PAGE)).total, want, label)
    }
    const page = await store.listIncidents({}, { limit: 1, offset: 1 })
    assert.deepEqual([page.total, page.items.length], [2, 1], 'paged')
    assert.equal(await store.getIncident('inc_0000000000000000'), null)
  })

  it('a new document touches only its neighbourhood', async () => {
    const market = incidentOf(await all(store), 'Mirror A')
    // A marker that a recomputation of the world would overwrite.
    const mark = 'UPDATE incidents SET reports = $2::int WHERE id = $1::text'
    await db.query(mark, [market.id, 99])
    await ingest(store, ['far'])
    const { rows } = await db.query<{ reports: number }>(
      'SELECT reports FROM incidents WHERE id = $1::text',
      [market.id],
    )
    assert.equal(rows[0]?.reports, 99, 'the unrelated incident was not rewritten')
    await db.query(mark, [market.id, market.reports])
    assert.equal((await all(store)).length, 3, 'the far report is an incident of its own')
  })

  it('documents stored without corroboration are linked by corroboratePending', async () => {
    const s = await openBackendStore(backend)
    try {
      for (const k of ['courier', 'river']) {
        const f = byKey(k)
        const id = `doc_${k}`
        await s.ingest(f.raw, id, f.events(id))
      }
      assert.equal((await all(s)).length, 0, 'nothing linked yet')
      assert.equal(await s.corroboratePending(), 2, 'two pending')
      assert.deepEqual((await all(s)).map((i) => i.reports), [2], 'one incident of two reports')
      assert.equal(await s.corroboratePending(), 0, 'none left')
    } finally {
      await s.close()
    }
  })

  it('re-ingesting and re-running corroboration are no-ops', async () => {
    const before = shape(await all(store))
    await ingest(store, FIXTURES.map((f) => f.key))
    const docs = new Set((await store.listEvents({}, PAGE)).items.map((e) => e.doc_id))
    assert.equal(docs.size, FIXTURES.length, 'every document stored once')
    for (const doc of docs) await store.updateIncidents(doc)
    assert.deepEqual(shape(await all(store)), before)
  })
})

for (const backend of BACKENDS) describe(`incidents in any order (${backend.name})`, () => {
  const orders = [
    ['courier', 'river', 'courier2', 'mirror-a', 'mirror-b'],
    ['mirror-b', 'mirror-a', 'courier2', 'river', 'courier'],
    ['courier2', 'mirror-a', 'courier', 'mirror-b', 'river'],
    ['river', 'mirror-b', 'courier2', 'courier', 'mirror-a'],
    ['mirror-a', 'courier', 'mirror-b', 'river', 'courier2'],
    ['courier2', 'courier', 'river', 'mirror-b', 'mirror-a'],
  ]
  it(`${orders.length} orders of 5 documents, equal to a from-scratch computation`, async () => {
    const results: string[][] = []
    for (const order of orders) {
      const s = await openBackendStore(backend)
      try {
        await ingest(s, order)
        results.push(shape(await all(s)))
        const events = (await s.listEvents({}, { limit: 1000, offset: 0 })).items
        const world = components(events.filter((e) => e.tier === 'news'))
        const expected = world.map((c) => `${c.id}:${c.eventIds.join(',')}`).sort()
        assert.deepEqual(results.at(-1), expected, `${order}: incremental = from scratch`)
      } finally {
        await s.close()
      }
    }
    for (const r of results) assert.deepEqual(r, results[0], 'same incidents and ids')
  })
})
