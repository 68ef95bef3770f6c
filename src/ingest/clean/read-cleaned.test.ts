/**
 * @module
 * Lead cleaning through the readers, as ingest runs it: a plain-text mirror page, an HTML page
 * whose article opens with a byline, and a PDF print with a site label and a "Par … Publié le"
 * line. The stored text starts at the title, the byline fills author and date, front matter and
 * caller options still win, and the content hash is that of the cleaned text.
 */
import assert from 'node:assert/strict'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import { contentHash } from '../fingerprint.js'
import { readDocument } from '../read-document.js'
import { readText } from '../read-text.js'
import { makePdf } from '../_make-pdf.js'

const BODY =
  'Unidentified gunmen burned the weekly market of Tinbarka on Sunday and wounded two traders, ' +
  'the mayor said by telephone.'

const MIRROR = [
  'خبرنامه آزاد دشت', '', 'www.free-plain.example', '', 'World Languages', '',
  'letters@free-plain.example', '', 'Idrissa Maïga 17.05.2023', '', 'Market burned in Tinbarka',
  '', BODY,
].join('\n')

describe('readers clean the lead before storing', () => {
  it('plain text mirror page: title, author and date from the page itself', () => {
    const doc = readText(MIRROR, 'mirror.txt')
    assert.equal(doc.text, `Market burned in Tinbarka\n\n${BODY}`)
    assert.equal(doc.title, 'Market burned in Tinbarka')
    assert.deepEqual([doc.author, doc.published_at], ['Idrissa Maïga', '2023-05-17'])
    assert.equal(doc.content_hash, contentHash(doc.text))
  })

  it('front matter and caller options win over the byline', () => {
    const fm = `---\nauthor: Desk Editor\npublished: 2023-05-18\n---\n${MIRROR}`
    const doc = readText(fm, 'mirror.txt')
    assert.deepEqual([doc.author, doc.published_at], ['Desk Editor', '2023-05-18'])
    const opt = readText(MIRROR, 'mirror.txt', { published: '2023-05-20' })
    assert.equal(opt.published_at, '2023-05-20')
  })

  it('HTML article opening with a byline line', () => {
    const html = `<!doctype html><html><head><title>Market burned</title></head><body>
      <article><h1>Market burned in Tinbarka</h1><p>By Idrissa Maïga, Reuters</p>
      <p>${BODY}</p><p>${BODY.replace('Sunday', 'Monday')}</p></article></body></html>`
    const doc = readText(html, 'page.html')
    assert.ok(!doc.text.includes('By Idrissa'), doc.text)
    assert.ok(doc.text.includes(BODY))
    assert.equal(doc.author, 'Idrissa Maïga')
  })

  it('PDF print: site label gone, "Par … Publié le" read', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'faultline-clean-'))
    try {
      const file = join(dir, 'print.pdf')
      // The test PDF writer is ASCII-only (Helvetica, no font encoding).
      const corps = 'Des hommes armes ont incendie le marche hebdomadaire de Tinbarka dimanche.'
      await writeFile(file, makePdf([[
        'Regional desks of the Network:', '', 'Marche incendie a Tinbarka', '',
        'Par Idrissa Maiga - Publie le 17/05/2023', '', corps,
      ]]))
      const doc = await readDocument(file)
      assert.equal(doc.text, `Marche incendie a Tinbarka\n\n${corps}`)
      assert.deepEqual([doc.author, doc.published_at], ['Idrissa Maiga', '2023-05-17'])
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })
})
