/**
 * @module
 * Tests for whereClause: placeholder numbering and escaping (pure), then every filter alone and
 * combined against a real PGlite store — near across the antimeridian and at a pole included —
 * and SQL metacharacters in values that must stay data.
 */
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { EventRecord } from '../schema/event.js'
import { makeDoc, makeEvent } from '../store/_fixtures.js'
import { openTestStore } from '../store/_test-db.js'
import type { Store } from '../store/store.js'
import { EventFilterSchema } from './filters.js'
import type { EventFilter } from './filters.js'
import { boundingBox, likeContains, whereClause } from './where-clause.js'

const INJECTION = "'; DROP TABLE events; --"

const ev = (n: number, o: Partial<EventRecord>, doc = 'W') =>
  makeEvent(doc, n, { actor2: '', inter2: 0, ...o })
const W = [
  ev(1, { event_date: '2024-01-10', actor2: 'Free Hills Brigade', latitude: 10, longitude: 20 }),
  ev(2, {
    event_date: '2024-02-15', event_type: 'Protests', sub_event_type: 'Peaceful protest',
    country: 'VANDORIA', actor1: 'Protesters (Vandoria)', assoc_actor_1: 'Teachers Union',
    actor2: '', inter1: 6, inter2: 0, latitude: 10.27, longitude: 20,
  }),
  ev(3, {
    event_date: '2024-03-20', event_type: 'Riots', sub_event_type: 'Mob violence',
    country: 'Ostmark', actor1: 'Rioters (Ostmark)', actor2: 'Civilians (Ostmark)',
    location: 'Brask', latitude: 10.9, longitude: 20,
  }),
  ev(4, {
    event_date: null, event_type: 'Violence against civilians', sub_event_type: 'Attack',
    country: 'Ostmark', actor1: '100%_Militia', location: 'Somewhere',
    latitude: null, longitude: null,
    evidence: [{ start: 0, end: 17, text: 'the market burned' }],
  }),
  ev(5, { event_date: '2023-12-01', country: 'Isla', latitude: 0, longitude: 179.9 }),
  ev(6, { event_date: '2023-12-02', country: 'Isla', latitude: 0, longitude: -179.8 }),
  ev(7, { event_date: '2023-12-03', country: 'Polaria', latitude: 89.9, longitude: 0 }),
  ev(8, { event_date: '2023-12-04', country: 'Polaria', latitude: 89.9, longitude: 180 }),
]
const W2 = [
  ev(9, { event_date: '2022-06-06', location: 'Elsewhere', latitude: -30, longitude: 40 }, 'W2'),
]

const ids = (...ns: number[]) => ns.map((n) => (n === 9 ? 'W2-e00009' : `W-e0000${n}`)).sort()
const parse = (f: Record<string, string>): EventFilter => EventFilterSchema.parse(f)

describe('whereClause (pure)', () => {
  it('an empty filter is TRUE with no parameters', () => {
    assert.deepEqual(whereClause({}), { sql: 'TRUE', params: [] })
  })

  it('numbers placeholders from `from` and never inlines a value', () => {
    const f = parse({
      since: '2024-01-01', type: 'Riots', near: '1,2,3',
      actor: INJECTION, country: INJECTION, q: INJECTION, doc_id: INJECTION,
    })
    const w = whereClause(f, 4)
    const used = [...new Set(w.sql.match(/\$\d+/g))]
      .map((p) => Number(p.slice(1)))
      .sort((a, b) => a - b)
    assert.deepEqual(used, w.params.map((_, i) => i + 4), 'placeholders $4… match params')
    assert.ok(!w.sql.includes('DROP'), 'payload not in SQL')
    assert.ok(!w.sql.includes('Riots'), 'type not in SQL')
  })

  it('likeContains escapes wildcards', () => {
    const cases: [string, string, string][] = [
      ['plain', 'abc', '%abc%'],
      ['percent', '100%', '%100\\%%'],
      ['underscore', 'a_b', '%a\\_b%'],
      ['backslash', 'a\\b', '%a\\\\b%'],
    ]
    for (const [label, input, want] of cases) assert.equal(likeContains(input), want, label)
  })

  it('boundingBox: bands, antimeridian wrap, poles', () => {
    const mid = boundingBox({ lat: 10, lon: 20, km: 111.195 })
    const near = (a: number, b: number) => Math.abs(a - b) < 1e-3
    assert.ok(near(mid.latMin, 9) && near(mid.latMax, 11), 'one degree of latitude')
    assert.equal(mid.lon?.wraps, false, 'no wrap')
    const wrap = boundingBox({ lat: 0, lon: -179.9, km: 50 })
    const wraps = wrap.lon?.wraps && wrap.lon.min > 179 && wrap.lon.max < -179
    assert.ok(wraps, 'wraps the antimeridian')
    const polar = boundingBox({ lat: 89.9, lon: 0, km: 50 })
    assert.equal(polar.lon, null, 'polar cap: no longitude band')
  })
})

describe('whereClause against PGlite', () => {
  let store: Store
  before(async () => {
    store = await openTestStore()
    await store.ingest(makeDoc('Where report'), 'W', W)
    await store.ingest(makeDoc('Where report 2'), 'W2', W2)
  })
  after(() => store.close())

  const run = async (filter: EventFilter) => {
    const page = await store.listEvents(filter, { limit: 1000, offset: 0 })
    const streamed: string[] = []
    for await (const e of store.streamEvents(filter)) streamed.push(e.event_id)
    assert.equal(page.total, streamed.length, 'list total = stream count')
    const listed = page.items.map((e) => e.event_id).sort()
    assert.deepEqual(listed, [...streamed].sort(), 'list = stream')
    return streamed.sort()
  }

  it('each filter, alone and combined', async () => {
    const cases: [string, Record<string, string>, string[]][] = [
      ['no filter', {}, ids(1, 2, 3, 4, 5, 6, 7, 8, 9)],
      ['since (inclusive)', { since: '2024-02-15' }, ids(2, 3)],
      ['until (inclusive)', { until: '2023-12-02' }, ids(5, 6, 9)],
      ['since + until', { since: '2023-12-02', until: '2024-01-10' }, ids(1, 6, 7, 8)],
      ['type', { type: 'Protests' }, ids(2)],
      ['country, any case', { country: 'vandoria' }, ids(1, 2, 9)],
      ['country is equality, not substring', { country: 'Vand' }, []],
      ['actor in actor2', { actor: 'brigade' }, ids(1)],
      ['actor in assoc_actor_1', { actor: 'TEACHERS' }, ids(2)],
      ['actor with literal % and _', { actor: '0%_M' }, ids(4)],
      ['actor "%" is literal', { actor: '%' }, ids(4)],
      ['doc_id', { doc_id: 'W2' }, ids(9)],
      ['q in evidence text', { q: 'market' }, ids(4)],
      ['q in location', { q: 'brask' }, ids(3)],
      ['q in actor', { q: 'hills' }, ids(1)],
      ['near 50 km', { near: '10,20,50' }, ids(1, 2)],
      ['near 120 km', { near: '10,20,120' }, ids(1, 2, 3)],
      ['near 10 km', { near: '10.27,20,10' }, ids(2)],
      ['near across the antimeridian', { near: '0,-179.95,30' }, ids(5, 6)],
      ['near the pole', { near: '89.95,90,30' }, ids(7, 8)],
      ['country + type', { country: 'OSTMARK', type: 'Riots' }, ids(3)],
      ['country + near', { country: 'vandoria', near: '10,20,10' }, ids(1)],
      ['actor + since', { actor: 'vandoria', since: '2024-02-01' }, ids(2)],
      ['q + doc_id', { q: 'elsewhere', doc_id: 'W' }, []],
    ]
    for (const [label, filter, want] of cases) {
      assert.deepEqual(await run(parse(filter)), want, label)
    }
  })

  it('SQL metacharacters in values are data: no match, table intact', async () => {
    const payloads = [INJECTION, "x' OR '1'='1", 'a"; DELETE FROM documents; --', '$1', '\\', "'"]
    for (const payload of payloads) {
      for (const field of ['actor', 'country', 'doc_id', 'q'] as const) {
        assert.deepEqual(await run({ [field]: payload }), [], `${field} = ${payload}`)
      }
    }
    const s = await store.summary()
    assert.deepEqual([s.documents, s.events], [2, 9], 'tables survive with every row')
  })
})
