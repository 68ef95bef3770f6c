/**
 * @module
 * `resolveDocument` answers every event of one text with the same resolutions, and answers
 * afresh for another text or another country hint.
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { resolveMentions } from './disambiguate.js'
import { findPlaceMentions } from './find-mentions.js'
import { resolveDocument } from './resolve-document.js'

test('resolveDocument', () => {
  const text = 'Gunmen attacked a convoy near Gao. Two days later, troops arrived in Menaka.'
  const a = resolveDocument(text, 'Mali')
  assert.deepEqual(
    a.resolved.map((r) => r.place?.name),
    resolveMentions(text, findPlaceMentions(text), 'Mali').map((r) => r.place?.name),
    'same as resolving directly',
  )
  assert.equal(resolveDocument(text, 'Mali'), a, 'same text and hint: the kept answer')
  assert.notEqual(resolveDocument(text, 'Niger'), a, 'another hint: a new answer')
  const other = resolveDocument('Soldiers patrolled Timbuktu.', 'Mali')
  assert.deepEqual(other.mentions.map((m) => m.text), ['Timbuktu'], 'another text')
  assert.deepEqual(resolveDocument('No place at all.', undefined).resolved, [], 'no mention')
})
