/**
 * @module
 * End-to-end tests for readDocument on fixture files written to a temp folder.
 */
import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { mkdir, mkdtemp, rm, truncate, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, test } from 'node:test'
import { makePdf } from './_make-pdf.js'
import { docIdFor } from './fingerprint.js'
import { readDocument } from './read-document.js'

// Invented reports; nothing here comes from real data.
const REPORT =
  'Five soldiers were killed when their convoy hit an explosive device near Boni on Sunday, ' +
  'the army said.'
const FR_REPORT =
  'Cinq soldats ont été tués lorsque leur convoi a sauté sur un engin explosif près de Boni, ' +
  "selon l'armée."
const MARKDOWN = `# Convoy hit near **Boni**

${REPORT.replace('the army said', 'the [army](https://example.org/army) said')}

> Residents said the *road* had been mined before.
`
const HTML = `<!doctype html><html><head><meta property="og:site_name" content="Gao Daily">
<meta property="article:published_time" content="2024-01-09T06:00:00Z">
<title>Convoy hit</title></head>
<body><nav><a>Home</a> <a>Politics</a></nav><article><h2>Convoy hit near Boni</h2><p>${REPORT}</p>
<p>Residents said the road had been mined before and that traffic had stopped for days.</p>
</article>
<footer>Gao Daily 2024</footer></body></html>`

/** Splits prose into two lines at the last space before `n`, as a PDF column would. */
function splitAtSpace(s: string, n: number): [string, string] {
  const i = s.lastIndexOf(' ', n)
  return [s.slice(0, i), s.slice(i + 1)]
}

let dir = ''
const at = (name: string) => join(dir, name)

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'faultline-ingest-'))
  const files: Record<string, string | Buffer> = {
    'report.txt': `Convoy hit near Boni\r\n\r\n\r\n\r\n${REPORT}   \r\n`,
    'same.txt': `\uFEFFConvoy hit near Boni\n\n${REPORT}\n`,
    'fr.txt': FR_REPORT,
    'front.txt':
      '---\ntitle: Convoy hit near Boni\noutlet: Radio Boni\npublished: 2024-01-08\n' +
      `author: E. Maiga\n---\n${REPORT}\n`,
    'report.md': MARKDOWN,
    'page.HTML': HTML,
    'empty-page.html': '<html><body><nav><a>Home</a></nav></body></html>',
    'brief.pdf': makePdf([['Convoy hit near Boni', '', ...splitAtSpace(REPORT, 58)]]),
    'scan.pdf': makePdf([[]]),
    'broken.pdf': '%PDF-1.4\nthis is not a pdf body',
    'empty.txt': '',
    'blank.md': ' \n\t\n  \r\n',
    'junk.txt': randomBytes(2048),
    'nul.html': Buffer.from('<p>ok</p>\u0000\u0000\u0000', 'utf8'),
    'report.docx': 'PK fake',
  }
  for (const [name, body] of Object.entries(files)) await writeFile(at(name), body)
  await mkdir(at('folder.txt'))
  await writeFile(at('huge.txt'), '')
  await truncate(at('huge.txt'), 60 * 1024 * 1024) // sparse: over the 50 MB default, never read
})
after(() => rm(dir, { recursive: true, force: true }))

test('readDocument: formats', async (t) => {
  await t.test('txt: normalised, title from the first short line, English', async () => {
    const doc = await readDocument(at('report.txt'))
    assert.equal(doc.text, `Convoy hit near Boni\n\n${REPORT}`)
    assert.deepEqual(
      { title: doc.title, format: doc.format, language: doc.language, source: doc.source },
      { title: 'Convoy hit near Boni', format: 'txt', language: 'en', source: at('report.txt') },
    )
    assert.match(doc.content_hash, /^[0-9a-f]{64}$/)
  })
  await t.test('same content (BOM, CRLF, blank lines aside) gives the same doc id', async () => {
    const [a, b] = await Promise.all([readDocument(at('report.txt')), readDocument(at('same.txt'))])
    assert.equal(docIdFor(a.content_hash), docIdFor(b.content_hash))
  })
  await t.test('French text is detected', async () => {
    assert.equal((await readDocument(at('fr.txt'))).language, 'fr')
  })
  await t.test('front matter sets metadata and is removed from the text', async () => {
    const doc = await readDocument(at('front.txt'))
    assert.equal(doc.text, REPORT)
    assert.deepEqual(
      { title: doc.title, outlet: doc.outlet, published: doc.published_at, author: doc.author },
      {
        title: 'Convoy hit near Boni',
        outlet: 'Radio Boni',
        published: '2024-01-08',
        author: 'E. Maiga',
      },
    )
  })
  await t.test('options override document metadata', async () => {
    const opts = { outlet: 'Override FM', published: '2024-02-29' }
    const doc = await readDocument(at('front.txt'), opts)
    assert.deepEqual([doc.outlet, doc.published_at], ['Override FM', '2024-02-29'])
  })
  await t.test('markdown markup is stripped', async () => {
    const doc = await readDocument(at('report.md'))
    const quote = 'Residents said the road had been mined before.'
    assert.equal(doc.text, `Convoy hit near Boni\n\n${REPORT}\n\n${quote}`)
    assert.equal(doc.format, 'md')
  })
  await t.test('html (upper-case extension): article only, metadata', async () => {
    const doc = await readDocument(at('page.HTML'))
    assert.equal(doc.format, 'html')
    assert.ok(doc.text.includes(REPORT))
    assert.ok(!doc.text.includes('Politics'))
    assert.deepEqual([doc.outlet, doc.published_at], ['Gao Daily', '2024-01-09'])
  })
  await t.test('pdf: heading and re-joined body', async () => {
    const doc = await readDocument(at('brief.pdf'))
    assert.equal(doc.text, `Convoy hit near Boni\n\n${REPORT}`)
    assert.deepEqual([doc.format, doc.title, doc.language], ['pdf', 'Convoy hit near Boni', 'en'])
  })
})

test('readDocument: errors name the path and give a hint', async (t) => {
  // prettier-ignore
  const cases: [string, string, object | undefined, string, RegExp][] = [
    ['missing file', 'nope.txt', undefined, 'E_INPUT_UNREADABLE', /nope\.txt: no such file/],
    ['a folder named like a file', 'folder.txt', undefined, 'E_INPUT_UNREADABLE', /folder\.txt: is a folder, not a file/],
    ['a missing file with an unsupported extension', 'gone.docx', undefined, 'E_INPUT_UNREADABLE', /gone\.docx: no such file/],
    ['unsupported extension', 'report.docx', undefined, 'E_INPUT_FORMAT', /report\.docx: unsupported file type/],
    ['empty file', 'empty.txt', undefined, 'E_INPUT_EMPTY', /empty\.txt: the input is empty/],
    ['whitespace-only markdown', 'blank.md', undefined, 'E_INPUT_EMPTY', /blank\.md: the input is empty/],
    ['random bytes named .txt', 'junk.txt', undefined, 'E_INPUT_BINARY', /junk\.txt: not a text file/],
    ['NUL bytes in html', 'nul.html', undefined, 'E_INPUT_BINARY', /nul\.html: not a text file \(it contains NUL bytes\)/],
    ['html without an article', 'empty-page.html', undefined, 'E_HTML_NO_ARTICLE', /empty-page\.html: no article/],
    ['pdf without text', 'scan.pdf', undefined, 'E_PDF_NO_TEXT', /scan\.pdf: the PDF has no text layer/],
    ['corrupt pdf', 'broken.pdf', undefined, 'E_INPUT_UNREADABLE', /broken\.pdf: not a readable PDF/],
    ['over a small maxBytes', 'report.txt', { maxBytes: 20 }, 'E_TOO_LARGE', /report\.txt: \d+ bytes .* over the 20-byte/],
    ['over the 50 MB default (sparse file)', 'huge.txt', undefined, 'E_TOO_LARGE', /huge\.txt: 62914560 bytes \(60\.0 MB\)/],
    ['impossible published date', 'report.txt', { published: '2022-13-40' }, 'E_BAD_ARGUMENT', /^invalid date 2022-13-40: expected YYYY-MM-DD$/],
    ['zero maxBytes', 'report.txt', { maxBytes: 0 }, 'E_BAD_ARGUMENT', /invalid size limit 0/],
  ]
  for (const [label, name, opts, code, message] of cases) {
    await t.test(label, () =>
      assert.rejects(readDocument(at(name), opts), (e: unknown) => {
        const err = e as { name: string; code: string; message: string; hint?: string }
        assert.equal(err.name, 'FaultlineError')
        assert.equal(err.code, code)
        assert.match(err.message, message)
        assert.ok(err.hint && err.hint.length > 10, 'has a hint')
        return true
      }),
    )
  }
  await t.test('unsupported extension hint lists the supported ones', () =>
    assert.rejects(readDocument(at('report.docx')), { hint: /\.txt.*\.md.*\.html.*\.htm.*\.pdf/ }),
  )
})
