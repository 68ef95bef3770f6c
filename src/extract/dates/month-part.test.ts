/** @module Parts of a month without a year ('since early June', 'début juin'). Invented text. */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { extractEvents } from '../index.js'
import { findDates } from './index.js'

const one = (text: string, published = '2020-08-25') => {
  const [m] = findDates(text, published)
  return m ? { date: m.date, precision: m.precision, kind: m.kind, ongoing: !!m.ongoing } : null
}

describe('month parts', () => {
  it('reads early, mid and late parts in English and French', () => {
    const june = { date: '2020-06-01', precision: 3, kind: 'month', ongoing: true }
    assert.deepEqual(one('Crowds have marched since the beginning of June.'), june)
    assert.deepEqual(one('Des foules marchent depuis début juin.'), june)
    assert.deepEqual(one('Crowds marched in mid-July.')?.date, '2020-07-15')
    assert.deepEqual(one('Crowds marched at the end of July.')?.date, '2020-07-21')
    assert.equal(one('Crowds marched in early July.')?.ongoing, false)
  })

  it('a later month is of the year before; a bare month and a day stay as they were', () => {
    assert.equal(one('Crowds marched in late November.', '2021-02-10')?.date, '2020-11-21')
    assert.equal(one('Crowds marched in June.'), null)
    assert.equal(one('Crowds marched since June 5.')?.kind, 'calendar')
  })

  it('an ongoing movement is news, however long ago it began', () => {
    const text = 'A movement since early March has brought thousands onto the streets of Kayes.'
    const [e] = extractEvents({ id: 'm', text, published_at: '2020-08-25' })
    assert.equal(e?.event_type, 'Protests')
    assert.equal(e?.tier, 'news')
    assert.equal(e?.event_date, '2020-03-01')
  })
})
