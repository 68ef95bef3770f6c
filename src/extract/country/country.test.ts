/**
 * @module
 * Country of a document from its actors: single-country groups, a UN mission named after its
 * host country, and the registry default when nothing says.
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { foldText } from '../../resolve/actors/index.js'
import { findPlaceMentions, type Place } from '../../resolve/gazetteer/index.js'
import { actorCountry, countryHint, DEFAULT_COUNTRY } from './index.js'

test('a group active in one country only names that country', () => {
  const text = 'Koglweogo members beat two herders near the market.'
  assert.equal(actorCountry(text), 'Burkina Faso')
  assert.equal(actorCountry('Presumed Katiba Macina militants burned the school.'), 'Mali')
})

test('a UN mission named after its host country counts as at home', () => {
  assert.equal(actorCountry('A rocket struck the MINUSMA camp overnight.'), 'Mali')
})

test('nothing named falls back to the default country', () => {
  assert.equal(actorCountry('Two men on a motorbike robbed a shopkeeper.'), DEFAULT_COUNTRY)
})

test('a regional capital outweighs same-name villages abroad', () => {
  const text = 'Thousands of residents marched through Dori against the rising cost of fuel.'
  const folded = foldText(text)
  assert.equal(countryHint(folded, findPlaceMentions(text)), 'Burkina Faso')
})

test('a country named as the border beside the event does not make the event its own', () => {
  const text = 'Malian soldiers were ambushed close to the border with Burkina Faso.'
  assert.equal(countryHint(foldText(text), []), 'Mali')
  const two = 'Soldiers clashed with gunmen near the Burkina-Niger border, Malian officials said.'
  assert.equal(countryHint(foldText(two), []), 'Mali')
})

test('peoples named in the report vote for their country, and are no village', () => {
  const text = 'In a hamlet of Sangha, Moba and Yaana farmers fought over a field, one dead.'
  assert.equal(countryHint(foldText(text), findPlaceMentions(text)), 'Burkina Faso')
})

test('a force that never leaves its country outweighs a village name found abroad', () => {
  const text = 'Bandits ambushed an MSA convoy in the area of Tamalat, wounding two fighters.'
  assert.equal(countryHint(foldText(text), findPlaceMentions(text)), 'Mali')
})

test('an expeditionary force says nothing of where the event is', () => {
  const text = 'French forces of Operation Barkhane struck a militant camp, killing four.'
  assert.equal(actorCountry(text), DEFAULT_COUNTRY)
  const tigre = 'Tigre helicopters of Barkhane engaged militants near the Niger border.'
  assert.ok(
    findPlaceMentions(tigre).every((m) => m.text !== 'Tigre'),
    'a helicopter type is no village',
  )
})

test('a village named beside a border does not vote for the country across it', () => {
  const text = 'Bandits robbed a trader in Dinangourou, east of Kiri, near the border with Burkina Faso.'
  assert.notEqual(countryHint(foldText(text), findPlaceMentions(text)), 'Burkina Faso')
})

test('a loose spelling match alone decides no country, but confirms one', () => {
  const alone = 'The bodies of two herders were found in Zorkatanga on Monday.'
  const start = alone.indexOf('Zorkatanga')
  const abroad = { ...(findPlaceMentions('Clashes in Niamey.')[0]?.candidates[0] as Place) }
  const guess = { start, end: start + 10, text: 'Zorkatanga', candidates: [abroad] }
  const hint = countryHint(foldText(alone), [{ ...guess, loose: 'variant' }])
  assert.equal(hint, '', 'a guess alone says nothing')
  assert.equal(countryHint(foldText(alone), [guess]), 'Niger', 'the same name as written does')
  const confirmed = 'Gunmen killed a farmer in Zorkatanga (Matiacoali, Gourma) on Monday.'
  const mentions = findPlaceMentions(confirmed)
  assert.ok(mentions.some((m) => m.loose), 'Matiacoali is a loose match')
  assert.equal(countryHint(foldText(confirmed), mentions), 'Burkina Faso', 'confirmed by Gourma')
})

test('the town a note says it is coded at, a seat among namesakes, outweighs one village', () => {
  const text = 'A trader was robbed near Gombo, a hamlet of the area (coded as Koro).'
  const mentions = findPlaceMentions(text)
  assert.ok(mentions.some((m) => m.text === 'Gombo'), 'Gombo is a village of one country')
  assert.equal(countryHint(foldText(text), mentions), 'Mali', 'Koro is the cercle seat coded')
})
