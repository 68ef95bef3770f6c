/**
 * @module
 * Tests for normalizeText: BOM, line ends, trailing spaces, blank-line runs, NFC.
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { normalizeText } from './normalize-text.js'

test('normalizeText', async (t) => {
  // prettier-ignore
  const cases: [string, string, string][] = [
    ['strips a BOM', '\uFEFFGao, 3 May.', 'Gao, 3 May.'],
    ['CRLF and CR become LF', 'one\r\ntwo\rthree', 'one\ntwo\nthree'],
    ['trailing spaces and tabs go', 'Attack reported.  \t\nMore later. \u00A0', 'Attack reported.\nMore later.'],
    ['3+ newlines collapse to one blank line', 'a\n\n\n\n\nb\n\nc', 'a\n\nb\n\nc'],
    ['blank lines made of spaces collapse too', 'a\n  \n \t\n\nb', 'a\n\nb'],
    ['leading and trailing blank lines go', '\n\n  \nText.\n\n\n', 'Text.'],
    ['NFD accents are composed (NFC)', 'Se\u0301gou', 'S\u00E9gou'],
    ['leading indentation of the first line is kept', '  Indented.', '  Indented.'],
    ['whitespace only becomes empty', ' \n\t\r\n ', ''],
  ]
  for (const [label, input, want] of cases) {
    await t.test(label, () => assert.equal(normalizeText(input), want))
  }
})
