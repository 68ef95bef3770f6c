/**
 * @module
 * Tests for normalizeDate: ISO dates and timestamps, long forms in both languages, rejects.
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { normalizeDate } from './normalize-date.js'

test('normalizeDate', async (t) => {
  const cases: [string, string | null | undefined, string | null][] = [
    ['ISO date', '2023-04-12', '2023-04-12'],
    ['ISO timestamp keeps the written day', '2023-04-12T23:30:00-05:00', '2023-04-12'],
    ['ISO with space separator', '2023-04-12 08:00', '2023-04-12'],
    ['impossible ISO date', '2023-02-30', null],
    ['English long form', 'April 12, 2023', '2023-04-12'],
    ['French long form', '12 avril 2023', '2023-04-12'],
    ['month and year only is too vague', 'April 2023', null],
    ['garbage', 'yesterday-ish', null],
    ['empty', '  ', null],
    ['missing', undefined, null],
  ]
  for (const [label, input, want] of cases) {
    await t.test(label, () => assert.equal(normalizeDate(input), want))
  }
})
