/**
 * @module
 * Surnames after a title or a given name, and cities named for a clock time, are no places;
 * the same names where an event happened still are. Invented sentences.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { findPlaceMentions } from './find-mentions.js'
import { inClockAside, isSeatOfGovernment, isSurname } from './not-a-place.js'

const names = (text: string) => findPlaceMentions(text).map((m) => m.text)

describe('not a place', () => {
  it('a surname after a title or a given name', () => {
    const t = 'The trenches were ordered by Captain Ibrahim Traoré and by President Keïta.'
    assert.equal(isSurname(t, t.indexOf('Traoré')), true)
    assert.equal(isSurname(t, t.indexOf('Keïta')), true)
    assert.deepEqual(names(t), [])
    assert.deepEqual(names('Capt. Traoré spoke in Boni on Monday.'), ['Boni'])
  })

  it('the same names are places where something happened', () => {
    assert.deepEqual(names('Gunmen attacked Boni and later Douentza.'), ['Boni', 'Douentza'])
    assert.equal(isSurname('soldiers in Boni', 12), false)
  })

  it('a city in a clock-time aside', () => {
    const t = 'The raid began at 10 am (local time, 12 pm in Paris) in Djibo.'
    assert.equal(inClockAside(t, t.indexOf('Paris'), t.indexOf('Paris') + 5), true)
    assert.deepEqual(names(t), ['Djibo'])
    const fr = "L'attaque a eu lieu à 18h (heure de Paris) à Gao."
    assert.deepEqual(names(fr), ['Gao'])
    const plain = 'Protesters marched (mostly students) in Bamako.'
    assert.equal(inClockAside(plain, plain.indexOf('Bamako'), plain.length - 1), false)
  })

  it('a capital named only as the seat of its rulers', () => {
    const t = "Gunmen killed farmers in Djibo, a town far from Niamey's ruling junta."
    assert.equal(isSeatOfGovernment(t, t.indexOf('Niamey'), t.indexOf('Niamey') + 6), true)
    assert.deepEqual(names(t), ['Djibo'])
    assert.deepEqual(names('Des hommes armés ont tué dix civils à Gao, selon la junte de Bamako.'), [
      'Gao',
    ])
    assert.deepEqual(names("Protesters gathered in Bamako's central market."), ['Bamako'])
    assert.deepEqual(names("Gao's authorities reported an attack."), ['Gao'])
  })
})
