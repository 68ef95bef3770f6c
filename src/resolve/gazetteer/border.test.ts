/** @module Tests for border countries: 'near the X border', 'border with X', both-sided borders. */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { borderCountries } from './border.js'
import { locateEvent } from './locate-event.js'

test('borderCountries: the country beside the event', () => {
  const cases: [string, string[], string][] = [
    ['Soldiers were ambushed near the Burkina Faso border.', ['Burkina Faso'], 'X border'],
    ['A village close to the border with Niger was raided.', ['Niger'], 'border with X'],
    ["Des tirs près de la frontière avec le Burkina.", ['Burkina Faso'], 'French'],
    ['Patrols along the Mali-Niger border found a cache.', [], 'both sides: neither'],
    ['Troops returned to Niger after the operation.', [], 'no border named'],
    ['Raiders fled toward the Burkinabe border.', ['Burkina Faso'], 'a demonym'],
    ['A camp near the BurkinaFaso border was hit.', ['Burkina Faso'], 'name without its space'],
    ["Shots near the NIGER BOR'DER post.", ['Niger'], 'an apostrophe inside the word, upper case'],
    ['Troops crossed the Malian frontier at dawn.', ['Mali'], 'frontier'],
  ]
  for (const [text, want, label] of cases) assert.deepEqual([...borderCountries(text)], want, label)
})

test('locateEvent: a same-name village across the named border is not the place', () => {
  const text = 'A trader was killed by gunmen in Pepa, south of Kiri, near the border with Burkina Faso.'
  const got = locateEvent({ text, focus: { start: 0, end: text.length }, countryHint: 'Mali' })
  assert.equal(got?.country, 'Mali')
  assert.equal(got?.admin1, 'Mopti')
})
