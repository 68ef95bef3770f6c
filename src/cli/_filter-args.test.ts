/**
 * @module
 * The CLI's filter flags: dashed flags reach the schema's keys (under either name citty gives
 * them), values are checked by the API's schema, and a bad value names its flag.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { filterArgs, parseFilterArgs } from './_filter-args.js'

describe('filter flags', () => {
  it('every filter of the dashboard has a flag', () => {
    for (const flag of ['since', 'until', 'type', 'sub-type', 'actor', 'country', 'admin1',
      'outlet', 'certainty', 'tier', 'near', 'q', 'known-by']) {
      assert.ok(flag in filterArgs, flag)
    }
  })

  it('maps dashed and camelCase flags to the schema keys', () => {
    assert.deepEqual(parseFilterArgs({ 'sub-type': 'Armed clash', knownBy: '2024-03-05',
      certainty: 'hedged', tier: 'news', admin1: 'Mopti', json: true }), {
      sub_type: 'Armed clash', known_by: '2024-03-05T23:59:59.999Z', certainty: 'hedged',
      tier: 'news', admin1: 'Mopti',
    })
  })

  it('a bad value names the dashed flag', () => {
    assert.throws(() => parseFilterArgs({ 'known-by': 'yesterday' }), /invalid --known-by/)
    assert.throws(() => parseFilterArgs({ certainty: 'maybe' }), /invalid --certainty/)
  })
})
