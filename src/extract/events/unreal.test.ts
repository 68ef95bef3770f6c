/** @module Clauses that tell no event of the day yield no event; hedged or reported facts still do. */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { extractEvents } from '../index.js'

// [label, sentence, events expected]
const CASES: ReadonlyArray<[string, string, number]> = [
  ['threat to attack', 'The junta said the army is ready to attack Kidal if the rebels refuse.', 0],
  ['conditional', 'If the rebels refuse, soldiers would storm the camp near Kidal within hours.', 0],
  ['modal future', 'Analysts warn that jihadists could overrun the town of Menaka next month.', 0],
  ['call for a march', 'One protester called for a march on Gao in the coming days.', 0],
  ['habit', 'Villagers in Douentza dig trenches to protect their homes from recurring attacks.', 0],
  ['ongoing state', '"We are fighting for our homeland," a soldier in Gao told reporters.', 0],
  ['span of years', 'Jihadist groups have fought the army in central Mali since 2015.', 0],
  [
    'comparison with an earlier event',
    'It was the bloodiest day since the massacre in Ogossagou, residents of Bankass said.',
    0,
  ],
  [
    'French comparison: the superlative after the noun',
    "C'est l'attaque la plus meurtrière depuis celle de Djibo, selon les habitants de Kaya.",
    0,
  ],
  ['French conditional future', "L'armée pourrait attaquer les positions rebelles à Kidal.", 0],
  ['French call', 'Les syndicats ont appelé à une grève générale à Bamako.', 0],
  ['a quoted protester', '"We want peace," one protester in Gao told reporters.', 0],
  ['speech at a protest', 'I am happy, a resident of Gao said at the protest.', 0],
  [
    'a denounced threat is a speech',
    'The prime minister denounced the president’s threat to withdraw troops from Gao.',
    0,
  ],
  ['hedged past is a fact', 'Gunmen may have killed six herders near Bankass on Sunday.', 1],
  [
    'reported fact with a later modal clause',
    'Gunmen killed six herders near Bankass on Sunday, and the toll could rise.',
    1,
  ],
  ['plain past', 'Militants attacked an army post in Boni on Tuesday, killing four soldiers.', 1],
]

describe('unreal: hypotheticals, intentions, habits and background yield no event', () => {
  for (const [label, text, n] of CASES) {
    it(label, () => {
      const got = extractEvents({ id: 'u', text, published_at: '2021-03-10' })
      assert.equal(got.length, n, JSON.stringify(got.map((e) => e.sub_event_type)))
    })
  }
})
