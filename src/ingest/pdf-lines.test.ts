/**
 * @module
 * Tests for buildLines: pdfjs-like items grouped into lines with spaces restored.
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { buildLines } from './pdf-lines.js'
import type { PdfItem } from './pdf-lines.js'

/** A 12pt item; width defaults to 6pt per character. */
function item(str: string, x: number, y: number, hasEOL = false, width = str.length * 6): PdfItem {
  return { str, x, y, width, height: 12, hasEOL }
}

test('buildLines', async (t) => {
  // prettier-ignore
  const cases: [string, PdfItem[], string[]][] = [
    ['hasEOL ends a line', [item('Two soldiers', 72, 700, true), item('were killed.', 72, 686)], ['Two soldiers', 'were killed.']],
    ['a baseline change ends a line without hasEOL', [item('Gao', 72, 700), item('Kidal', 72, 680)], ['Gao', 'Kidal']],
    ['items on one baseline join; a visible gap becomes a space', [item('Armed', 72, 700), item('men', 110, 700)], ['Armed men']],
    ['touching items join without a space', [item('Tom', 72, 700), item('bouctou', 90, 700)], ['Tombouctou']],
    ['an existing space is not doubled', [item('Armed ', 72, 700), item('men', 120, 700)], ['Armed men']],
    ['control characters from broken encodings are dropped', [item('Kid\u0000al\u0003', 72, 700, true), item('\u0001', 72, 686)], ['Kidal']],
    ['small baseline jitter (superscript) stays on the line', [item('Attack', 72, 700), item('1', 112, 701.5)], ['Attack 1']],
    ['empty EOL items split lines and whitespace-only lines vanish', [item('A', 72, 700), item('', 78, 700, true), item('  ', 72, 686, true), item('B', 72, 672)], ['A', 'B']],
  ]
  for (const [label, items, want] of cases) {
    await t.test(label, () => assert.deepEqual(buildLines(items).map((l) => l.text), want))
  }
  await t.test('geometry is kept', () => {
    const [line] = buildLines([item('Armed', 72, 700), item('men', 110, 700)])
    assert.deepEqual(line, { text: 'Armed men', x: 72, y: 700, width: 110 + 18 - 72, height: 12 })
  })
})
