/**
 * @module
 * `GET /api/aggregate/map` and `/timeline` against a real PGlite store holding 185 invented events:
 * two dense towns, a scatter of lone villages and a few without coordinates or date. Checks that
 * cells and points add up to what was stored, that filters and bbox apply, that the series is
 * consecutive with the right fatalities, the 400s, ETag revalidation and the OpenAPI entries.
 */
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Hono } from 'hono'
import { MapAggregateSchema, TimelineAggregateSchema } from '../../query/aggregate-schema.js'
import type { EventRecord } from '../../schema/event.js'
import { makeDoc, makeEvent } from '../../store/_fixtures.js'
import { openTestStore } from '../../store/_test-db.js'
import type { Store } from '../../store/store.js'
import { createApp } from '../app.js'
import { ErrorBodySchema } from '../schemas.js'

const day = (base: string, plus: number) =>
  new Date(Date.parse(`${base}T00:00:00Z`) + plus * 86_400_000).toISOString().slice(0, 10)

/** Kessel (100 battles, 1 dead each), Brask (60 attacks, 2 each), 15 lone villages, 10 odd ones. */
function events(): EventRecord[] {
  const out: EventRecord[] = []
  const add = (o: Partial<EventRecord>) => out.push(makeEvent('AGG', out.length + 1, o))
  for (let i = 0; i < 100; i++) {
    add({ latitude: 14.5 + (i % 10) * 0.001, longitude: -4.2 + i * 0.0001, fatalities: 1,
      event_date: day('2024-01-01', i % 70), location: 'Kessel' })
  }
  for (let i = 0; i < 60; i++) {
    add({ latitude: 16.27, longitude: -0.04 + i * 0.0002, fatalities: 2, location: 'Brask',
      event_type: 'Violence against civilians', sub_event_type: 'Attack',
      event_date: day('2024-01-08', i % 14) })
  }
  for (let i = 0; i < 15; i++) {
    add({ latitude: 10 + i * 2, longitude: 5 + i * 2, fatalities: 0, location: `Village ${i}`,
      event_type: 'Protests', sub_event_type: 'Peaceful protest', event_date: '2024-05-20' })
  }
  for (let i = 0; i < 6; i++) add({ latitude: null, longitude: null, fatalities: 5 })
  for (let i = 0; i < 4; i++) {
    add({ event_date: null, fatalities: 7, latitude: 14.5, longitude: -4.2 })
  }
  return out
}

let store: Store
let app: Hono

before(async () => {
  store = await openTestStore()
  app = createApp({ store, version: 'test', log: () => {} })
  await store.ingest(makeDoc('Aggregate fixture report.'), 'AGG', events())
})
after(() => store.close())

const get = async (path: string) => {
  const res = await app.request(path)
  assert.equal(res.status, 200, `${path}: status`)
  return res
}
const map = async (q: string) =>
  MapAggregateSchema.parse(await (await get(`/api/aggregate/map?${q}`)).json())
const series = async (q: string) =>
  TimelineAggregateSchema.parse(await (await get(`/api/aggregate/timeline?${q}`)).json())

describe('GET /api/aggregate/map', () => {
  it('dense towns become cells, lone villages points; everything adds up', async () => {
    const m = await map('zoom=6')
    assert.deepEqual([m.total, m.unplaced, m.in_view], [185, 6, 179])
    const cellSum = m.cells.reduce((s, c) => s + c.count, 0)
    assert.equal(cellSum + m.points.length, 179, 'cells + points = events in view')
    const kessel = m.cells.find((c) => c.count === 104)
    assert.ok(kessel, 'Kessel with its 4 undated events is one cell')
    assert.deepEqual([kessel.type, kessel.fatalities], ['Battles', 100 + 4 * 7])
    const brask = m.cells.find((c) => c.type === 'Violence against civilians')
    assert.deepEqual([brask?.count, brask?.fatalities, brask?.by_type], [
      60, 120, { 'Violence against civilians': 60 },
    ])
    assert.ok(Math.abs((brask?.lat ?? 0) - 16.27) < 1e-9, 'cell at the mean position')
    assert.equal(m.points.length, 15, 'one point per lone village')
    assert.ok(m.points.every((p) => p.location.startsWith('Village ')))
    assert.deepEqual(m.extent, { south: 10, west: -4.2, north: 38, east: 33 })
  })

  it('lone events and a deep zoom: every event is a point', async () => {
    const few = await map('zoom=6&type=Protests')
    assert.deepEqual([few.cells.length, few.points.length], [0, 15])
    const dense = await map('zoom=6&bbox=-1,16,1,17')
    assert.deepEqual([dense.cells.length, dense.points.length], [1, 0], 'Brask stays a cell')
    const deep = await map('zoom=12&bbox=-0.05,16,0,16.5')
    assert.deepEqual([deep.cells.length, deep.points.length], [0, 60], 'Brask at zoom 12')
  })

  it('bbox and filters restrict what is counted, not the totals of the filter', async () => {
    const m = await map('zoom=5&bbox=-5,14,-3,15')
    assert.deepEqual([m.in_view, m.total], [104, 185])
    const since = await map('zoom=5&since=2024-05-01')
    assert.deepEqual([since.total, since.in_view, since.points.length], [15, 15, 15])
    const wide = await map('zoom=3&bbox=-400,-95,400,95')
    assert.equal(wide.in_view, 179, 'out-of-range bbox is clamped to the world')
  })

  it('refuses unknown, repeated and malformed parameters with a hint', async () => {
    for (const q of ['zoom=4&limit=5', 'zoom=4&zoom=5', 'bbox=1,2,3', 'bbox=5,0,1,1', 'zoom=30',
      'bbox=a,b,c,d', 'certainty=sure']) {
      const res = await app.request(`/api/aggregate/map?${q}`)
      assert.equal(res.status, 400, q)
      const body = ErrorBodySchema.parse(await res.json())
      assert.ok(body.error.message.length > 0, `${q}: message`)
    }
  })

  it('answers If-None-Match with 304', async () => {
    const first = await get('/api/aggregate/map?zoom=6')
    const tag = first.headers.get('ETag')
    assert.ok(tag)
    const headers = { 'If-None-Match': tag }
    const again = await app.request('/api/aggregate/map?zoom=6', { headers })
    assert.equal(again.status, 304)
  })
})

describe('GET /api/aggregate/timeline', () => {
  it('weeks from the first Monday to the last, gaps as zeros, fatalities per week', async () => {
    const t = await series('bucket=week')
    assert.deepEqual([t.bucket, t.total, t.undated, t.earlier], ['week', 185, 4, 0])
    assert.equal(t.buckets[0]?.start, '2024-01-01')
    assert.equal(t.buckets.at(-1)?.start, '2024-05-20')
    for (const [i, b] of t.buckets.entries()) {
      assert.equal(new Date(`${b.start}T00:00:00Z`).getUTCDay(), 1, `${b.start} is a Monday`)
      if (i > 0) assert.equal(b.start, day(t.buckets[i - 1]?.start ?? '', 7), 'consecutive')
      assert.equal(b.end, day(b.start, 6))
    }
    const sum = (k: 'events' | 'fatalities') => t.buckets.reduce((s, b) => s + b[k], 0)
    assert.equal(sum('events'), 181, 'every dated event once')
    assert.equal(sum('fatalities'), 100 + 120 + 6 * 5, 'fatalities of dated events')
    const second = t.buckets[1]
    assert.deepEqual(second?.by_type, { Battles: 14, 'Violence against civilians': 32 })
    assert.ok(t.buckets.some((b) => b.events === 0), 'an empty week between January and May')
  })

  it('months on request; auto picks weeks for a short span and months for a long one', async () => {
    const months = await series('bucket=month')
    assert.deepEqual(months.buckets.map((b) => [b.start, b.end, b.events]), [
      ['2024-01-01', '2024-01-31', 61 + 60], ['2024-02-01', '2024-02-29', 29],
      ['2024-03-01', '2024-03-31', 10 + 6], ['2024-04-01', '2024-04-30', 0],
      ['2024-05-01', '2024-05-31', 15],
    ])
    assert.equal((await series('')).bucket, 'week')
    const old = makeEvent('OLD', 1, { event_date: '2019-06-03' })
    await store.ingest(makeDoc('An old report.'), 'OLD', [old])
    const long = await series('')
    assert.equal(long.bucket, 'month')
    assert.equal(long.buckets.length, 60, 'June 2019 to May 2024')
    assert.equal((await series('type=Protests')).bucket, 'week', 'filters decide the span')
  })

  it('refuses an unknown bucket', async () => {
    const res = await app.request('/api/aggregate/timeline?bucket=day')
    assert.equal(res.status, 400)
  })
})

describe('OpenAPI', () => {
  it('documents both operations with the event filters and their own parameters', async () => {
    const doc = (await (await get('/api/openapi.json')).json()) as {
      paths: Record<string, { get: { parameters: { name: string }[] } }>
      components: { schemas: Record<string, unknown> }
    }
    const names = (p: string) => doc.paths[p]?.get.parameters.map((x) => x.name) ?? []
    for (const key of ['zoom', 'bbox', 'since', 'type', 'outlet', 'tier']) {
      assert.ok(names('/api/aggregate/map').includes(key), `map: ${key}`)
    }
    assert.ok(names('/api/aggregate/timeline').includes('bucket'))
    assert.ok(doc.components.schemas.MapAggregate && doc.components.schemas.TimelineAggregate)
  })
})
