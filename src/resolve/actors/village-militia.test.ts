/** @module Tests for villageMilitia: which words before or after civilians name a village. */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { villageMilitia } from './village-militia.js'

const at = (text: string, word: string) => {
  const start = text.indexOf(word)
  return villageMilitia(text, start, start + word.length, 'Mali')?.name ?? null
}

test('villageMilitia: a village named before or after the people', () => {
  const tiba = at('Armed Tiba villagers burned granaries.', 'villagers')
  assert.equal(tiba, 'Tiba Communal Militia (Mali)')
  assert.equal(at('Locals from Kera fought back.', 'Locals'), 'Kera Communal Militia (Mali)')
})

test('villageMilitia: an acronym or a possessive is no village', () => {
  assert.equal(at("The MNLA's guards fought back.", 'guards'), null)
  assert.equal(at('Two MINUSMA agents were shot.', 'agents'), null)
})
