/** @module Tests for natural features: namesake hills and streams far away are no event place. */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { findPlaceMentions } from './find-mentions.js'
import { isNatural, isStray } from './natural.js'
import { locateEvent } from './locate-event.js'
import type { Place } from './types.js'

const place = (over: Partial<Place>): Place => ({
  id: '1',
  name: 'X',
  country: 'Mali',
  admin1: 'Mopti',
  admin2: 'Koro',
  latitude: 14,
  longitude: -3,
  kind: 'other',
  population: 0,
  ...over,
})

test('isNatural: wells, hills and streams are; towns, camps and localities are not', () => {
  assert.equal(isNatural(place({ featureCode: 'HLL' })), true, 'hill')
  assert.equal(isNatural(place({ featureCode: 'WTRH' })), true, 'water hole')
  assert.equal(isNatural(place({ featureCode: 'CMP' })), false, 'camp')
  assert.equal(isNatural(place({ featureCode: 'PPL', kind: 'populated' })), false, 'village')
})

test('isStray: a minor natural feature far from every other named place', () => {
  const hill = place({ featureCode: 'HLL', latitude: 11.5, longitude: -7.7 })
  const mention = { start: 0, end: 1, text: 'X', candidates: [hill] }
  const town = place({ id: '2', featureCode: 'PPLA2', kind: 'populated', longitude: -5.4 })
  const other = { start: 5, end: 6, text: 'Y', candidates: [town] }
  assert.equal(isStray(hill, mention, [{ mention: other, place: town }]), true, 'far: stray')
  assert.equal(isStray(hill, mention, []), false, 'nothing else named: no evidence')
  const near = place({ featureCode: 'HLL', latitude: 14.1, longitude: -5.3 })
  assert.equal(isStray(near, mention, [{ mention: other, place: town }]), false, 'near: kept')
  assert.equal(isStray(town, other, [{ mention, place: hill }]), false, 'a town is never stray')
  const lake = place({ featureCode: 'LK', latitude: 11.5, longitude: -7.7 })
  const lakeAnchors = [{ mention: other, place: town }]
  assert.equal(isStray(lake, mention, lakeAnchors), false, 'towns sit at lakes (Gossi)')
})

test('locateEvent: a far namesake stream is dropped for the commune named beside it', () => {
  const text = 'Hunters burned huts in Fokobougou, in the Ke-Macina commune, on Monday.'
  assert.ok(findPlaceMentions(text).some((m) => m.text === 'Fokobougou'), 'the name is known')
  const got = locateEvent({ text, focus: { start: 0, end: text.length }, countryHint: 'Mali' })
  assert.equal(got?.admin1, 'Segou', 'the region of the commune, not of the far stream')
})

test('isStray: another mention of the same feature is no evidence for it', () => {
  const hill = place({ featureCode: 'HLL', latitude: 11.5, longitude: -7.7 })
  const one = { start: 0, end: 1, text: 'X', candidates: [hill] }
  const two = { start: 9, end: 10, text: 'X', candidates: [hill] }
  const town = place({ id: '2', featureCode: 'PPLA', kind: 'populated', latitude: 16.7 })
  const other = { start: 5, end: 6, text: 'Y', candidates: [town] }
  const anchors = [
    { mention: two, place: hill },
    { mention: other, place: town },
  ]
  assert.equal(isStray(hill, one, anchors), true, 'the far town decides')
})

test('locateEvent: a guessed part of a compound name locates nothing else', () => {
  const text = 'Gunmen killed four in Ke-Macina commune, two in Fokobougou and one in Zorka-Baba.'
  const got = locateEvent({ text, focus: { start: 0, end: text.length }, countryHint: 'Mali' })
  assert.equal(got?.admin1, 'Segou', 'the far stream is dropped despite the guessed Baba')
})
