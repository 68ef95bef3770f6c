/** @module Tests for length-preserving folding and plural stems. */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { foldText } from './fold.js'
import { phraseKeys, stemWord } from './tokenize.js'

test('foldText: case, accents and apostrophes fold, length is kept', () => {
  const cases: [string, string, string][] = [
    ['Goïta', 'goita', 'diaeresis'],
    ['ÉTAT ISLAMIQUE', 'etat islamique', 'capital accents'],
    ['Jama’at', "jama'at", 'curly apostrophe'],
    ['Burkinabè', 'burkinabe', 'grave accent'],
    ['Nigérien', 'nigerien', 'acute accent'],
  ]
  for (const [input, want, label] of cases) {
    assert.equal(foldText(input), want, label)
    assert.equal(foldText(input).length, input.length, `${label}: length`)
  }
})

test('stemWord / phraseKeys: English and French plurals share a key', () => {
  const pairs: [string, string, string][] = [
    ['soldiers', 'soldier', 'English -s'],
    ['militias', 'militia', 'English -ies/-ia'],
    ['civils', 'civil', 'French -s'],
    ['gardes nationaux', 'garde national', 'French -aux'],
    ['casques bleus', 'casque bleu', 'French compound'],
  ]
  for (const [a, b, label] of pairs) assert.deepEqual(phraseKeys(a), phraseKeys(b), label)
  assert.equal(stemWord('cross'), 'cross', '-ss kept')
  assert.equal(stemWord('gao'), 'gao', 'short word kept')
})
