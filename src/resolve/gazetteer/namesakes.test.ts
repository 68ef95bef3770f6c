/**
 * @module Tests for choosing among namesakes by what the text says around the name: the place
 * right after it that locates it, a town's eponymous region as a weak hint for the other names,
 * and namesakes abroad (on the named border, or far from every place named at home).
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { resolveMentions } from './disambiguate.js'
import { findPlaceMentions } from './find-mentions.js'
import { locateEvent } from './locate-event.js'

const resolve = (text: string, name: string, country = 'Mali') =>
  resolveMentions(text, findPlaceMentions(text), country).find((r) => r.mention.text === name)

test('namesakes: the place right after a name locates it', () => {
  const text = 'A lorry struck a mine in the Tabrichat area near Tessalit on Sunday.'
  const r = resolve(text, 'Tabrichat')
  assert.equal(r?.place?.admin2, 'Tessalit', 'the Tabrichat by Tessalit, not the Bourem one')
})

test('namesakes: a town is only a weak hint at its eponymous region for the other names', () => {
  const text = 'Gunmen robbed a bus returning from Menaka in the area of In-Delimane on Friday.'
  const r = resolve(text, 'In-Delimane')
  assert.equal(r?.place?.name, 'I-n-Delimane', 'the name as written (hyphens aside) wins')
  assert.equal(resolve(text, 'Menaka')?.place?.featureCode, 'PPLA2', 'Menaka itself stays the town')
})

test('namesakes: a village abroad far from every place named at home is no event place', () => {
  const text = 'Soldiers clashed with gunmen in the Egharghar valley between Aguelhok and Tessalit.'
  assert.equal(resolve(text, 'Egharghar')?.place, null)
  const loc = locateEvent({ text, focus: { start: 0, end: text.length }, countryHint: 'Mali' })
  assert.equal(loc?.country, 'Mali')
  assert.equal(loc?.admin1, 'Kidal')
})

test('namesakes: a place on the border with a country is not in that country', () => {
  const text = 'Militiamen said they repelled raiders at Tankademi on the Niger border.'
  const r = resolve(text, 'Tankademi')
  assert.ok(r, 'the name is found')
  assert.equal(r.place, null, 'no Nigerien namesake')
  const loc = locateEvent({ text, focus: { start: 0, end: text.length }, countryHint: 'Mali' })
  assert.equal(loc?.country, 'Mali')
  assert.equal(loc?.latitude, null)
})

test('namesakes: a town abroad is no namesake, whatever the hint', () => {
  const text = 'Traders blocked the road between Gao and Niamey to protest new taxes.'
  assert.equal(resolve(text, 'Niamey')?.place?.country, 'Niger')
})
