/**
 * @module
 * Tests for fetchDocument against a local server: an HTML article, a PDF, a legacy charset,
 * the outlet fallback, and refusals (error status, a feed given as an article).
 */
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { after, before, describe, test } from 'node:test'
import { makePdf } from '../_make-pdf.js'
import { fetchDocument } from './fetch-document.js'
import { asPublic, reply, startServer } from './_test-server.js'
import type { TestServer } from './_test-server.js'

const ARTICLE = readFileSync(
  new URL('../../../examples/06-sahel-dispatch-gao-drone.html', import.meta.url),
)
const BARE = `<html><head><title>Clash in Kidal</title></head><body><article>
<p>Fighting broke out in Kidal on Monday between two armed groups, residents said, and at least
three people were killed in the exchange of fire near the market.</p>
<p>Both groups blamed the other for starting the clash; calm had returned by the evening.</p>
</article></body></html>`
const LATIN1 = Buffer.from(
  'Des hommes armés ont attaqué le village de Koro, tuant trois civils.',
  'latin1',
)

let server: TestServer
const url = (path: string) => `http://news.test:${server.port}${path}`

before(async () => {
  server = await startServer({
    '/gao': reply(200, ARTICLE, { 'content-type': 'text/html; charset=utf-8' }),
    '/moved': (_req, res) => res.writeHead(301, { location: url('/gao') }).end(),
    '/kidal': reply(200, BARE, { 'content-type': 'text/html' }),
    '/report': reply(200, makePdf([['Gunmen attacked Koro on Monday, killing three.']]), {
      'content-type': 'application/pdf',
    }),
    '/koro': reply(200, LATIN1, { 'content-type': 'text/plain; charset=ISO-8859-1' }),
    '/feed': reply(200, '<rss version="2.0"><channel/></rss>', {
      'content-type': 'application/rss+xml',
    }),
    '/gone': reply(410, 'gone'),
  })
})
after(() => server.close())

describe('fetchDocument', { timeout: 20_000 }, () => {
  test('an HTML article: text, title, outlet and date, the final URL as source', async () => {
    const raw = await fetchDocument(url('/moved'), asPublic())
    assert.equal(raw.format, 'html')
    assert.equal(raw.source, url('/gao'))
    assert.equal(raw.title, 'Drone strike hits militants east of Gao')
    assert.equal(raw.outlet, 'Sahel Dispatch')
    assert.equal(raw.published_at, '2024-03-21')
    assert.match(raw.text, /^The Malian army said on Wednesday/)
    assert.ok(!raw.text.includes('Share on social media'))
  })

  test('a page naming no outlet gets its host name; --outlet still wins', async () => {
    assert.equal((await fetchDocument(url('/kidal'), asPublic())).outlet, 'news.test')
    const named = await fetchDocument(url('/kidal'), asPublic({ outlet: 'Kidal Info' }))
    assert.equal(named.outlet, 'Kidal Info')
  })

  test('a PDF is read by its type', async () => {
    const raw = await fetchDocument(url('/report'), asPublic())
    assert.equal(raw.format, 'pdf')
    assert.match(raw.text, /Gunmen attacked Koro/)
  })

  test('a legacy charset from Content-Type is decoded', async () => {
    const raw = await fetchDocument(url('/koro'), asPublic())
    assert.match(raw.text, /Des hommes armés ont attaqué/)
  })

  const refusals: [label: string, path: string, code: string, message: RegExp][] = [
    ['an error status is E_FETCH naming it', '/gone', 'E_FETCH', /HTTP 410/],
    ['a missing page', '/nowhere', 'E_FETCH', /HTTP 404/],
    ['a feed is not an article', '/feed', 'E_INPUT_FORMAT', /is a feed/],
  ]
  for (const [label, path, code, message] of refusals) {
    test(`refused: ${label}`, async () => {
      await assert.rejects(fetchDocument(url(path), asPublic()), (e: Error & { code?: string }) => {
        return e.code === code && message.test(e.message)
      })
    })
  }
})
