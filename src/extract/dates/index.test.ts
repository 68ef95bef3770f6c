/** @module Date rules: explicit, relative, weekdays, French, ranges and nights. */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { findDates, resolveEventDate } from './index.js'

// [label, text, published, expected date, expected precision]
const CASES: ReadonlyArray<[string, string, string, string | null, number]> = [
  [
    'month day, year inferred',
    'On August 7, gunmen attacked a post.',
    '2018-08-09',
    '2018-08-07',
    1,
  ],
  [
    'day month year',
    'On 15 October 2020, militants killed two men.',
    '2020-10-17',
    '2020-10-15',
    1,
  ],
  ['year wraps back', 'On December 30, an IED exploded.', '2019-01-02', '2018-12-30', 1],
  [
    'weekday before publication',
    'Soldiers were ambushed on Tuesday.',
    '2021-03-12',
    '2021-03-09',
    1,
  ],
  ['weekday same day', 'The attack happened on Friday.', '2021-03-12', '2021-03-12', 1],
  ['last weekday goes back a week', 'He was abducted last Friday.', '2021-03-12', '2021-03-05', 1],
  [
    'French weekday dernier',
    'Des hommes armés ont attaqué le village dimanche dernier.',
    '2022-06-20',
    '2022-06-19',
    1,
  ],
  [
    'French day month',
    'Le 12 mars, des jihadistes ont tué trois civils.',
    '2021-03-14',
    '2021-03-12',
    1,
  ],
  [
    'French 1er',
    'Le 1er août 2019, une embuscade a visé une patrouille.',
    '2019-08-05',
    '2019-08-01',
    1,
  ],
  [
    'night of X to Y',
    'On the night of 14 to 15 July, the camp was shelled.',
    '2020-07-16',
    '2020-07-14',
    1,
  ],
  [
    'French nuit du',
    'Dans la nuit du 14 au 15 juillet, le camp a été visé.',
    '2020-07-16',
    '2020-07-14',
    1,
  ],
  [
    'range lowers precision',
    'On November 1 and 2, militants closed schools.',
    '2018-11-03',
    '2018-11-01',
    2,
  ],
  [
    'around lowers precision',
    'Around 4 July, militiamen detained villagers.',
    '2018-07-05',
    '2018-07-04',
    2,
  ],
  ['last week', 'Last week, gunmen burned a school.', '2019-05-10', '2019-05-03', 2],
  ['yesterday', 'Yesterday two soldiers were killed.', '2019-05-10', '2019-05-09', 1],
  ['hier in French', 'Hier, deux soldats ont été tués.', '2019-05-10', '2019-05-09', 1],
  [
    'earlier this month',
    'Earlier this month, jihadists attacked Boni.',
    '2019-05-20',
    '2019-05-13',
    3,
  ],
  ['no date uses publication', 'Gunmen attacked a convoy near Gao.', '2019-05-20', '2019-05-20', 1],
]

describe('resolveEventDate', () => {
  for (const [label, text, pub, date, precision] of CASES) {
    it(label, () => {
      const got = resolveEventDate(text, findDates(text, pub), { start: 0, end: text.length }, pub)
      assert.equal(got.date, date)
      assert.equal(got.precision, precision)
      if (got.mention) assert.ok(got.mention.end <= text.length)
    })
  }
  it('the previous morning is the day before the day named before it', () => {
    const text =
      'On Sunday, August 25, a video circulated. The previous morning, gunmen killed villagers.'
    const cue = text.indexOf('killed')
    const got = resolveEventDate(
      text,
      findDates(text, '2024-08-27'),
      { start: text.indexOf('The previous'), end: text.length, cue },
      '2024-08-27',
    )
    assert.equal(got.date, '2024-08-24')
  })
  it('the day nearest the cue wins over a reporting date', () => {
    const text = "A statement late Wednesday said 30 soldiers were wounded in Monday's ambush."
    const got = resolveEventDate(
      text,
      findDates(text, '2019-11-21'),
      { start: 0, end: text.length, cue: text.indexOf('ambush') },
      '2019-11-21',
    )
    assert.equal(got.date, '2019-11-18')
  })
  it('a calendar date beats a relative day', () => {
    const text = 'On 14 June 2018, commandos carried out an operation overnight near Kidal.'
    const got = resolveEventDate(
      text,
      findDates(text, '2018-06-15'),
      { start: 0, end: text.length, cue: text.indexOf('operation') },
      '2018-06-15',
    )
    assert.equal(got.date, '2018-06-14')
  })
  it('a relative day in a later sentence does not date the event', () => {
    const text = 'A convoy was attacked near Gao. Six soldiers were executed the following day.'
    const got = resolveEventDate(
      text,
      findDates(text, '2017-07-18'),
      { start: 0, end: text.length, cue: text.indexOf('attacked') },
      '2017-07-18',
    )
    assert.equal(got.date, '2017-07-18')
  })
  it('a statement date is not the event date', () => {
    const text =
      'HRW accused, on Monday, April 20, the army of having executed 31 men in Djibo on April 9.'
    const got = resolveEventDate(
      text,
      findDates(text, '2020-04-20'),
      { start: 0, end: text.length, cue: text.indexOf('executed') },
      '2020-04-20',
    )
    assert.equal(got.date, '2020-04-09')
  })
  it('no publication date and no year gives null', () => {
    const text = 'On August 7, gunmen attacked a post.'
    assert.equal(
      resolveEventDate(text, findDates(text, null), { start: 0, end: text.length }).date,
      null,
    )
  })
})

describe('resolveEventDate with later and unanchored days', () => {
  const at = (text: string, pub: string, word: string, from = 0) =>
    resolveEventDate(
      text,
      findDates(text, pub),
      { start: from, end: text.length, cue: text.indexOf(word) },
      pub,
    ).date
  it('a day after publication does not date the event', () => {
    const text = 'A convoy was attacked near Gao, and the group claimed it on May 21.'
    assert.equal(at(text, '2019-05-16', 'attacked'), '2019-05-16')
  })
  it('"the day before" with no day named before it dates nothing', () => {
    const text = 'Eight villagers were killed after a trader was shot the day before.'
    assert.equal(at(text, '2019-05-16', 'killed'), '2019-05-16')
  })
  it('the day of a motive ("in reprisal for … of 3 May") is not the event\'s', () => {
    const text = 'Gunmen shot a guard, possibly in reprisal for the clashes of 3 May.'
    assert.equal(at(text, '2019-05-16', 'shot'), '2019-05-16')
  })
  it('the previous sentence: its calendar day beats its "overnight"', () => {
    const text = 'On 14 June, commandos raided a camp overnight. One militant was killed.'
    assert.equal(at(text, '2018-06-16', 'killed', text.indexOf('One')), '2018-06-14')
  })
})
