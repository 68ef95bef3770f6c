/** @module Tests for 'X-Y' names: two road ends, or one compound name whose part is a guess. */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { findPlaceMentions } from './find-mentions.js'
import { readHyphen } from './hyphen-pair.js'

const names = (text: string) => findPlaceMentions(text).map((m) => m.text)

test('readHyphen: road and area words make a pair, a between-and end is one name', () => {
  const cases: ReadonlyArray<readonly [string, string, string]> = [
    ['road after', 'A mine hit a bus on the Gao-Gossi road.', 'pair'],
    ['axis before', 'A mine hit a bus on the axis Gao-Gossi.', 'pair'],
    ['between alone', 'A mine hit a bus between Gao-Gossi.', 'pair'],
    ['between and', 'A man was seized between Zorka-Gossi and Boni.', 'one'],
    ['no context', 'A man was seized in Zorka-Gossi on Friday.', 'unsure'],
  ]
  for (const [label, text, want] of cases) {
    const start = text.search(/\p{Lu}\p{Ll}+-/u)
    const end = text.indexOf(' ', text.indexOf('-', start))
    assert.equal(readHyphen(text, start, end), want, label)
  }
})

test('findPlaceMentions: the first end of a between-and is one compound name', () => {
  const text = 'Gunmen seized a trader between Zorka-Gossi and Boni on Monday.'
  assert.deepEqual(names(text), ['Zorka-Gossi', 'Boni'], 'Gossi is no place of its own here')
})

test('findPlaceMentions: with no context, the part of an unknown X-Y is a guess', () => {
  const text = 'Gunmen killed a herder in Zorka-Gossi on Monday.'
  const mentions = findPlaceMentions(text)
  const part = mentions.find((m) => m.text === 'Gossi')
  assert.ok(part, 'the part is still found')
  assert.equal(part.loose, 'variant', 'as a guess: it sets no country and goes abroad nowhere')
  const road = findPlaceMentions('A mine hit a bus on the Zorka-Gossi road.')
  assert.equal(road.find((m) => m.text === 'Gossi')?.loose, undefined, 'a road end is sure')
})

test('findPlaceMentions: a road between two unknown ends splits; an unknown X-Y area does not', () => {
  const road = 'Gunmen robbed traders on the road between Zorka-Vlemtou on Friday.'
  assert.deepEqual(names(road), ['Zorka'], 'the first end; the second is no cued name')
  const area = 'A mine exploded in the Zorka-Vlemtou area on Friday.'
  assert.deepEqual(names(area), ['Zorka-Vlemtou'], 'one name')
})
