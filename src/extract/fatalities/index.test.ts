/** @module Fatality counts: numbers, words, ranges, bounds, French, wounded excluded. */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { combineCounts, countDeaths } from './index.js'

// [label, sentence, expected value (null = no count), expected max (undefined = not checked)]
const CASES: ReadonlyArray<[string, string, number | null, (number | null)?]> = [
  ['digits passive', '3 soldiers were killed in an ambush near Diabaly.', 3],
  ['word count', 'Gunmen killed six civilians in the fields.', 6],
  ['at least', 'Militiamen killed at least 32 herders, according to officials.', 32, null],
  ['range keeps lower bound', 'Between 10 and 15 people were killed in the raid.', 10, 15],
  ['dash range', 'The attack left 10-15 dead.', 10, 15],
  ['coordinated sum', 'Two soldiers and three militiamen were killed in the fighting.', 5],
  [
    'wounded not counted',
    'Jihadists attacked the post, killing one guard and wounding six others.',
    1,
  ],
  ['wounded first', 'Four were wounded and two killed in the blast.', 2],
  ['article one', 'A farmer was shot dead by unknown gunmen.', 1],
  ['dead noun', 'The clash resulted in one dead and one wounded.', 1],
  ['no casualties', 'An IED hit the convoy, no casualties were reported.', 0],
  ['not people', 'The raiders killed three cattle and burned a hut.', null],
  ['dozens', 'Dozens of villagers were killed in the massacre.', 12],
  ['several is three', 'Several soldiers were killed in the ambush.', 3],
  ['French count', 'Trois soldats ont été tués dans une embuscade.', 3],
  ['French object', 'Des hommes armés ont tué deux civils à Boni.', 2],
  ['French dizaine', "L'attaque a fait une dizaine de morts.", 10],
  ['French au moins', 'Au moins 12 personnes ont été tuées.', 12],
  ['vingt et un', 'Vingt et un civils ont été tués.', 21],
  ['hyphenated', 'Twenty-one civilians were killed.', 21],
  ['neutralised', 'Twenty jihadists were neutralised by the air force.', 20],
  ['lives of', 'The raid claimed the lives of at least 14 herders near Kessel.', 14, null],
  ['la vie à', "L'embuscade a coûté la vie à sept soldats près de Kessel.", 7],
  ['toll', 'The death toll rose to 30.', 30],
  ['coordinated singulars', 'Gunmen attacked a car, killing a village chief and his driver.', 2],
  ['subset not added', 'Two militiamen including an officer were killed in the blast.', 2],
  ['as many as', 'As many as 60 herders were killed over five days.', 60],
  ['parenthesis skipped', '10 Dozo hunters (Bambara) were killed in an ambush.', 10],
  [
    'weapon object is not a victim',
    'Soldiers discovered and neutralized an IED on the road.',
    null,
  ],
  ['passive past an adverb', 'A merchant was reportedly executed at the market.', 1],
  ['article and a name', 'Unknown gunmen killed a Bozo near the river.', 1],
  ['partitive', 'One of the four gendarmes later died of his injuries.', 1],
  ['animal object', 'Gunmen killed a cow and left.', null],
  ['list of counts', '5 guards, 1 gendarme and 6 assailants were killed, 1 guard wounded.', 12],
  [
    'killing given as a reason',
    'Residents protested in reaction to the killing of two farmers.',
    null,
  ],
  [
    'relative clause after the victim',
    'Militants killed a trader who is the brother of a general.',
    1,
  ],
  ['no death words', 'Gunmen abducted five traders near Gao.', null],
]

describe('countDeaths', () => {
  for (const [label, text, value, max] of CASES) {
    it(label, () => {
      const got = countDeaths(text, 0, text.length)
      assert.equal(got?.value ?? null, value)
      if (max !== undefined) assert.equal(got?.max, max)
      for (const s of got?.spans ?? []) assert.ok(s.end > s.start && s.end <= text.length)
    })
  }
})

describe('combineCounts', () => {
  it('sums counts of two sentences of one event', () => {
    const a = countDeaths('Gunmen killed two soldiers.', 0, 27)
    const b = countDeaths('Three attackers were killed.', 0, 28)
    assert.equal(combineCounts([a, b]).value, 5)
  })
  it('a larger toll replaces the sum', () => {
    const a = countDeaths('Gunmen killed two soldiers.', 0, 27)
    const b = countDeaths('The toll rose to 9.', 0, 19)
    assert.equal(combineCounts([a, b]).value, 9)
  })
})
