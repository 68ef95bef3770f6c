/**
 * @module
 * `GET /api/aggregate/outlets` against a real PGlite store: two invented outlets tell one ambush
 * (one a day earlier) and one of them a protest too; per-outlet counts, types, publication dates,
 * shared incidents and first reports, and the event filters.
 */
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Hono } from 'hono'
import { OutletCompareListSchema } from '../../query/aggregate-schema.js'
import type { EventRecord } from '../../schema/event.js'
import { makeDoc, makeEvent } from '../../store/_fixtures.js'
import { openTestStore } from '../../store/_test-db.js'
import type { Store } from '../../store/store.js'
import { createApp } from '../app.js'

describe('GET /api/aggregate/outlets', () => {
  let s2: Store
  let a2: Hono
  before(async () => {
    s2 = await openTestStore()
    a2 = createApp({ store: s2, version: 'test', log: () => {} })
    const put = async (key: string, outlet: string, published: string, o: Partial<EventRecord>) => {
      const id = `doc_${key}`
      const doc = makeDoc(`Invented ambush report ${key}.`, { outlet, published_at: published })
      await s2.ingest(doc, id, [makeEvent(id, 1, o)])
      await s2.updateIncidents(id)
    }
    // One ambush told by two outlets (River Post a day earlier), and a protest only one covers.
    await put('a', 'Sahel Courier', '2024-03-03', { fatalities: 6 })
    await put('b', 'River Post', '2024-03-02', { fatalities: 8 })
    await put('c', 'River Post', '2024-04-02', { event_type: 'Protests', fatalities: 0,
      sub_event_type: 'Peaceful protest', event_date: '2024-04-01', location: 'Brask' })
  })
  after(() => s2.close())

  it('counts each outlet and who published a shared incident first', async () => {
    const res = await a2.request('/api/aggregate/outlets')
    assert.equal(res.status, 200)
    const { items } = OutletCompareListSchema.parse(await res.json())
    assert.deepEqual(items.map((o) => [o.outlet, o.documents, o.events, o.fatalities]), [
      ['River Post', 2, 2, 8], ['Sahel Courier', 1, 1, 6],
    ])
    const river = items[0]
    assert.deepEqual(river?.by_type, { Battles: 1, Protests: 1 })
    assert.deepEqual([river?.first_published, river?.last_published], ['2024-03-02', '2024-04-02'])
    assert.deepEqual(items.map((o) => [o.shared_incidents, o.first_reports]), [[1, 1], [1, 0]])
  })

  it('takes the event filters', async () => {
    const res = await a2.request('/api/aggregate/outlets?type=Protests')
    const { items } = OutletCompareListSchema.parse(await res.json())
    const rows = items.map((o) => [o.outlet, o.events, o.shared_incidents])
    assert.deepEqual(rows, [['River Post', 1, 0]])
    assert.equal((await a2.request('/api/aggregate/outlets?zoom=3')).status, 400)
  })
})
