/**
 * @module
 * Tests for writeExport: dispatch to each format and E_BAD_ARGUMENT for an unknown one.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { FaultlineError } from '../../errors.js'
import { makeEvent } from '../../store/_fixtures.js'
import { collect, fromArray } from './_sink.js'
import { EXPORT_FORMATS, writeExport } from './index.js'

describe('writeExport', () => {
  it('dispatches on format', async () => {
    const cases: [string, (text: string) => unknown][] = [
      ['csv', (t) => t.split('\r\n')[0]?.split(',')[0]],
      ['geojson', (t) => JSON.parse(t).features[0].id],
      ['jsonl', (t) => JSON.parse(t.split('\n')[0] ?? '').event_id],
    ]
    assert.deepEqual(cases.map(([f]) => f), [...EXPORT_FORMATS], 'every format covered')
    const want = { csv: 'event_id_cnty', geojson: 'x-e00001', jsonl: 'x-e00001' }
    for (const [format, probe] of cases) {
      const sink = collect()
      const n = await writeExport(format, fromArray([makeEvent('x', 1)]), sink.out)
      assert.equal(n, 1, `${format}: count`)
      assert.equal(probe(sink.text()), want[format as keyof typeof want], `${format}: content`)
    }
  })

  it('rejects an unknown format with E_BAD_ARGUMENT', async () => {
    await assert.rejects(writeExport('xml', fromArray([]), collect().out), (e: unknown) => {
      assert.ok(e instanceof FaultlineError, 'a FaultlineError')
      assert.equal(e.code, 'E_BAD_ARGUMENT', 'code')
      assert.equal(e.message, 'unknown --format xml: use csv, geojson or jsonl', 'message')
      return true
    })
  })
})
