/** @module Day and weekday ranges (first day, precision 2, nights: first day) and counts. */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { findDates } from './index.js'

/** Each mention of `text` as [its text, date, precision]. */
const read = (text: string, pub: string) =>
  findDates(text, pub)
    .filter((m) => m.kind !== 'year')
    .map((m) => [text.slice(m.start, m.end), m.date, m.precision])

describe('ranges', () => {
  it('between two days of two months', () => {
    assert.deepEqual(read('Between 30 June and 2 July, ten men vanished.', '2021-07-12'), [
      ['30 June and 2 July', '2021-06-30', 2],
    ])
    const fr = 'Entre le 30 juin et le 2 juillet, dix hommes ont disparu.'
    assert.deepEqual(read(fr, '2021-07-12'), [['30 juin et le 2 juillet', '2021-06-30', 2]])
  })
  it('a range over the new year takes the year before for its start', () => {
    assert.deepEqual(read('between 30 December and 2 January 2021', '2021-01-10'), [
      ['30 December and 2 January 2021', '2020-12-30', 2],
    ])
  })
  it('two days joined by "and" without "between" are two dates', () => {
    assert.deepEqual(read('Attacks on 30 June and 2 July left five dead.', '2021-07-12'), [
      ['30 June', '2021-06-30', 1],
      ['2 July', '2021-07-02', 1],
    ])
  })
  it('a weekday range gives both weekdays, the first one before the second', () => {
    // Published on a Monday: that Thursday is the 8th, so the Sunday is the 4th, not the 11th.
    assert.deepEqual(read('Troops searched the forest from Sunday to Thursday.', '2021-07-12'), [
      ['Sunday', '2021-07-04', 1],
      ['Thursday', '2021-07-08', 1],
    ])
  })
  it('a night from one weekday to the next is its first day', () => {
    const fr = 'Dans la nuit de samedi à dimanche, le poste a été attaqué.'
    assert.deepEqual(read(fr, '2021-07-12'), [['samedi à dimanche', '2021-07-10', 1]])
    // Published that Saturday, the night that ended by then began a week before.
    assert.deepEqual(read(fr, '2021-07-10'), [['samedi à dimanche', '2021-07-03', 1]])
    const en = 'On the night of Saturday to Sunday, the post was attacked.'
    assert.deepEqual(read(en, '2021-07-12'), [['Saturday to Sunday', '2021-07-10', 1]])
  })
  it('"overnight on 3-4 July" is the 3rd, exact', () => {
    const got = read('Gunmen struck overnight on 3-4 July.', '2021-07-12')
    assert.deepEqual(got[got.length - 1], ['3-4 July', '2021-07-03', 1])
  })
  it('"two days later" from the day named, "il y a trois jours" from publication', () => {
    const en = 'On 3 July, a post was attacked. Two days later, gunmen killed five.'
    assert.deepEqual(read(en, '2021-07-12')[1], ['Two days later', '2021-07-05', 1])
    const fr = 'Le 3 juillet, un poste a été visé. Une semaine plus tôt, un chef a disparu.'
    assert.deepEqual(read(fr, '2021-07-12')[1], ['Une semaine plus tôt', '2021-06-26', 2])
    assert.deepEqual(read('Il y a trois jours, le camp a été visé.', '2021-07-12'), [
      ['Il y a trois jours', '2021-07-09', 1],
    ])
    assert.deepEqual(read('an hour later; two years ago', '2021-07-12'), [])
  })
})
