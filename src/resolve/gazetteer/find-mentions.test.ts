/** @module Tests for place mentions: exact spans, order, longest match, common-word guards. */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { findPlaceMentions } from './find-mentions.js'

const names = (text: string) => findPlaceMentions(text).map((m) => m.text)

test('findPlaceMentions: exact spans in text order', () => {
  const text = 'Gunmen attacked a checkpoint in Ménaka, then moved towards Ansongo and Gao.'
  const mentions = findPlaceMentions(text)
  assert.deepEqual(
    mentions.map((m) => m.text),
    ['Ménaka', 'Ansongo', 'Gao'],
    'three places in order',
  )
  for (const m of mentions) assert.equal(text.slice(m.start, m.end), m.text, `span of ${m.text}`)
  for (let i = 1; i < mentions.length; i++) {
    assert.ok(mentions[i - 1]!.end <= mentions[i]!.start, 'non-overlapping')
  }
})

test('findPlaceMentions: rule families', () => {
  const cases: [string, string[], string][] = [
    ['Soldiers were deployed to Gourma Rharous on Sunday.', ['Gourma Rharous'], 'longest match'],
    ["An IED struck a convoy near Aguel'hoc.", ["Aguel'hoc"], 'transliteration'],
    ['Fighting broke out in Tin-Essako.', ['Tin-Essako'], 'hyphenated name'],
    ['Katiba Macina fighters burned a school.', [], 'actor name is not a place'],
    ['Ansar Dine claimed the attack.', [], 'Ansar Dine is an actor'],
    ['In March the army said it would stay.', [], 'months are never places'],
    ['Say what you will, the army moved in Say.', ['Say'], 'Say only after a place cue'],
    ['Harouna Dicko was arrested by gendarmes.', [], 'first name glued to a surname'],
    ["L'armée a frappé près de Douentza.", ['Douentza'], 'French cue'],
    ['Clashes on the Gao-Gossi axis left two dead.', ['Gao', 'Gossi'], 'road between two towns'],
    ["Mali's army patrolled.", ['Mali'], 'possessive stripped'],
    ['A convoy was hit in the area of I-n-Tillit.', ['I-n-Tillit'], 'Tamasheq I-n- prefix'],
    ['A teacher was shot in Koro by two men.', ['Koro'], 'a guess takes in no lower-case word'],
    ['Deux civils ont été tués à Zorkatanga hier.', ['Zorkatanga'], "an unknown name after 'à'"],
    ['Tigre helicopters flew over Gao.', ['Gao'], 'a helicopter type is no village'],
    ['The raid on Sept 8 in Gao left two dead.', ['Gao'], 'a month abbreviation is no place'],
  ]
  for (const [text, want, label] of cases) assert.deepEqual(names(text), want, label)
})

test('findPlaceMentions: region words only next to region', () => {
  const cases: [string, string[], string][] = [
    ['The Sahel is a vast region.', [], 'the Sahel as a zone'],
    ['Militants attacked Djibo in the Sahel region.', ['Djibo', 'Sahel'], 'BF Sahel region'],
  ]
  for (const [text, want, label] of cases) assert.deepEqual(names(text), want, label)
})

test('findPlaceMentions: unknown name after a cue has no candidates', () => {
  const [m] = findPlaceMentions('Gunmen raided the village of Zorkatanga yesterday.')
  assert.equal(m?.text, 'Zorkatanga', 'kept as a mention')
  assert.equal(m?.candidates.length, 0, 'no candidates')
})

test('findPlaceMentions: a place named by its massacre, not any capitalised word before one', () => {
  assert.deepEqual(names('Survivors of the Zambarou massacre met the minister.'), ['Zambarou'])
  assert.deepEqual(names('Survivors of the Zambarou floods met the minister.'), [], 'no cue')
  assert.deepEqual(names('Survivors of Zambarou massacre met the minister.'), [], 'needs "the"')
})

test('findPlaceMentions: a people of Burkina Faso is no village of the same name', () => {
  const text = 'Lobi farmers accused Dagara and Bwaba herders of destroying their fields.'
  assert.deepEqual(names(text), [], 'peoples, not places')
})
