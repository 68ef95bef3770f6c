/** @module Role frames on phrase shapes: noun phrases with two mentions, harm nouns, passives. */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { extractEvents } from '../index.js'

// [label, sentence, actor1 pattern, actor2 pattern ('' = none)]
const CASES: ReadonlyArray<[string, string, RegExp, RegExp | '']> = [
  [
    'a named force heading a generic noun is the patient, not the agent',
    'On Monday, a National Guard vehicle was seized after an exchange of fire near Léré.',
    /^Unidentified Armed Group/,
    /^(?:Military|Police) Forces of Mali/,
  ],
  [
    'two mentions in one noun phrase are no agent and patient',
    'On Monday, Barkhane forces raided a camp near Kidal. ' +
      'One Ansar Dine (JNIM) militant was killed.',
    /^Military Forces of France/,
    /^(?:Ansar Dine|JNIM)/,
  ],
  [
    'militants after a harm noun undergo it',
    'On Monday, French forces launched an operation near Ménaka, ' +
      'resulting in the death of seven militants.',
    /^Military Forces of France/,
    /^(?:Islamist Militia|Unidentified)/,
  ],
]

describe('role frames', () => {
  for (const [label, text, a1, a2] of CASES) {
    it(label, () => {
      const [e] = extractEvents({ id: 'f', text, published_at: '2018-09-10' })
      assert.match(e?.actor1 ?? '', a1)
      if (a2 === '') assert.equal(e?.actor2, '')
      else assert.match(e?.actor2 ?? '', a2)
    })
  }
})
