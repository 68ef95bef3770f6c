/**
 * @module
 * The SemEval-2020 Task 11 span score as implemented in `scripts/eval-ptc.ts`, on spans written
 * by hand: partial-overlap credit, merged overlaps, empty sides.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { mergeIntervals, spanScore } from '../../scripts/eval-ptc.js'

const sets = (spans: readonly (readonly [number, number])[]) =>
  new Map([['a1', spans.map(([start, end]) => ({ start, end }))]])

describe('spanScore', () => {
  const cases = [
    { label: 'exact match', pred: [[0, 10]], gold: [[0, 10]], p: 1, r: 1 },
    { label: 'prediction inside gold', pred: [[0, 5]], gold: [[0, 10]], p: 1, r: 0.5 },
    { label: 'gold inside prediction', pred: [[0, 20]], gold: [[5, 15]], p: 0.5, r: 1 },
    { label: 'no overlap', pred: [[0, 5]], gold: [[10, 20]], p: 0, r: 0 },
    {
      label: 'one prediction over two gold spans',
      pred: [[0, 20]],
      gold: [
        [0, 10],
        [10, 20],
      ],
      p: 1,
      r: 1,
    },
    { label: 'no predictions', pred: [], gold: [[0, 10]], p: 0, r: 0 },
  ] as const
  for (const c of cases) {
    it(c.label, () => {
      const sc = spanScore(sets(c.pred), sets(c.gold))
      assert.equal(sc.p, c.p, `${c.label}: precision`)
      assert.equal(sc.r, c.r, `${c.label}: recall`)
    })
  }

  it('mergeIntervals joins overlapping spans but not touching ones', () => {
    const merged = mergeIntervals([
      { start: 5, end: 9 },
      { start: 0, end: 6 },
      { start: 9, end: 12 },
      { start: 20, end: 30 },
      { start: 25, end: 26 },
    ])
    const want = [
      { start: 0, end: 9 },
      { start: 9, end: 12 },
      { start: 20, end: 30 },
    ]
    assert.deepEqual(merged, want, 'overlaps merged, the touching span kept apart')
  })
})
