/**
 * @module
 * `foldText` keeps the length and folds case and accents the same way on every call, whether
 * the text is ASCII, accented, long enough to be remembered, or asked about again.
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { foldText, makeSpan } from './span.js'

test('foldText', () => {
  const cases: [string, string, string][] = [
    ['ascii', 'Gunmen Attacked KOURA', 'gunmen attacked koura'],
    ['accents', 'Ménaka, Ségou et Léré', 'menaka, segou et lere'],
    ['apostrophe kept', 'l’armée', 'l’armee'],
    ['ligature keeps one unit', 'cœur', 'cœur'],
  ]
  for (const [label, input, want] of cases) {
    assert.equal(foldText(input), want, label)
    assert.equal(foldText(input).length, input.length, `${label}: length`)
  }
  const long = `${'Des hommes armés ont attaqué le village. '.repeat(3)}Fin.`
  const first = foldText(long)
  assert.equal(first.length, long.length, 'long: length')
  assert.equal(foldText(`${long}`), first, 'long: asked again')
  assert.ok(first.startsWith('des hommes armes ont attaque'), 'long: folded')
})

test('makeSpan clamps to the text', () => {
  assert.deepEqual(makeSpan('abc', -2, 9, 'f'), { start: 0, end: 3, text: 'abc', field: 'f' })
})
