/** @module Tests for the spelling-slip match: which slips are tried, and when it is used. */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { findPlaceMentions } from './find-mentions.js'
import { partLookup, slipKeys } from './fuzzy.js'
import { locateEvent } from './locate-event.js'
import type { Place } from './types.js'

test('slipKeys: swaps and vowels first, consonants only for long keys', () => {
  const [near, far] = slipKeys('timbutku')
  assert.ok(near.includes('timbuktu'), 'a swapped pair')
  assert.ok(near.includes('timbutkui'), 'a vowel added')
  assert.ok(far.includes('timbutu'), 'a consonant dropped (8 letters)')
  assert.ok(!near.includes('timbutku'), 'not the key itself')
  const [, short] = slipKeys('kologon')
  assert.deepEqual(short, [], 'no consonant edit on 7 letters')
  assert.ok(slipKeys('tinabau')[0].every((k) => k.length >= 7), 'no key shorter than 7')
})

/** label, text, expected location (null: no point), expected admin1 */
type Case = [string, string, string | null, string]

const CASES: readonly Case[] = [
  ['a swapped pair', 'Rockets hit the airport camp in Timbutku at dawn.', 'Timbuktu', 'Tombouctou'],
  [
    'a missing vowel',
    'Two soldiers died when their vehicle hit a mine in Dambacourou on Monday.',
    'Diamba-Kourou',
    'Mopti',
  ],
  [
    'a short name is never guessed',
    'Gunmen raided the village of Zorkat at night.',
    null,
    '',
  ],
  [
    'the first word of a compound name',
    'Militiamen killed three herders in the area of Yonga on Sunday.',
    'Yonga-Foulbe',
    'Mopti',
  ],
  [
    'a guessed quarter of a town is the town',
    'A trader was shot in the Koyaratao quarter of Timbuktu.',
    'Timbuktu',
    'Tombouctou',
  ],
]

test('locateEvent: spelling slips after a place cue', () => {
  for (const [label, text, location, admin1] of CASES) {
    const got = locateEvent({ text, focus: { start: 0, end: text.length }, countryHint: 'Mali' })
    if (location === null) assert.equal(got?.latitude, null, `${label}: no point`)
    else assert.equal(got?.location, location, `${label}: location`)
    if (admin1) assert.equal(got?.admin1, admin1, `${label}: admin1`)
  }
})

test('findPlaceMentions: a slip is found only after a place cue, and marked', () => {
  const cued = findPlaceMentions('Fighting broke out in Timbutku.')
  assert.equal(cued[0]?.loose, 'slip')
  assert.equal(findPlaceMentions('Timbutku residents protested.').length, 0, 'no cue, no guess')
})

test('partLookup: only one place (or one cluster of points) may start with the word', () => {
  const at = (id: string, latitude: number) =>
    ({ id, name: `Kora ${id}`, latitude, longitude: -3 }) as unknown as Place
  const one = partLookup('Kora', () => [at('a', 14), at('b', 14.05)])
  assert.equal(one.length, 2, 'two points of one place')
  assert.deepEqual(partLookup('Kora', () => [at('a', 14), at('b', 15)]), [], 'two places')
  assert.deepEqual(partLookup('Ko', () => [at('a', 14)]), [], 'too short')
})
