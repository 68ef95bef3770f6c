/** @module Tests for reference places: 'X near Y', 'X, 40 km north of Y', 'X, commune of Y'. */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { locateEvent } from './locate-event.js'

/** label, text, expected location, expected precision */
type Case = [string, string, string, 1 | 2 | 3]

const CASES: readonly Case[] = [
  [
    'a known place near a town is the place',
    'Two drivers were hurt when their lorry hit a mine in the Tabrichat area near Tessalit.',
    'Tabrichat',
    2,
  ],
  [
    'the commune that qualifies a village only locates it',
    'A mine killed a farmer in the area of Tomona, commune of Diafarabe, on Tuesday.',
    'Tomona',
    2,
  ],
  [
    'an unknown place is coded at its reference town',
    'Herders were robbed at Zorkatanga, near Tessalit, on Monday.',
    'Tessalit',
    2,
  ],
  [
    'a namesake too far from the stated distance gives way to the town',
    'Gunmen ambushed a patrol in Ibdakan, 40 km north of Kidal.',
    'Kidal',
    2,
  ],
  [
    'an unknown place a stated distance from a town is coded at the town',
    'Unknown gunmen burned two militia posts in the area of Zorkatanga, 50km east of Timbuktu.',
    'Timbuktu',
    2,
  ],
  [
    'a French bearing with de locates an unknown place at the town',
    'Des frappes ont visé des terroristes dans le secteur de Tin Kawalan ' +
      'à 30 km au nord-est de Tessalit.',
    'Tessalit',
    2,
  ],
  [
    'a place in a cause clause is not the event place',
    'Following threats in the Menaka sector, air strikes hit militants in Tin Kawalan, ' +
      '30 km north of Tessalit.',
    'Tessalit',
    2,
  ],
  [
    'a cause word inside the main clause is the event itself',
    'Ten dead following a blast which hit a bus between Boni and Hombori on Monday.',
    'Boni',
    2,
  ],
  [
    'a heading is no reference',
    'Gunmen attacked a checkpoint in Ansongo on the road towards Menaka.',
    'Ansongo',
    1,
  ],
  [
    'a suburb of a capital is coded at the capital',
    'Youths clashed with gendarmes in Senou on the outskirts of Bamako on Friday.',
    'Bamako',
    2,
  ],
  [
    'villages named after a plural site word are the place',
    'Jihadists torched classrooms across the communes of Sebete and Toubacoro in Banamba.',
    'Sebete',
    1,
  ],
  [
    'a border country is no reference',
    'A mine wounded two soldiers in Zorkatanga near the Burkina Faso border, Mopti region.',
    'Mopti',
    3,
  ],
]

test('locateEvent: reference places', () => {
  for (const [label, text, location, precision] of CASES) {
    const got = locateEvent({ text, focus: { start: 0, end: text.length }, countryHint: 'Mali' })
    assert.equal(got?.location, location, `${label}: location`)
    assert.equal(got?.geo_precision, precision, `${label}: precision`)
  }
})

test("referencePlaces: the possessor of 'Kidal's Anefis area' only locates", () => {
  const text = "A mass grave was found in Kidal's Anefis area on Monday."
  const got = locateEvent({ text, focus: { start: 0, end: text.length }, countryHint: 'Mali' })
  assert.notEqual(got?.location, 'Kidal', 'the held place, not its possessor')
  assert.equal(got?.geo_precision, 2, 'an area')
})
