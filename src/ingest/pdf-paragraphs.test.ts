/**
 * @module
 * Tests for dropPageFurniture and joinParagraphs on synthetic page lines.
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { PdfLine } from './pdf-lines.js'
import { dropPageFurniture, joinParagraphs } from './pdf-paragraphs.js'

/**
 * Lines 14pt apart from y=720, an empty string leaving a blank line; width 6pt per character,
 * so a 60-character line is a full column.
 */
function page(...texts: string[]): PdfLine[] {
  let y = 720
  return texts.map((text) => {
    const line = { text, x: 72, y, width: text.length * 6, height: 12 }
    y -= 14
    return line
  }).filter((l) => l.text !== '')
}

const FULL = `X${'x'.repeat(59)}`
const LOWER = 'x'.repeat(60)

test('dropPageFurniture', async (t) => {
  const pages = [
    page('SAHEL MONITOR - WEEKLY', 'Body one.', 'Body two.', 'Page 1 of 3'),
    page('SAHEL MONITOR - WEEKLY', 'Body three.', 'Body four.', 'Page 2 of 3'),
    page('Sahel Monitor - Weekly', 'Body five.', 'Body six.', '3'),
  ]
  await t.test('repeated header and page numbers go, body stays', () =>
    assert.deepEqual(dropPageFurniture(pages).map((p) => p.map((l) => l.text)), [
      ['Body one.', 'Body two.'],
      ['Body three.', 'Body four.'],
      ['Body five.', 'Body six.'],
    ]),
  )
  await t.test('page-number shapes at the edges go', () => {
    const shapes = ['12', '- 3 -', 'Page 4', 'page 5 of 9', '6 / 9', '7 sur 9', 'iv', '(8)']
    const towns = ['Gao', 'Kidal', 'Mopti', 'Ségou', 'Kayes', 'Sikasso', 'Koulikoro', 'Ménaka']
    const kept = dropPageFurniture(shapes.map((n, i) => page(n, `${towns[i]}.`)))
    assert.deepEqual(kept.map((p) => p.map((l) => l.text).join()), towns.map((t) => `${t}.`))
  })
  await t.test('a line repeated mid-page is not furniture', () => {
    const mid = [page('a', 'b', 'Same line.', 'c', 'd'), page('e', 'f', 'Same line.', 'g', 'h')]
    const kept = dropPageFurniture(mid)[0]?.map((l) => l.text)
    assert.deepEqual(kept, ['a', 'b', 'Same line.', 'c', 'd'])
  })
  await t.test('on a single page only a bare page number goes', () => {
    const kept = dropPageFurniture([page('Title', 'Text.', '- 1 -')])[0]?.map((l) => l.text)
    assert.deepEqual(kept, ['Title', 'Text.'])
  })
})

test('joinParagraphs', async (t) => {
  const long = (s: string) => s.padEnd(60, ' word').slice(0, 60)
  // prettier-ignore
  const cases: [string, PdfLine[][], string][] = [
    ['word hyphenated at line end is mended', [page(`${long('The')} gov-`, 'ernment said.')], `${long('The')} government said.`],
    ['a real compound hyphen is kept', [page(`${long('Led by')} Ould-`, 'Mohamed, they left.')], `${long('Led by')} Ould-Mohamed, they left.`],
    ['soft hyphen is mended', [page(`${long('An')} at\u00AD`, 'tack.')], `${long('An')} attack.`],
    ['mid-sentence line breaks are re-joined', [page(FULL, 'and more.')], `${FULL} and more.`],
    ['a short line ending a sentence ends the paragraph', [page(FULL, 'End.', FULL)], `${FULL} End.\n\n${FULL}`],
    ['a blank-line gap starts a paragraph', [page(FULL, 'x', '', LOWER, 'z')], `${FULL} x\n\n${LOWER} z`],
    ['a short heading before body text', [page('Five killed in Mopti', FULL, 'done.')], `Five killed in Mopti\n\n${FULL} done.`],
    ['bullets start paragraphs', [page('Toll:', '• two dead', '• one hurt')], 'Toll:\n\n• two dead\n\n• one hurt'],
    ['a sentence running over a page break is joined', [page(FULL, FULL), page('continued here.')], `${FULL} ${FULL} continued here.`],
  ]
  for (const [label, pages, want] of cases) {
    await t.test(label, () => assert.equal(joinParagraphs(pages), want))
  }
})
