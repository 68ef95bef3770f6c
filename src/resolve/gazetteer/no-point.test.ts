/** @module Tests for communes known without a point: admin names, never coordinates. */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { locateEvent } from './locate-event.js'
import { adminOnly } from './no-point.js'

test('adminOnly: by exact and variant spelling', () => {
  assert.equal(adminOnly('Talataye')?.admin1, 'Gao')
  assert.equal(adminOnly('Talatayé')?.admin2, 'Ansongo', 'accents folded')
  assert.equal(adminOnly('Tarkinte')?.admin2, 'Bourem', 'a French final e is a variant')
  assert.equal(adminOnly('Tarkinta'), undefined, 'no guess beyond the variant key')
  assert.equal(adminOnly('Zorkatanga'), undefined)
})

test('locateEvent: a commune known without a point keeps its name and an empty point', () => {
  const text = 'Gunmen killed a trader at the market in Talataye on Sunday.'
  const got = locateEvent({ text, focus: { start: 0, end: text.length }, countryHint: 'Mali' })
  assert.equal(got?.location, 'Talataye')
  assert.equal(got?.admin1, 'Gao')
  assert.equal(got?.admin2, 'Ansongo')
  assert.equal(got?.latitude, null, 'no invented coordinates')
  assert.equal(got?.geo_precision, 3, 'only its area is sure')
})

test('locateEvent: an unknown village takes the region of the commune that locates it', () => {
  const text = 'Gunmen raided the Zorkatanga camp, 20 km from Talataye, and took cattle.'
  const got = locateEvent({ text, focus: { start: 0, end: text.length }, countryHint: 'Mali' })
  assert.equal(got?.location, 'Zorkatanga', 'the village is kept by name')
  assert.equal(got?.admin1, 'Gao', 'region of the commune')
  assert.equal(got?.admin2, 'Ansongo', 'cercle of the commune')
  assert.equal(got?.latitude, null, 'no invented point')
})

test('locateEvent: a commune known by name is no spelling guess of a far namesake', () => {
  const text = 'A militiaman was shot dead in Tinhamma on Friday.'
  const got = locateEvent({ text, focus: { start: 0, end: text.length }, countryHint: 'Mali' })
  assert.equal(got?.admin1, 'Gao', 'the commune, not a village of another region')
  assert.equal(got?.admin2, 'Ansongo', 'its cercle')
})

test('locateEvent: a village unknown to every gazetteer takes the commune named with it', () => {
  const text = 'Gunmen burned a granary in Zorkatanga, in the commune of Dougoutene II, on Monday.'
  const got = locateEvent({ text, focus: { start: 0, end: text.length }, countryHint: 'Mali' })
  assert.equal(got?.admin1, 'Mopti', 'region of the commune')
  assert.equal(got?.admin2, 'Koro', 'cercle of the commune')
  assert.equal(got?.latitude, null, 'no invented point')
})

test('locateEvent: a commune known without a point is written as the list writes it', () => {
  const text = 'Gunmen killed two traders in Talatayt on Friday.'
  const got = locateEvent({ text, focus: { start: 0, end: text.length }, countryHint: 'Mali' })
  assert.equal(got?.location, 'Talataye', 'the listed name, not the spelling of the text')
  assert.equal(got?.latitude, null, 'still no point')
})
