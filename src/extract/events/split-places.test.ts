/** @module Pass 4 on whole reports: one event per listed place, and per listed target. */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { extractEvents } from '../index.js'
import { TARGET_JOINER } from './data/targets.js'

// [label, report, expected "type/sub-type@location" per record]
const CASES: ReadonlyArray<[string, string, string[]]> = [
  [
    'two targets, each with its place, are two events typed by their own target',
    'On Monday, militants attacked a passenger bus near Gao and the army post in Bamba.',
    ['Violence against civilians/Attack@Gao', 'Battles/Armed clash@Bamba'],
  ],
  [
    'a lede that names no place merges into the listed targets it retells',
    'Thirty people, including 20 civilians and 10 soldiers, were killed on Monday in two ' +
      'attacks claimed by JNIM. The government declared national mourning. The two separate ' +
      'attacks targeted a passenger boat near Gourma-Rharous and a military camp at Bamba, in ' +
      'the Gao region.',
    ['Violence against civilians/Attack@Gourma Rharous', 'Battles/Armed clash@Bamba'],
  ],
  [
    'a lede merged with a listed place no gazetteer knows keeps that name, not the country',
    'Thirty people, including 20 civilians and 10 soldiers, were killed on Monday in two ' +
      'attacks claimed by JNIM in northern Mali. The government declared national mourning. ' +
      'The two separate attacks targeted a passenger boat on the Niger River and a military camp ' +
      'at Bamba, in the Gao region.',
    ['Violence against civilians/Attack@Niger River', 'Battles/Armed clash@Bamba'],
  ],
  [
    'a plain list after "near" stays one event',
    'On Monday, militants attacked villages near Gao and Bamba.',
    ['Violence against civilians/Attack@Gao'],
  ],
]

describe('split places: one event per listed place or target', () => {
  for (const [label, text, want] of CASES) {
    it(label, () => {
      const got = extractEvents({ id: 'p', text, published_at: '2021-03-10' }).map(
        (e) => `${e.event_type}/${e.sub_event_type}@${e.location}`,
      )
      assert.deepEqual(got, want)
    })
  }
})

describe('split places: the text that opens a listed target', () => {
  const cases: ReadonlyArray<[string, string, boolean]> = [
    ['quoted target', ' and “the army post” in ', true],
    ['target with two words before its head', ' and a passenger boat near ', true],
    ['French target with an adjective after its head', ' et le poste militaire de ', true],
    ['a plain joiner is no target', ' and ', false],
    ['a clause with a verb is no target', ' and the army said in ', false],
  ]
  for (const [label, gap, want] of cases) {
    it(label, () => assert.equal(TARGET_JOINER.test(gap), want))
  }
})
