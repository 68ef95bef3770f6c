/** @module Pass 5 on whole reports: a lede and its details make one record; distinct events stay apart. */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { extractEvents } from '../index.js'

// [label, report, published, expected (type @ location, date) per record]
const CASES: ReadonlyArray<[string, string, string, string[]]> = [
  [
    'a country-level lede merges into the detailed telling',
    'Gunmen killed eleven soldiers in Mali earlier this week, the army said. The attack took ' +
      'place on Monday at Ansongo, where militants stormed an army post before dawn.',
    '2021-03-04',
    ['Battles @ Ansongo 2021-03-01'],
  ],
  [
    'an undated retelling takes the day of the dated one',
    'A protest took place in Gao demanding the return of the governor. The Friday protest ' +
      'drew hundreds of traders to the main square of Gao.',
    '2021-03-08',
    ['Protests @ Gao 2021-03-05'],
  ],
  [
    'two protests at two towns on one day stay apart',
    'On Friday, hundreds of people demonstrated in Gao against the curfew. On Friday, ' +
      'students also demonstrated in Mopti against school closures.',
    '2021-03-08',
    ['Protests @ Gao 2021-03-05', 'Protests @ Mopti 2021-03-05'],
  ],
  [
    'a listed place no gazetteer knows stays its own event',
    'On Monday, gunmen attacked two army posts in Kelbassoro and Mondoro, in central Mali.',
    '2021-03-10',
    ['Battles @ Kelbassoro 2021-03-08', 'Battles @ Mondoro 2021-03-08'],
  ],
  [
    'a killing in a village no gazetteer knows is no vague lede of a clash elsewhere',
    'On Monday, gunmen killed five villagers in Kelbassoro. On Monday, soldiers clashed with ' +
      'the attackers in Mondoro.',
    '2021-03-10',
    ['Violence against civilians @ Kelbassoro 2021-03-08', 'Battles @ Mondoro 2021-03-08'],
  ],
  [
    'attacks on the same village a week apart stay apart',
    'On 2 March, gunmen attacked the village of Ansongo and killed four herders. ' +
      'On 9 March, gunmen attacked the village of Ansongo again and killed two traders.',
    '2021-03-12',
    ['Violence against civilians @ Ansongo 2021-03-02', 'Violence against civilians @ Ansongo 2021-03-09'],
  ],
  [
    'an abduction "earlier this month" is the one told with its day',
    'NIAMEY, (Sahel News) – Three nurses abducted earlier this month in western Niger have ' +
      'been freed. Gunmen had kidnapped the nurses on March 4 near Ayorou.',
    '2021-03-20',
    ['Violence against civilians @ Ayorou 2021-03-04'],
  ],
  [
    'a retelling framed as background on the same day is the same event',
    'Soldiers overthrew President Kaboré in Ouagadougou on Monday. On Tuesday, protesters ' +
      'burned tires in Bobo-Dioulasso. Colonel Damiba, who was named leader following ' +
      "Monday's coup in Ouagadougou, said he would restore order.",
    '2022-01-26',
    [
      'Strategic developments @ Ouagadougou 2022-01-24',
      'Riots @ Bobo-Dioulasso 2022-01-25',
    ],
  ],
]

describe('dedupe: one record per event', () => {
  for (const [label, text, published, want] of CASES) {
    it(label, () => {
      const got = extractEvents({ id: 'r', text, published_at: published }).map(
        (e) => `${e.event_type} @ ${e.location} ${e.event_date}`,
      )
      assert.deepEqual(got, want)
    })
  }
})
