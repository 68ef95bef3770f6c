/**
 * @module
 * The rollup answers as the events do: map (zoom 0–6, with and without a box) and timeline
 * aggregates and the list's capped total, read from `event_rollup` and from the events, over the same invented store
 * (PGlite, and PostgreSQL when configured) — before and after analyst corrections of place, date,
 * type and fatalities, a rejection, and a re-extraction that replaces a document's events.
 */
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { makeDoc, makeEvent } from '../store/_fixtures.js'
import { BACKENDS } from '../store/_backends.js'
import { listEvents } from '../store/event-repo.js'
import type { Database } from '../store/queryable.js'
import { createSqlStore } from '../store/sql-store.js'
import type { Store } from '../store/store.js'
import { ReviewInputSchema } from '../schema/review.js'
import type { EventRecord } from '../schema/event.js'
import { aggregateMap } from './aggregate-map.js'
import { rollupMapRows, wholeMonths } from './aggregate-rollup.js'
import type { MapAggregate } from './aggregate-schema.js'
import { aggregateTimeline } from './aggregate-timeline.js'
import type { EventFilter } from './filters.js'
import { whereClause } from './where-clause.js'

const TYPES = ['Battles', 'Protests', 'Violence against civilians'] as const
const C = 0.87890625 // the rollup's cell at zoom 6

/** Events spread over months (month edges and undated ones included), cells (cell edges, no
 * coordinates, a latitude without longitude), types, two countries and three regions. */
function events(docId: string, seed: number, count: number): EventRecord[] {
  let a = seed
  const r = () => ((a = (a * 1103515245 + 12345) % 2147483648) / 2147483648)
  return Array.from({ length: count }, (_, i) => {
    const day = Math.floor(r() * 150)
    const date = r() < 0.08 ? null : new Date(Date.UTC(2023, 11, 1) + day * 86400000)
    const edge = r() < 0.1
    const lat = edge ? C * Math.floor(r() * 20 - 5) : -10 + r() * 30
    const lon = edge ? C * Math.floor(r() * 20 - 5) : -15 + r() * 40
    const k = r()
    return makeEvent(docId, i, {
      event_date: date?.toISOString().slice(0, 10) ?? null,
      event_type: TYPES[Math.floor(r() * 3)],
      sub_event_type: 'Armed clash',
      country: r() < 0.6 ? 'Vandoria' : 'Ostrel',
      admin1: ['North Reach', 'Low Marches', ''][Math.floor(r() * 3)],
      latitude: k < 0.06 ? null : lat,
      longitude: k < 0.1 ? null : lon,
      fatalities: Math.floor(r() * 12),
    })
  })
}

const FILTERS: EventFilter[] = [
  {}, { type: 'Protests' }, { country: 'vandoria' }, { admin1: 'north reach' },
  { since: '2024-01-01' }, { until: '2024-02-29' }, { until: '2024-01-31' },
  { since: '2024-01-15', until: '2024-03-10' }, { since: '2024-02-01', until: '2024-02-29' },
  { since: '2024-02-03', until: '2024-02-20' },
  { since: '2023-12-20', type: 'Battles', country: 'Ostrel' },
  { actor: 'Brigade' },
]

const box = (west: number, south: number, east: number, north: number) =>
  ({ west, south, east, north })
/** Boxes: most of the events, edges on cell lines, a cut corner, one smaller than a cell. */
const BOXES: [number, ReturnType<typeof box>][] = [
  [4, box(-14, -9, 24, 19)], [6, box(2 * C, -3 * C, 9 * C, 6 * C)], [5, box(-3.3, 1.1, 30, 40)],
  [6, box(1.2, 1.3, 1.5, 1.6)], [3, box(-180, -90, 180, 90)],
]

/** Mean positions are sums added in another order: equal to 1e-9°; cells in a fixed order. */
function comparable(m: MapAggregate) {
  const round = (x: number) => Math.round(x * 1e9) / 1e9
  const cells = m.cells.map((c) => ({ ...c, lat: round(c.lat), lon: round(c.lon) }))
  return { ...m, cells: cells.sort((x, y) => x.lat - y.lat || x.lon - y.lon) }
}

async function sameAnswers(db: Database, label: string) {
  for (const f of FILTERS) {
    const tag = `${label} ${JSON.stringify(f)}`
    const used = (await rollupMapRows(db, f, 5)) !== null
    assert.equal(used, f.actor === undefined, `${tag} read from the rollup`)
    const boxed = (await rollupMapRows(db, f, 4, BOXES[0]![1])) !== null
    assert.equal(boxed, f.actor === undefined, `${tag} box read from the rollup`)
    for (const zoom of [0, 3, 5, 6]) {
      const rolled = await aggregateMap(db, f, { zoom })
      const scanned = await aggregateMap(db, f, { zoom }, { rollup: false })
      assert.deepEqual(comparable(rolled), comparable(scanned), `${tag} map zoom ${zoom}`)
    }
    for (const [zoom, bbox] of BOXES) {
      const rolled = await aggregateMap(db, f, { zoom, bbox })
      const scanned = await aggregateMap(db, f, { zoom, bbox }, { rollup: false })
      assert.deepEqual(comparable(rolled), comparable(scanned), `${tag} map ${zoom} in ${bbox}`)
    }
    for (const bucket of ['week', 'month', 'auto'] as const) {
      const rolled = await aggregateTimeline(db, f, { bucket })
      const scanned = await aggregateTimeline(db, f, { bucket }, { rollup: false })
      assert.deepEqual(rolled, scanned, `${tag} timeline ${bucket}`)
    }
    const w = whereClause(f)
    const { rows } = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM events e WHERE ${w.sql}`, w.params)
    const n = rows[0]?.n ?? 0
    const page = { limit: 5, offset: 0 }
    assert.equal((await listEvents(db, f, page, 1e6)).total, n, `${tag} exact total`)
    const capped = await listEvents(db, f, page, 10)
    assert.deepEqual([capped.total, capped.totalExact], [Math.min(n, 11), n < 11], `${tag} capped`)
  }
}

describe('wholeMonths', () => {
  it('finds the months wholly inside a date range', () => {
    const cases: [string | undefined, string | undefined, ReturnType<typeof wholeMonths>][] = [
      ['2024-01-01', '2024-03-31', { from: '2024-01-01', to: '2024-03-01' }],
      ['2024-01-02', '2024-03-30', { from: '2024-02-01', to: '2024-02-01' }],
      ['2024-02-03', '2024-02-20', null],
      [undefined, '2024-02-29', { from: undefined, to: '2024-02-01' }],
      ['2023-12-31', undefined, { from: '2024-01-01', to: undefined }],
    ]
    for (const [since, until, want] of cases) assert.deepEqual(wholeMonths(since, until), want)
  })
})

for (const backend of BACKENDS) describe(`rollup vs events (${backend.name})`, () => {
  let db: Database
  let store: Store
  const docs: string[] = []
  before(async () => {
    db = await backend.openDb()
    store = createSqlStore(db)
    for (let d = 0; d < 4; d++) {
      const id = `doc_rollup_${d}`
      await store.ingest(makeDoc(`Rollup report ${d}`), id, events(id, 7 + d, 60))
      docs.push(id)
    }
  })
  after(() => store.close())

  it('answers alike after ingest', () => sameAnswers(db, 'ingest'))

  it('answers alike after corrections and a rejection', async () => {
    const ids = (await store.eventsOfDocument(docs[1]!)).map((e) => e.event_id)
    const review = (body: object) => ReviewInputSchema.parse({ reviewer: 'test', ...body })
    const place = { location: 'Far Post', latitude: 33.3, longitude: -40.1, admin1: 'Low Marches' }
    await store.reviewEvent(ids[0]!, review({ action: 'correct', field: 'place', value: place }))
    await store.reviewEvent(ids[1]!, review({ action: 'correct', field: 'event_date',
      value: '2024-04-30' }))
    await store.reviewEvent(ids[2]!, review({ action: 'correct', field: 'event_date',
      value: null }))
    await store.reviewEvent(ids[3]!, review({ action: 'correct', field: 'type',
      value: { event_type: 'Protests', sub_event_type: 'Peaceful protest' } }))
    await store.reviewEvent(ids[4]!, review({ action: 'correct', field: 'fatalities', value: 40 }))
    await store.reviewEvent(ids[5]!, review({ action: 'confirm' }))
    await store.reviewEvent(ids[6]!, review({ action: 'reject' }))
    await sameAnswers(db, 'reviewed')
  })

  it('answers alike after a re-extraction replaced the events', async () => {
    await store.replaceEvents(docs[1]!, events(docs[1]!, 99, 45))
    await store.replaceEvents(docs[2]!, [])
    await sameAnswers(db, 're-extracted')
    const { rows } = await db.query<{ n: number }>(
      `SELECT (SELECT sum(n) FROM event_rollup WHERE grain = 'day')::int
        - (SELECT count(*) FROM events)::int AS n`)
    assert.equal(rows[0]?.n, 0, 'the day rows count every event once')
  })
})
