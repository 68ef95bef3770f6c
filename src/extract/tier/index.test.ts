/** @module Tier on whole reports: the news of the day vs background told around it. */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { extractEvents } from '../index.js'

// [label, report, published, expected "tier type" per record]
const CASES: ReadonlyArray<[string, string, string, string[]]> = [
  [
    'an undated event in a paragraph set in an older year is context',
    'On Monday, gunmen killed five traders near Gao.\n\nThe rebellion of 2012 split the ' +
      'north. Rebel fighters attacked the army garrison at Aguelhok and seized the town.',
    '2021-03-10',
    ['news Violence against civilians', 'context Battles'],
  ],
  [
    'a new paragraph without a year is the news again',
    'The rebellion of 2012 split the north.\n\nOn Monday, gunmen ambushed an army patrol ' +
      'near Aguelhok, killing three soldiers.',
    '2021-03-10',
    ['news Battles'],
  ],
  [
    'an event dated long before publication is context',
    'On 12 March 2019, militiamen attacked the village of Koulogon, killing 37 people.',
    '2021-03-10',
    ['context Violence against civilians'],
  ],
  [
    'news told beside a "since 2013" clause stays news',
    'Hundreds marched in Bamako on Monday against troops who have occupied Mali since 2013.',
    '2021-03-10',
    ['news Protests'],
  ],
]

describe('tier: news and context', () => {
  for (const [label, text, published, want] of CASES) {
    it(label, () => {
      const got = extractEvents({ id: 't', text, published_at: published }).map(
        (e) => `${e.tier} ${e.event_type}`,
      )
      assert.deepEqual(got, want)
    })
  }
})

describe('tier: the date of background told with a year only', () => {
  const cases: ReadonlyArray<[string, string, string[]]> = [
    [
      'an undated event in a paragraph set in 2012 happened in 2012',
      'On Monday, gunmen killed five traders near Gao.\n\nThe rebellion of 2012 split the ' +
        'north. Rebel fighters attacked the army garrison at Aguelhok and seized the town.',
      ['news 2021-03-08 1', 'context 2012-01-01 3'],
    ],
    [
      'a context event with a day keeps its day',
      'On 12 March 2019, militiamen attacked the village of Koulogon, killing 37 people.',
      ['context 2019-03-12 1'],
    ],
  ]
  for (const [label, text, want] of cases) {
    it(label, () => {
      const got = extractEvents({ id: 't', text, published_at: '2021-03-10' }).map(
        (e) => `${e.tier} ${e.event_date} ${e.time_precision}`,
      )
      assert.deepEqual(got, want)
    })
  }
})

describe('tier: told as background in its own sentence', () => {
  const cases: ReadonlyArray<[string, string, string[]]> = [
    [
      'a kidnapping told in the pluperfect in a story of a release is context',
      'Two aid workers were freed on Sunday. Militants had kidnapped the aid workers on March 1 ' +
        'near Ansongo.',
      ['context'],
    ],
    [
      'a pluperfect in reported speech is the news',
      'On Monday, the group said its fighters had ambushed an army convoy near Ansongo.',
      ['news'],
    ],
    [
      'a pluperfect with the speaker named after it is the news',
      'At least 30 people had been killed in the attack on Dioura by Monday evening, officials ' +
        'said.',
      ['news'],
    ],
    [
      'a photo caption is an illustration, not the news',
      'In this photo taken on Friday, March 5, 2021, people hold signs during a protest against ' +
        'the junta at Independence Square in Bamako.',
      ['context'],
    ],
    [
      'an attack named as the cause of aid delivered is context',
      'Russia delivered urgent aid to the army of Mali following a deadly attack on a ' +
        'gendarmerie school in Bamako on March 8, the portal reported.',
      ['context'],
    ],
    [
      'a toll before "following an attack" tells the event itself',
      'One person was killed and two injured following an attack on a checkpoint in Kidal.',
      ['news'],
    ],
    [
      'a verbless lead names its own event',
      'Local disturbances in Gao following the arrest of six traders by the police.',
      ['news'],
    ],
    [
      'a cue after the cause phrase in the same sentence tells the event',
      'On Monday, soldiers entered the hamlet of Dioura following an air raid, and killed eight ' +
        'villagers.',
      ['news'],
    ],
  ]
  for (const [label, text, want] of cases) {
    it(label, () => {
      const got = extractEvents({ id: 't', text, published_at: '2021-03-10' }).map((e) => e.tier)
      assert.deepEqual(got, want)
    })
  }
})
