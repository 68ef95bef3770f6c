/** @module Looting and property destruction: the looter, and whose property it was. */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { extractEvents } from '../index.js'

// [label, sentence, actor1 pattern, actor2 pattern]
const CASES: ReadonlyArray<[string, string, RegExp, RegExp]> = [
  [
    'the bracketed coalition of the looter owns nothing',
    'On Friday, suspected Katiba Macina (JNIM) militants seized three motorbikes near Tenenkou.',
    /^JNIM/,
    /^Civilians \(Mali\)/,
  ],
  [
    'gunmen believed to be militiamen of a named group',
    'On Sunday, gunmen believed to be GATIA militiamen robbed traders near Tidermene.',
    /^GATIA/,
    /^Civilians \(Mali\)/,
  ],
  [
    'a force named as the owner',
    'On Monday, unknown gunmen seized a vehicle of the Malian army near Léré.',
    /^Unidentified Armed Group/,
    /^Military Forces of Mali/,
  ],
]

describe('looting', () => {
  for (const [label, text, a1, a2] of CASES) {
    it(label, () => {
      const e = extractEvents({ id: 'l', text, published_at: '2018-11-10' })[0]
      assert.match(e?.actor1 ?? '', a1, label)
      assert.match(e?.actor2 ?? '', a2, label)
    })
  }
})
