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
