/** @module Tests: victims counted before a soft "and …" boundary stay with their event. */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { extractEvents } from './index.js'

const cases: [string, number][] = [
  ['On May 7, three women and a boy were killed when their cart hit a landmine near Mopti.', 4],
  ['Two soldiers and a civilian were killed in an attack by gunmen on a checkpoint in Gao.', 3],
  ['A local councillor and a farmer were killed by unidentified gunmen in Djibo.', 2],
]

test('counted lead-in: "X and Y were killed" counts both', () => {
  for (const [text, want] of cases) {
    const events = extractEvents({ id: 'doc', text, published_at: '2018-06-20' })
    assert.equal(events.length, 1, text)
    assert.equal(events[0]?.fatalities, want, text)
  }
})
