/** @module Date mentions through chrono-node: what each reads, its offsets, kinds and dates. */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { findDates } from './index.js'

// [label, text, published, mention text, kind, date, precision]
const MENTIONS: ReadonlyArray<[string, string, string, string, string, string | null, number]> = [
  [
    'abbreviated month',
    'On Dec. 12, gunmen burned a market.',
    '2021-12-14',
    'Dec. 12',
    'calendar',
    '2021-12-12',
    1,
  ],
  [
    'comma after month',
    'Gunmen attacked the post on August, 25.',
    '2020-08-27',
    'August, 25',
    'calendar',
    '2020-08-25',
    1,
  ],
  [
    'no space after dot',
    'Two IEDs hit a convoy on Apr.3 near Gao.',
    '2020-04-05',
    'Apr.3',
    'calendar',
    '2020-04-03',
    1,
  ],
  [
    'day of month',
    'Rebels took the town on the 3rd of March.',
    '2020-03-05',
    '3rd of March',
    'calendar',
    '2020-03-03',
    1,
  ],
  [
    'weekday and date',
    'On Monday, March 15, a mine exploded.',
    '2021-03-17',
    'Monday, March 15',
    'calendar',
    '2021-03-15',
    1,
  ],
  [
    'French weekday and date',
    'Le mercredi 3 mars 2021, un camion a sauté.',
    '2021-03-05',
    'mercredi 3 mars 2021',
    'calendar',
    '2021-03-03',
    1,
  ],
  [
    'French abbreviation',
    'Le 30 sept., des bandits ont pillé un marché.',
    '2020-10-02',
    '30 sept',
    'calendar',
    '2020-09-30',
    1,
  ],
  [
    'French pair of days',
    'Les 14 et 15 mars, des combats ont eu lieu.',
    '2021-03-17',
    '14 et 15 mars',
    'calendar',
    '2021-03-14',
    2,
  ],
  [
    'French approximate',
    'Vers le 4 mars, un chef a été enlevé.',
    '2021-03-10',
    '4 mars',
    'calendar',
    '2021-03-04',
    2,
  ],
  [
    'French night of Saturday to Sunday',
    'Dans la nuit du vendredi 8 au samedi 9 juillet 2022, des hommes armés ont incendié le marché.',
    '2022-07-11',
    'vendredi 8 au samedi 9 juillet 2022',
    'calendar',
    '2022-07-08',
    1,
  ],
  [
    'between two days',
    'Between 3 and 5 May, soldiers searched the village.',
    '2019-05-08',
    '3 and 5 May',
    'calendar',
    '2019-05-03',
    2,
  ],
  [
    'day-first numeric',
    'The clash of 12/03/2021 left two dead.',
    '2021-03-20',
    '12/03/2021',
    'calendar',
    '2021-03-12',
    1,
  ],
  [
    'French month of a year',
    'En mars 2012, la rébellion a pris Kidal.',
    '2021-03-20',
    'mars 2012',
    'month',
    '2012-03-01',
    3,
  ],
  [
    'English month of a year',
    'Since March 2016, the road has been closed.',
    '2021-03-20',
    'March 2016',
    'month',
    '2016-03-01',
    3,
  ],
  [
    'two-digit count after a day',
    'On August 25, 17 people were killed.',
    '2021-08-27',
    'August 25',
    'calendar',
    '2021-08-25',
    1,
  ],
  [
    'French weekday dernier',
    'Ils ont frappé mardi dernier.',
    '2021-03-16',
    'mardi dernier',
    'weekday',
    '2021-03-09',
    1,
  ],
  [
    'a day a few weeks after publication stays in the year',
    'The group claimed it on May 21.',
    '2019-05-16',
    'May 21',
    'calendar',
    '2019-05-21',
    1,
  ],
  [
    'a day months after publication is last year',
    'The group attacked on November 2.',
    '2019-05-16',
    'November 2',
    'calendar',
    '2018-11-02',
    1,
  ],
]

describe('findDates', () => {
  for (const [label, text, pub, said, kind, date, precision] of MENTIONS) {
    it(label, () => {
      const m = findDates(text, pub).find((d) => d.kind !== 'year')
      assert.ok(m, 'a mention')
      assert.equal(text.slice(m.start, m.end), said)
      assert.equal(m.kind, kind)
      assert.equal(m.date, date)
      assert.equal(m.precision, precision)
    })
  }
  it('times, casual words, fractions and verbs are not calendar dates', () => {
    const text = 'At 3pm, half (1/2) of the town fled; they may 3 times march 5 km tomorrow.'
    assert.deepEqual(findDates(text, '2021-03-17'), [])
  })
  it('other spellings: "Mar.", d.m.yyyy, d-m-yyyy, yyyy-mm-dd', () => {
    const texts = ['On Mar. 5 in Gao.', 'Vu le 05.03.2021.', 'Vu le 5-3-2021.', 'On 2021-03-05.']
    for (const t of texts) assert.equal(findDates(t, '2021-03-17')[0]?.date, '2021-03-05', t)
  })
})
