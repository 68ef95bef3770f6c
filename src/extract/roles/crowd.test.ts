/** @module Riots: a crowd's opponents are forces and armed men it fights, not places or victims. */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { extractEvents } from '../index.js'

// [label, sentence, actor2 pattern ('' = none)]
const CASES: ReadonlyArray<[string, string, RegExp | '']> = [
  [
    'a stormed building',
    'On Sunday, angry residents ransacked the gendarmerie in Fana and burned tires.',
    '',
  ],
  [
    'a death that angered the crowd',
    'Youths burned tires in Gao on Monday, furious about the death of a soldier ' +
      'shot dead by gunmen.',
    '',
  ],
  [
    'armed men a mob fights',
    'On Friday, a mob fought with unidentified gunmen in Timbuktu after they shot a local leader.',
    /^Unidentified Armed Group/,
  ],
  [
    'gendarmes the rioters fight',
    'On Friday, rioters threw stones at gendarmes in Kati, who fired tear gas.',
    /^Police Forces of Mali/,
  ],
]

describe('crowd opponents', () => {
  for (const [label, text, a2] of CASES) {
    it(label, () => {
      const e = extractEvents({ id: 'r', text, published_at: '2018-05-10' })[0]
      assert.equal(e?.event_type, 'Riots', label)
      assert.match(e?.actor1 ?? '', /^Rioters \(Mali\)/)
      if (a2 === '') assert.equal(e?.actor2, '', label)
      else assert.match(e?.actor2 ?? '', a2)
    })
  }
})
