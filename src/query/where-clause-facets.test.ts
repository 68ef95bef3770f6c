/**
 * @module
 * Tests for the facet filters of `whereClause` (admin1, sub_type, outlet, certainty, tier) against
 * a real PGlite store: each alone, combined with the older filters, any case for names, and
 * SQL metacharacters kept as data. Invented places, outlets and actors.
 */
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { EventRecord } from '../schema/event.js'
import { makeDoc, makeEvent } from '../store/_fixtures.js'
import { openTestStore } from '../store/_test-db.js'
import type { Store } from '../store/store.js'
import { EventFilterSchema } from './filters.js'

const ev = (doc: string, n: number, o: Partial<EventRecord>) => makeEvent(doc, n, o)
const A = [
  ev('A', 1, { admin1: 'North Reach', sub_event_type: 'Armed clash', certainty: 'reported' }),
  ev('A', 2, {
    admin1: 'Lowmarsh', event_type: 'Violence against civilians', sub_event_type: 'Attack',
    certainty: 'hedged',
  }),
  ev('A', 3, { admin1: 'Lowmarsh', tier: 'context', sub_event_type: 'Armed clash' }),
]
const B = [
  ev('B', 1, {
    admin1: 'North Reach', event_type: 'Explosions/Remote violence',
    sub_event_type: 'Remote explosive/landmine/IED', certainty: 'hedged',
  }),
]

describe('facet filters against PGlite', () => {
  let store: Store
  before(async () => {
    store = await openTestStore()
    await store.ingest(makeDoc('Facet report A', { outlet: 'Kessel Courier' }), 'A', A)
    await store.ingest(makeDoc('Facet report B', { outlet: "L'Écho du Nord" }), 'B', B)
  })
  after(() => store.close())

  const ids = async (input: Record<string, string>) => {
    const filter = EventFilterSchema.parse(input)
    const page = await store.listEvents(filter, { limit: 100, offset: 0 })
    return page.items.map((e) => e.event_id).sort()
  }

  it('each facet alone and combined', async () => {
    const cases: [string, Record<string, string>, string[]][] = [
      ['admin1, any case', { admin1: 'lowmarsh' }, ['A-e00002', 'A-e00003']],
      ['admin1 is whole-name', { admin1: 'Low' }, []],
      ['sub_type, any case', { sub_type: 'armed CLASH' }, ['A-e00001', 'A-e00003']],
      ['sub_type with slashes', { sub_type: 'Remote explosive/landmine/IED' }, ['B-e00001']],
      ['outlet of the document', { outlet: 'kessel courier' }, ['A-e00001', 'A-e00002', 'A-e00003']],
      ['outlet with apostrophe and accent', { outlet: "l'écho du nord" }, ['B-e00001']],
      ['certainty hedged', { certainty: 'hedged' }, ['A-e00002', 'B-e00001']],
      ['tier context', { tier: 'context' }, ['A-e00003']],
      ['tier news + admin1', { tier: 'news', admin1: 'Lowmarsh' }, ['A-e00002']],
      ['outlet + certainty', { outlet: 'Kessel Courier', certainty: 'hedged' }, ['A-e00002']],
      ['type + admin1', { type: 'Battles', admin1: 'North Reach' }, ['A-e00001']],
    ]
    for (const [label, input, want] of cases) assert.deepEqual(await ids(input), want, label)
  })

  it('rejects values outside the closed sets', () => {
    for (const input of [{ certainty: 'maybe' }, { tier: 'rumour' }, { sub_type: '' }]) {
      assert.equal(EventFilterSchema.safeParse(input).success, false, JSON.stringify(input))
    }
  })

  it('SQL metacharacters in facet values are data', async () => {
    for (const key of ['admin1', 'sub_type', 'outlet'] as const) {
      assert.deepEqual(await ids({ [key]: "x' OR '1'='1" }), [], key)
    }
    assert.equal((await store.summary()).events, 4, 'every row still there')
  })
})
