/** @module Tests for chooseWings: the wing of a split movement named by its coalition. */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { findActorMentions } from './find-mentions.js'

const first = (text: string): string =>
  findActorMentions(text, { country: 'Mali' })[0]?.actor.name ?? ''

test('chooseWings: a coalition tag after a split movement names its wing', () => {
  const cases: [string, RegExp, string][] = [
    ['An officer of the MAA (CMA) was shot in Ber.', /\(CMA\)$/, 'bracketed tag'],
    ['MAA fighters from the CMA patrolled near Ber.', /\(CMA\)$/, "'from the CMA'"],
    ['MAA combatants (members of the CMA) were ambushed.', /\(CMA\)$/, "'(members of the CMA)'"],
    ['MAA fighters attacked a CMA post near Ber.', /\(Platform\)$/, 'a CMA target is no tag'],
    ['The MAA held a meeting in Timbuktu.', /\(Platform\)$/, 'no tag: default wing'],
  ]
  for (const [text, want, label] of cases) assert.match(first(text), want, label)
})

test('chooseWings: the bracketed tag is part of the mention', () => {
  const ms = findActorMentions('An officer of the MAA (CMA) was shot.', { country: 'Mali' }).filter(
    (m) => !m.weak,
  )
  assert.equal(ms.length, 1)
  assert.equal(ms[0]?.text, 'MAA (CMA)')
})
