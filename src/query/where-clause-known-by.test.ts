/**
 * @module
 * Tests for the `known_by` filter (timeline playback): an event counts as known from its
 * document's publication date (midnight UTC), or from the ingest time when the document has no
 * date. Checked on every backend (PGlite, and PostgreSQL when configured) through the list, the
 * map aggregate and the timeline aggregate, which share the WHERE clause. Invented reports.
 */
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { BACKENDS, type Backend } from '../store/_backends.js'
import { makeDoc, makeEvent } from '../store/_fixtures.js'
import type { Database } from '../store/queryable.js'
import { createSqlStore } from '../store/sql-store.js'
import type { Store } from '../store/store.js'
import { aggregateMap } from './aggregate-map.js'
import { aggregateTimeline } from './aggregate-timeline.js'
import { EventFilterSchema } from './filters.js'

/** A (published 1 March): two events; B (5 March): one; C (undated, ingested 10 March noon). */
async function load(store: Store, db: Database): Promise<void> {
  await store.ingest(makeDoc('Early report.', { published_at: '2024-03-01' }), 'A', [
    makeEvent('A', 1, { event_date: '2024-02-28' }),
    makeEvent('A', 2, { event_date: '2024-02-29', event_type: 'Protests',
      sub_event_type: 'Peaceful protest' }),
  ])
  await store.ingest(makeDoc('Later report.', { published_at: '2024-03-05' }), 'B', [
    makeEvent('B', 1, { event_date: '2024-03-04', latitude: null, longitude: null }),
  ])
  await store.ingest(makeDoc('Undated report.', { published_at: null }), 'C', [
    makeEvent('C', 1, { event_date: '2024-03-09' }),
  ])
  await db.query(
    `UPDATE documents SET ingested_at = '2024-03-10T12:00:00Z'::timestamptz WHERE id = 'C'`,
  )
}

function suite(backend: Backend): void {
  describe(`known_by (${backend.name})`, () => {
    let db: Database
    let store: Store
    before(async () => {
      db = await backend.openDb()
      store = createSqlStore(db)
      await load(store, db)
    })
    after(() => store.close())

    const ids = async (input: Record<string, string>) => {
      const filter = EventFilterSchema.parse(input)
      const page = await store.listEvents(filter, { limit: 100, offset: 0 })
      return page.items.map((e) => e.event_id).sort()
    }

    it('keeps events whose report was known by then', async () => {
      const A = ['A-e00001', 'A-e00002']
      const cases: [string, Record<string, string>, string[]][] = [
        ['before any report', { known_by: '2024-02-29' }, []],
        ['a bare date is the whole day', { known_by: '2024-03-01' }, A],
        ['midnight UTC of the publication date', { known_by: '2024-03-01T00:00:00Z' }, A],
        ['a second before', { known_by: '2024-02-29T23:59:59Z' }, []],
        ['an offset moves the instant', { known_by: '2024-03-05T00:30:00+01:00' }, A],
        ['second report', { known_by: '2024-03-09' }, [...A, 'B-e00001']],
        ['undated: not before ingest', { known_by: '2024-03-10T11:59:59Z' }, [...A, 'B-e00001']],
        ['undated: from ingest', { known_by: '2024-03-10T12:00:00Z' },
          [...A, 'B-e00001', 'C-e00001']],
        ['with another filter', { known_by: '2024-03-09', type: 'Battles' },
          ['A-e00001', 'B-e00001']],
      ]
      for (const [label, input, want] of cases) assert.deepEqual(await ids(input), want, label)
    })

    it('applies to the map and timeline aggregates', async () => {
      const filter = EventFilterSchema.parse({ known_by: '2024-03-05' })
      const map = await aggregateMap(db, filter, { zoom: 4 })
      assert.equal(map.total, 3, 'map total')
      assert.equal(map.unplaced, 1, 'B has no coordinates')
      const all = await aggregateMap(db, EventFilterSchema.parse({}), { zoom: 4 })
      assert.equal(all.total, 4, 'map total without the filter')
      const tl = await aggregateTimeline(db, filter, { bucket: 'week' })
      assert.equal(tl.total, 3, 'timeline total')
      assert.equal(tl.buckets.reduce((n, b) => n + b.events, 0), 3, 'timeline buckets')
    })
  })
}

for (const backend of BACKENDS) suite(backend)

describe('known_by parsing', () => {
  it('normalises to a UTC instant and refuses ambiguous or bad values', () => {
    const parse = (v: string) => EventFilterSchema.safeParse({ known_by: v })
    const ok: [string, string][] = [
      ['2024-03-01', '2024-03-01T23:59:59.999Z'],
      ['2024-03-01T08:00:00Z', '2024-03-01T08:00:00.000Z'],
      ['2024-03-01T08:00:00+02:00', '2024-03-01T06:00:00.000Z'],
    ]
    for (const [input, want] of ok) {
      const r = parse(input)
      assert.ok(r.success, input)
      assert.equal(r.data.known_by, want, input)
    }
    const bad = ['2024-02-30', '2024-03-01T08:00:00', 'yesterday', "'; DROP TABLE events; --"]
    for (const value of bad) {
      assert.equal(parse(value).success, false, value)
    }
  })
})
