/**
 * @module
 * Tests for contentHash/docIdFor: a known sha256 vector and same prose → same id.
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { contentHash, docIdFor } from './fingerprint.js'
import { normalizeText } from './normalize-text.js'

test('contentHash and docIdFor', async (t) => {
  await t.test('known sha256 vector', () => {
    const want = 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'
    assert.equal(contentHash('abc'), want)
  })
  await t.test('docIdFor takes the first 16 hex chars', () => {
    assert.equal(docIdFor(contentHash('abc')), 'doc_ba7816bf8f01cfea')
  })
  await t.test('same prose after normalisation gives the same id', () => {
    const a = normalizeText('\uFEFFClashes in Ke\u0301nieba.\r\n\r\n\r\n\r\nTwo dead.  \r\n')
    const b = normalizeText('Clashes in K\u00E9nieba.\n\nTwo dead.')
    assert.equal(docIdFor(contentHash(a)), docIdFor(contentHash(b)))
  })
  await t.test('different prose gives a different id', () => {
    assert.notEqual(contentHash('Two dead.'), contentHash('Three dead.'))
  })
})
