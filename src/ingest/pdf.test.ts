/**
 * @module
 * Tests for extractPdf on PDFs built byte by byte: text, de-hyphenation, furniture, failures.
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { makePdf } from './_make-pdf.js'
import { extractPdf } from './pdf.js'

// Invented report text, laid out as a narrow column (about 60 characters a line).
const REPORT_PAGE_1 = [
  'MALI SECURITY BRIEF',
  'Gunmen attacked the village of Koro on Monday night, burning',
  'granaries and killing three civilians, according to the gov-',
  'ernment spokesman in Bamako, who spoke to reporters on Tuesday.',
  '',
  'The army said it had sent reinforcements from Mopti and that',
  'patrols would continue through the week.',
  '1',
]
const REPORT_PAGE_2 = [
  'MALI SECURITY BRIEF',
  'Residents said the attackers arrived on motorbikes shortly af-',
  'ter dusk and left before soldiers reached the area.',
  '2',
]

test('extractPdf: text layer', async (t) => {
  const got = await extractPdf(makePdf([REPORT_PAGE_1, REPORT_PAGE_2]), 'brief.pdf')
  const paras = got.text.split('\n\n')
  await t.test('lines re-joined, hyphenated words mended, paragraphs kept', () =>
    assert.deepEqual(paras, [
      'Gunmen attacked the village of Koro on Monday night, burning granaries and killing ' +
        'three civilians, according to the government spokesman in Bamako, who spoke to ' +
        'reporters on Tuesday.',
      'The army said it had sent reinforcements from Mopti and that patrols would continue ' +
        'through the week.',
      'Residents said the attackers arrived on motorbikes shortly after dusk and left before ' +
        'soldiers reached the area.',
    ]),
  )
  await t.test('running header and page numbers dropped', () => {
    assert.ok(!got.text.includes('MALI SECURITY BRIEF'))
    assert.ok(!/(^|\n)[12](\n|$)/.test(got.text))
  })
  await t.test('no info dictionary: no title or author', () => {
    assert.equal(got.title, null)
    assert.equal(got.author, null)
  })
})

test('extractPdf: single line with the minimal BT/Tj/ET stream', async () => {
  const got = await extractPdf(makePdf([['Clashes near Tessalit (two dead).']]), 'one.pdf')
  assert.equal(got.text, 'Clashes near Tessalit (two dead).')
})

test('extractPdf: prints nothing to stdout or the console', async () => {
  const seen: string[] = []
  const write = process.stdout.write.bind(process.stdout)
  const { log, warn, info } = console
  const grab = (...a: unknown[]) => void seen.push(a.join(' '))
  process.stdout.write = ((chunk: string | Uint8Array) => {
    grab(String(chunk))
    return true
  }) as typeof process.stdout.write
  Object.assign(console, { log: grab, warn: grab, info: grab })
  try {
    await extractPdf(makePdf([REPORT_PAGE_1]), 'quiet.pdf')
    await extractPdf(Buffer.from('%PDF-1.4\ngarbage'), 'bad.pdf').catch(() => null)
  } finally {
    process.stdout.write = write
    Object.assign(console, { log, warn, info })
  }
  assert.deepEqual(seen, [])
})

test('extractPdf: failures', async (t) => {
  // prettier-ignore
  const cases: [string, Buffer, string, RegExp][] = [
    ['one page with a drawing but no text', makePdf([[]]), 'E_PDF_NO_TEXT', /^scan\.pdf: the PDF has no text layer/],
    ['only whitespace text', makePdf([['   '], ['  ']]), 'E_PDF_NO_TEXT', /no text layer/],
    ['not a PDF at all', Buffer.from('Gunmen attacked Koro.'), 'E_INPUT_UNREADABLE', /^scan\.pdf: not a readable PDF/],
    ['truncated PDF', makePdf([['Some text here.']]).subarray(0, 120), 'E_INPUT_UNREADABLE', /corrupt or truncated/],
  ]
  for (const [label, bytes, code, message] of cases) {
    await t.test(label, () =>
      assert.rejects(extractPdf(bytes, 'scan.pdf'), (e: unknown) => {
        const err = e as { code: string; message: string; hint?: string }
        assert.equal(err.code, code)
        assert.match(err.message, message)
        assert.ok(err.hint && err.hint.length > 10)
        return true
      }),
    )
  }
})
