/**
 * @module
 * Tests for `components`: transitive linking, singletons, ids derived from the smallest event id,
 * and the same incidents for every one of the 120 orders of five reports.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { makeEvent } from '../store/_fixtures.js'
import { components, incidentId } from './components.js'

const R = [
  makeEvent('d1', 1, { event_date: '2024-03-01' }),
  makeEvent('d2', 1, { event_date: '2024-03-02' }),
  makeEvent('d3', 1, { event_date: '2024-03-03' }),
  makeEvent('d4', 1, { longitude: 23.0 }),
  makeEvent('d5', 1, { event_type: 'Protests', sub_event_type: 'Peaceful protest' }),
]

function* permutations<T>(xs: readonly T[]): Generator<T[]> {
  if (xs.length <= 1) yield [...xs]
  else for (let i = 0; i < xs.length; i++) {
    for (const rest of permutations([...xs.slice(0, i), ...xs.slice(i + 1)])) {
      yield [xs[i] as T, ...rest]
    }
  }
}

describe('components', () => {
  it('links transitively (d1–d2–d3 though d1 and d3 are two days apart)', () => {
    const got = components(R).map((c) => c.eventIds)
    const want = [['d1-e00001', 'd2-e00001', 'd3-e00001'], ['d4-e00001'], ['d5-e00001']]
    assert.deepEqual(got.map((g) => g.join()).sort(), want.map((w) => w.join()).sort())
  })

  it('ids come from the smallest member event id', () => {
    const c = components(R).find((x) => x.eventIds.length === 3)
    assert.equal(c?.id, incidentId(['d3-e00001', 'd1-e00001']))
    assert.match(c?.id ?? '', /^inc_[0-9a-f]{16}$/)
  })

  it('every order of five reports gives the same incidents', () => {
    const want = JSON.stringify(components(R))
    let count = 0
    for (const order of permutations(R)) {
      assert.equal(JSON.stringify(components(order)), want, `order ${order.map((r) => r.doc_id)}`)
      count++
    }
    assert.equal(count, 120)
  })
})
