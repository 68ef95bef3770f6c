/**
 * @module
 * The fine cells (migration 0010) answer as the events do: maps with a box at zooms 3–10 and
 * without one at zooms 7–10 over random invented points (clustered, on fine and zoom-6 cell
 * lines, without coordinates), read from `event_rollup` and from a plain scan of the events, on
 * PGlite and PostgreSQL — after ingest, after a moved, re-typed and rejected event, and after a
 * re-extraction (deletes recount the cut cells).
 */
import assert from 'node:assert/strict'
import { readFile } from 'node:fs/promises'
import { after, before, describe, it } from 'node:test'
import { makeDoc, makeEvent } from '../store/_fixtures.js'
import { BACKENDS } from '../store/_backends.js'
import type { Database } from '../store/queryable.js'
import { createSqlStore } from '../store/sql-store.js'
import type { Store } from '../store/store.js'
import { sql as fineSql } from '../store/migrations/0010-fine-cells.js'
import { ReviewInputSchema } from '../schema/review.js'
import type { EventRecord } from '../schema/event.js'
import { FINE_ZOOM, fineMapRows } from './aggregate-fine.js'
import { aggregateMap, cellDegrees } from './aggregate-map.js'
import type { MapAggregate } from './aggregate-schema.js'
import type { EventFilter } from './filters.js'

const TYPES = ['Battles', 'Protests', 'Riots'] as const
const F = cellDegrees(FINE_ZOOM)
const CENTRES = [[14.4, -4.2], [12.1, 0.05], [-3.3, 20.7]] as const

/** A seeded generator of numbers in [0, 1). */
function random(seed: number) {
  let a = seed
  return () => (a = (a * 1103515245 + 12345) % 2147483648) / 2147483648
}

/** Points in three clusters (one across the prime meridian), some on cell lines, some unplaced. */
function events(docId: string, seed: number, count: number): EventRecord[] {
  const r = random(seed)
  return Array.from({ length: count }, (_, i) => {
    const [clat, clon] = CENTRES[Math.floor(r() * 3)]!
    const onLine = r() < 0.15
    const lat = onLine ? F * Math.round((clat + (r() - 0.5)) / F) : clat + (r() - 0.5) * 1.2
    const lon = onLine ? F * 16 * Math.round((clon + (r() - 0.5)) / F / 16)
      : clon + (r() - 0.5) * 1.2
    const k = r()
    return makeEvent(docId, i, {
      event_type: TYPES[Math.floor(r() * 3)],
      country: r() < 0.5 ? 'Vandoria' : 'Ostrel',
      admin1: ['North Reach', ''][Math.floor(r() * 2)],
      latitude: k < 0.05 ? null : lat,
      longitude: k < 0.08 ? null : lon,
      fatalities: Math.floor(r() * 9),
    })
  })
}

/** Random boxes around the clusters, from a few fine cells across to a few degrees. */
function boxes(seed: number, count: number) {
  const r = random(seed)
  return Array.from({ length: count }, () => {
    const zoom = 3 + Math.floor(r() * 8)
    const [clat, clon] = CENTRES[Math.floor(r() * 3)]!
    const w = 0.2 + r() * 3
    const h = 0.2 + r() * 3
    const south = clat - r() * h
    const west = clon - r() * w
    return { zoom, bbox: { west, south, east: west + w, north: south + h } }
  })
}

const FILTERS: EventFilter[] = [{}, { type: 'Protests' }, { country: 'ostrel' },
  { admin1: 'north reach', type: 'Battles' }]

/** Mean positions are sums added in another order: equal to 1e-9°; cells in a fixed order. */
function comparable(m: MapAggregate) {
  const round = (x: number) => Math.round(x * 1e9) / 1e9
  const cells = m.cells.map((c) => ({ ...c, lat: round(c.lat), lon: round(c.lon) }))
  return { ...m, cells: cells.sort((x, y) => x.lat - y.lat || x.lon - y.lon) }
}

async function sameAnswers(db: Database, label: string) {
  for (const f of FILTERS) {
    const tag = `${label} ${JSON.stringify(f)}`
    for (const { zoom, bbox } of boxes(label.length * 31, 12)) {
      const fine = (await fineMapRows(db, f, zoom, bbox)) !== null
      if (!fine) assert.ok(bbox.east - bbox.west < 2 * F || bbox.north - bbox.south < 2 * F, tag)
      const rolled = await aggregateMap(db, f, { zoom, bbox })
      const scanned = await aggregateMap(db, f, { zoom, bbox }, { rollup: false })
      assert.deepEqual(comparable(rolled), comparable(scanned), `${tag} z${zoom} ${bbox.west}`)
    }
    for (const zoom of [7, 8, 10]) {
      assert.notEqual(await fineMapRows(db, f, zoom), null, `${tag} zoom ${zoom} reads fine`)
      const rolled = await aggregateMap(db, f, { zoom })
      const scanned = await aggregateMap(db, f, { zoom }, { rollup: false })
      assert.deepEqual(comparable(rolled), comparable(scanned), `${tag} map zoom ${zoom}`)
    }
  }
  assert.equal(await fineMapRows(db, { since: '2024-01-01' }, 8), null, 'dates: not fine')
  assert.equal(await fineMapRows(db, {}, 11), null, 'zoom 11: not fine')
  const { rows } = await db.query<{ n: number }>(
    `SELECT (SELECT sum(n) FROM event_rollup WHERE grain = 'fine_cell')::int
      - (SELECT count(*) FROM events)::int AS n`)
  assert.equal(rows[0]?.n, 0, `${label}: the fine cells count every event once`)
}

it('0010-fine-cells.ts embeds 0010-fine-cells.sql unchanged', async () => {
  const url = new URL('../store/migrations/0010-fine-cells.sql', import.meta.url)
  assert.equal(fineSql.trim(), (await readFile(url, 'utf8')).trim())
})

for (const backend of BACKENDS) describe(`fine cells vs events (${backend.name})`, () => {
  let db: Database
  let store: Store
  const docs: string[] = []
  before(async () => {
    db = await backend.openDb()
    store = createSqlStore(db)
    for (let d = 0; d < 3; d++) {
      const id = `doc_fine_${d}`
      await store.ingest(makeDoc(`Fine report ${d}`), id, events(id, 11 + d, 150))
      docs.push(id)
    }
  })
  after(() => store.close())

  it('answers alike after ingest', () => sameAnswers(db, 'ingest'))

  it('answers alike after corrections, a rejection and a re-extraction', async () => {
    const ids = (await store.eventsOfDocument(docs[0]!)).map((e) => e.event_id)
    const review = (body: object) => ReviewInputSchema.parse({ reviewer: 'test', ...body })
    const place = { location: 'Far Post', latitude: 12.3, longitude: 0.2, admin1: 'Low Marches' }
    await store.reviewEvent(ids[0]!, review({ action: 'correct', field: 'place', value: place }))
    await store.reviewEvent(ids[1]!, review({ action: 'correct', field: 'type',
      value: { event_type: 'Protests', sub_event_type: 'Peaceful protest' } }))
    await store.reviewEvent(ids[2]!, review({ action: 'correct', field: 'fatalities', value: 40 }))
    await store.reviewEvent(ids[3]!, review({ action: 'correct', field: 'event_date',
      value: null }))
    await store.reviewEvent(ids[4]!, review({ action: 'reject' }))
    await sameAnswers(db, 'reviewed')
    await store.replaceEvents(docs[1]!, events(docs[1]!, 99, 80))
    await store.replaceEvents(docs[2]!, [])
    await sameAnswers(db, 're-extracted')
  })
})
