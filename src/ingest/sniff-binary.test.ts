/**
 * @module
 * Tests for decodeText: the encodings accepted and the binary inputs refused.
 */
import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { test } from 'node:test'
import { decodeText } from './sniff-binary.js'

const prose =
  'Des hommes armés ont attaqué un poste de contrôle près de Ségou, tuant deux gendarmes.'

test('decodeText', async (t) => {
  // prettier-ignore
  const ok: [string, Uint8Array, string][] = [
    ['UTF-8 prose', Buffer.from(prose, 'utf8'), prose],
    ['UTF-8 with a BOM drops the BOM', Buffer.from(`\uFEFF${prose}`, 'utf8'), prose],
    ['Windows-1252 French falls back', Buffer.from(prose, 'latin1'), prose],
    ['UTF-16LE with a BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(prose, 'utf16le')]), prose],
    ['UTF-16BE with a BOM', Buffer.from(`\uFEFF${prose}`, 'utf16le').swap16(), prose],
    ['tabs, form feeds and CRLF are fine', Buffer.from('a\tb\fc\r\nd'), 'a\tb\fc\r\nd'],
  ]
  for (const [label, bytes, want] of ok) {
    await t.test(label, () => assert.equal(decodeText(bytes, 'in.txt'), want))
  }
  // prettier-ignore
  const bad: [string, Uint8Array, RegExp][] = [
    ['a NUL byte', Buffer.from('Gao\u0000 attack'), /NUL bytes/],
    ['random bytes', Buffer.from(randomBytes(4096).map((b) => (b === 0 ? 1 : b))), /not (valid UTF-8|a text)/],
    ['mostly control characters', Buffer.from('\u0001\u0002\u0003\u0004ab\u0005\u0006'), /control characters/],
  ]
  for (const [label, bytes, why] of bad) {
    await t.test(`binary: ${label}`, () =>
      assert.throws(() => decodeText(bytes, 'junk.txt'), (e: unknown) => {
        const err = e as { code: string; message: string; hint: string }
        assert.equal(err.code, 'E_INPUT_BINARY')
        assert.match(err.message, /^junk\.txt: /)
        assert.match(err.message, why)
        assert.ok(err.hint.length > 0)
        return true
      }),
    )
  }
})
