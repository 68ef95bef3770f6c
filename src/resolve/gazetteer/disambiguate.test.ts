/** @module Tests for same-name disambiguation: named regions vs cercles, feature classes. */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { resolveMentions } from './disambiguate.js'
import { findPlaceMentions } from './find-mentions.js'

/** label, text, the mention to check, its expected feature code and admin1 */
type Case = [string, string, string, string, string]

const CASES: readonly Case[] = [
  [
    'a region named like its cercle hints the region only: the town, not a well of the cercle',
    'A truck hit a mine in the area of Aguelhok, Kidal Region, on Sunday.',
    'Aguelhok',
    'PPL',
    'Kidal',
  ],
  [
    'a named locality before a well of the same name',
    'Herders said armed men took their camels near Tabankort last week.',
    'Tabankort',
    'LCTY',
    'Gao',
  ],
  [
    'the seat of a cercle before same-name villages, even ranked as a plain village',
    'Riots broke out in Kenieba after a dispute at two gold mines.',
    'Kenieba',
    'PPL',
    'Kayes',
  ],
  [
    'a wadi before a well of the same name',
    'Soldiers found an arms cache in the area of In-Delimane on patrol.',
    'In-Delimane',
    'WAD',
    '',
  ],
]

test('resolveMentions: same-name places', () => {
  for (const [label, text, name, fcode, admin1] of CASES) {
    const resolved = resolveMentions(text, findPlaceMentions(text), 'Mali')
    const r = resolved.find((x) => x.mention.text === name)
    assert.ok(r?.place, `${label}: ${name} resolved`)
    assert.equal(r.place.featureCode, fcode, `${label}: feature`)
    if (admin1) assert.equal(r.place.admin1, admin1, `${label}: admin1`)
    // the Kenieba nearest its cercle's own point (GeoNames), not the one 100 km north
    if (name === 'Kenieba') assert.ok(r.place.latitude < 13, `${label}: the seat`)
  }
})

test('resolveMentions: a spelling guess abroad stays unresolved in a text about Mali', () => {
  const text = 'Gunmen shot a militia officer at his home in Inkadewane (Menaka) on Friday.'
  const mentions = findPlaceMentions(text)
  const guess = mentions.find((m) => m.text === 'Inkadewane')
  assert.equal(guess?.loose, 'variant', 'found by its variant key only')
  assert.ok(guess?.candidates.every((c) => c.country !== 'Mali'), 'the namesakes are abroad')
  const resolved = resolveMentions(text, mentions, 'Mali')
  assert.equal(resolved.find((r) => r.mention === guess)?.place, null)
  assert.equal(resolved.find((r) => r.mention.text === 'Menaka')?.place?.country, 'Mali')
})

test('findPlaceMentions: a hyphenated Tamasheq name is an exact match, not a guess', () => {
  const text = 'A patrol was ambushed near In-Delimane.'
  const m = findPlaceMentions(text).find((x) => x.text === 'In-Delimane')
  assert.ok(m && m.candidates.length > 0)
  assert.equal(m.loose, undefined)
})

test('resolveMentions: a commune known at home without a point beats its namesake abroad', () => {
  const text = 'Malian gendarmes were killed in an attack on a checkpoint in Boulikessi.'
  const resolved = resolveMentions(text, findPlaceMentions(text), 'Mali')
  assert.equal(resolved.find((r) => r.mention.text === 'Boulikessi')?.place, null)
  const other = resolveMentions(text, findPlaceMentions(text), 'Burkina Faso')
  assert.equal(other.find((r) => r.mention.text === 'Boulikessi')?.place?.country, 'Burkina Faso')
})
