/**
 * @module
 * Tests for readBytes: PDF by magic, text encodings, HTML sniffing and errors.
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { makePdf } from './_make-pdf.js'
import { readBytes } from './read-bytes.js'

const REPORT =
  'Unidentified gunmen shot dead a village chief near Niono on Saturday, residents said.'

test('readBytes', async (t) => {
  // prettier-ignore
  const cases: [string, Uint8Array, string, Record<string, unknown>][] = [
    ['PDF recognised by its magic, whatever the name', makePdf([[REPORT]]), '-', { format: 'pdf', text: REPORT }],
    ['UTF-8 text', Buffer.from(REPORT), '-', { format: 'txt', text: REPORT }],
    ['UTF-16LE text with a BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(REPORT, 'utf16le')]), '-', { text: REPORT }],
    ['HTML bytes are sniffed', Buffer.from(`<p>${REPORT}</p>`), 'upload', { format: 'html', text: REPORT }],
    ['markdown by source name', Buffer.from(`**${REPORT}**`), 'r.md', { format: 'md', text: REPORT }],
  ]
  for (const [label, bytes, source, want] of cases) {
    await t.test(label, async () => {
      const doc = (await readBytes(bytes, source)) as unknown as Record<string, unknown>
      for (const [key, value] of Object.entries(want)) assert.equal(doc[key], value, key)
    })
  }
  // prettier-ignore
  const errors: [string, Uint8Array, object, string][] = [
    ['empty', new Uint8Array(0), {}, 'E_INPUT_EMPTY'],
    ['over the limit', Buffer.from(REPORT), { maxBytes: 8 }, 'E_TOO_LARGE'],
    ['binary', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), {}, 'E_INPUT_BINARY'],
    ['PDF magic but corrupt', Buffer.from('%PDF-1.7\nnothing else'), {}, 'E_INPUT_UNREADABLE'],
  ]
  for (const [label, bytes, opts, code] of errors) {
    await t.test(`error: ${label}`, () =>
      assert.rejects(readBytes(bytes, 'stdin', opts), { code, message: /^stdin: / }),
    )
  }
})
