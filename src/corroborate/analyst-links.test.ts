/**
 * @module
 * The analyst's links inside `components`: a 'same' link joins reports the machine keeps apart,
 * a 'different' link keeps apart reports it would join — also when a third report would bridge
 * them — the latest link of a pair wins, and the result does not depend on the input order.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { makeEvent } from '../store/_fixtures.js'
import { mergeLinks, pairKey, splitLinks } from './analyst-links.js'
import { components } from './components.js'

// d1–d2–d3 are one ambush to the machine (dates a day apart); d4 is 300 km away.
const R = [
  makeEvent('d1', 1, { event_date: '2024-03-01' }),
  makeEvent('d2', 1, { event_date: '2024-03-02' }),
  makeEvent('d3', 1, { event_date: '2024-03-03' }),
  makeEvent('d4', 1, { longitude: 23.0 }),
]
const groups = (links: Parameters<typeof components>[2], rs = R) =>
  components(rs, undefined, links).map((c) => c.eventIds.join(' ')).sort()

describe('analyst links', () => {
  it('without links the machine decides', () => {
    assert.deepEqual(groups([]), ['d1-e00001 d2-e00001 d3-e00001', 'd4-e00001'])
  })

  it("a 'same' link merges what the machine keeps apart", () => {
    assert.deepEqual(groups(mergeLinks(['d4-e00001', 'd1-e00001'])), ['d1-e00001 d2-e00001 d3-e00001 d4-e00001'])
  })

  it("a split holds even when a third report would bridge the two sides", () => {
    // d2 moved out; d1 and d3 are two days apart, which the machine links only through d2.
    const split = splitLinks(['d1-e00001', 'd2-e00001', 'd3-e00001'], ['d3-e00001'])
    assert.deepEqual(split.map((l) => `${l.a}>${l.b}:${l.kind}`), ['d3-e00001>d1-e00001:different',
      'd3-e00001>d2-e00001:different'])
    assert.deepEqual(groups(split), ['d1-e00001 d2-e00001', 'd3-e00001', 'd4-e00001'])
    const bridge = makeEvent('d0', 1, { event_date: '2024-03-02' })
    for (const order of [[bridge, ...R], [...R].reverse().concat(bridge)]) {
      const got = groups(split, order)
      assert.equal(got.filter((g) => g.includes('d1-e00001') && g.includes('d3-e00001')).length, 0, 'apart')
      assert.deepEqual(got, groups(split, [bridge, ...R]), 'same result in any order')
    }
  })

  it('the latest link of a pair wins; links to reports outside are ignored', () => {
    const links = [
      { a: 'd1-e00001', b: 'd4-e00001', kind: 'different' as const },
      { a: 'd4-e00001', b: 'd1-e00001', kind: 'same' as const },
      { a: 'd1-e00001', b: 'zz-e00009', kind: 'same' as const },
    ]
    assert.deepEqual(groups(links), ['d1-e00001 d2-e00001 d3-e00001 d4-e00001'])
    assert.equal(pairKey('b', 'a'), pairKey('a', 'b'))
  })
})
