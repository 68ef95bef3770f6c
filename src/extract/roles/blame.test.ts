/** @module Roles named outside the event's own clause: the blamed perpetrators, qualifiers. */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { extractEvents } from '../index.js'

// [label, text, actor1 pattern, actor2 pattern ('' = none)]
const CASES: ReadonlyArray<[string, string, RegExp, RegExp | '']> = [
  [
    'the perpetrators are alleged to be a named group',
    'Twelve herders were killed near Anderamboukane last week. ' +
      'The perpetrators are alleged to be GATIA militiamen.',
    /^GATIA/,
    /^Civilians/,
  ],
  [
    'the perpetrators were a named group (blast)',
    'A suicide bomber attacked an army camp in Gao, killing ten soldiers. ' +
      'The perpetrators were Al Mourabitoun fighters.',
    /^JNIM/, // Al Mourabitoun is coded as JNIM after March 2017
    /^Military Forces of Mali/,
  ],
  [
    "a 'Fulani-focused' source is no party",
    'A Fulani-focused association said that unknown gunmen killed four herders near Bankass.',
    /^Unidentified Armed Group/,
    /^Civilians/,
  ],
]

describe('roles: blamed perpetrators and qualifiers', () => {
  for (const [label, text, a1, a2] of CASES) {
    it(label, () => {
      const e = extractEvents({ id: 't', text, published_at: '2017-07-10' }).find(
        (x) => x.tier === 'news',
      )
      assert.ok(e, `${label}: no event`)
      assert.match(e.actor1, a1, `${label}: actor1 ${e.actor1}`)
      if (a2 === '') assert.equal(e.actor2, '', `${label}: actor2`)
      else assert.match(e.actor2, a2, `${label}: actor2 ${e.actor2}`)
    })
  }
})
