/**
 * @module
 * Tests for the JSONL export: one schema-valid record per line, outlet left out, backpressure.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { EventSchema } from '../../schema/event.js'
import { makeEvent } from '../../store/_fixtures.js'
import { collect, fromArray, slowSink } from './_sink.js'
import { writeJsonl } from './jsonl.js'

describe('jsonl', () => {
  it('one full record per line, outlet left out, valid against EventSchema', async () => {
    const events = [
      makeEvent('j', 1),
      makeEvent('j', 2, {
        evidence: [{ start: 1, end: 9, text: 'line\nbreak "q"' }],
        fatalities_min: 1,
      }),
    ]
    const sink = collect()
    const n = await writeJsonl(fromArray(events.map((e) => ({ ...e, outlet: 'Ledger' }))), sink.out)
    const lines = sink.text().split('\n')
    assert.equal(n, 2, 'count')
    assert.equal(lines.length, 3, 'two lines and a final newline')
    assert.equal(lines[2], '', 'ends with newline')
    for (const [i, want] of events.entries()) {
      const got = JSON.parse(lines[i] ?? '')
      assert.deepEqual(got, JSON.parse(JSON.stringify(want)), `line ${i}: the record`)
      assert.equal('outlet' in got, false, `line ${i}: no outlet`)
      assert.equal(EventSchema.safeParse(got).success, true, `line ${i}: schema-valid`)
    }
  })

  it('honours backpressure', async () => {
    const sink = slowSink()
    const events = Array.from({ length: 100 }, (_, i) => makeEvent('k', i))
    assert.equal(await writeJsonl(fromArray(events), sink.out), 100, 'count')
    assert.ok(sink.drains() > 0, 'backpressure hit')
    await new Promise<void>((resolve) => sink.out.end(resolve))
    assert.equal(sink.text().trimEnd().split('\n').length, 100, 'all lines arrived')
  })
})
