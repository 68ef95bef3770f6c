/**
 * @module Tests for a name matched as written only abroad in a sentence that sets it at home: a
 * near spelling at home wins (home-variant.ts); without the home stated, nothing changes.
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { resolveMentions } from './disambiguate.js'
import { findPlaceMentions } from './find-mentions.js'

const resolve = (text: string, name: string, country = 'Mali') =>
  resolveMentions(text, findPlaceMentions(text), country).find((r) => r.mention.text === name)

const cases: [string, string, string | undefined][] = [
  ['army of the home country', 'Gunmen hit a post of the Malian army at Wonkoro.', 'Mali'],
  ['French demonym', "Des assaillants ont visé l'armée malienne à Wonkoro.", 'Mali'],
  ['country named', 'Gunmen attacked the village of Wonkoro in central Mali on Sunday.', 'Mali'],
  ['region named', 'Gunmen raided the village of Wonkoro, in the Mopti region, at dawn.', 'Mali'],
]

for (const [label, text, want] of cases) {
  test(`home variant: ${label}`, () => {
    const r = resolve(text, 'Wonkoro')
    assert.equal(r?.place?.country, want, label)
    assert.equal(r?.place?.admin1, 'Mopti', label)
  })
}

test('home variant: without the home stated in the sentence, the exact name is not respelt', () => {
  const text = 'Gunmen attacked the village of Wonkoro on Sunday.'
  assert.notEqual(resolve(text, 'Wonkoro')?.place?.admin1, 'Mopti')
})

test('home variant: a text set in the country of the exact match keeps it', () => {
  const text = 'Gunmen attacked a post of the Burkinabe army at Wonkoro on Sunday.'
  assert.equal(resolve(text, 'Wonkoro', 'Burkina Faso')?.place?.country, 'Burkina Faso')
})
