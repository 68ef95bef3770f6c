/** @module Hedge detection (English and French). */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { foldText } from '../text/span.js'
import { assessCertainty } from './index.js'

const CASES: ReadonlyArray<[string, string, 'reported' | 'hedged', string?]> = [
  ['reportedly', 'Gunmen reportedly killed two herders near Dioura.', 'hedged', 'reportedly'],
  ['suspected', 'Suspected jihadists burned a school in Boni.', 'hedged', 'Suspected'],
  ['claimed', 'The group claimed the attack on the camp.', 'hedged', 'claimed'],
  ['unconfirmed', 'According to unconfirmed reports, ten soldiers died.', 'hedged'],
  ['would have', 'The assailants would have fled towards the border.', 'hedged', 'would have'],
  ['French conditionnel', 'Les assaillants auraient tué trois civils.', 'hedged', 'auraient'],
  ['French présumés', 'Des jihadistes présumés ont attaqué le poste.', 'hedged', 'présumés'],
  ['plain report', 'Soldiers killed four militants near Gao on Monday.', 'reported'],
  ['a toll is no claim', 'The raid claimed the lives of six herders at Kessel.', 'reported'],
  ['plain French', "L'armée a repoussé une attaque à Boulkessi.", 'reported'],
]

describe('assessCertainty', () => {
  for (const [label, text, expected, cue] of CASES) {
    it(label, () => {
      const got = assessCertainty(foldText(text), 0, text.length)
      assert.equal(got.certainty, expected)
      if (cue && got.span) assert.equal(text.slice(got.span.start, got.span.end), cue)
    })
  }
})
