/**
 * @module
 * Tests for fetchFeed against a local server: RSS and Atom over HTTP, conditional GET, a declared
 * legacy encoding, and the errors (malformed body, error status).
 */
import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { asPublic, reply, startServer } from '../fetch/_test-server.js'
import type { TestServer } from '../fetch/_test-server.js'
import { fetchFeed } from './fetch-feed.js'

const RSS = `<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
<item><title>One</title><link>/a/1</link><guid>g1</guid></item>
<item><title>Two</title><link>/a/2</link><guid>g2</guid></item></channel></rss>`
const ATOM = `<feed xmlns="http://www.w3.org/2005/Atom"><title>Weekly</title>
<entry><title>Three</title><link href="/a/3"/><id>g3</id></entry></feed>`
const LATIN = Buffer.from(
  '<?xml version="1.0" encoding="ISO-8859-1"?><rss><channel><item><title>Attaque à Koro</title>' +
    '<link>/a/4</link></item></channel></rss>',
  'latin1',
)

let server: TestServer
const url = (path: string) => `http://news.test:${server.port}${path}`

before(async () => {
  server = await startServer({
    '/rss': (req, res) => {
      const fresh = req.headers['if-none-match'] === '"r1"'
      res.writeHead(fresh ? 304 : 200, { etag: '"r1"', 'content-type': 'application/rss+xml' })
      res.end(fresh ? undefined : RSS)
    },
    '/atom': reply(200, ATOM, { 'content-type': 'application/atom+xml' }),
    '/latin': reply(200, LATIN, { 'content-type': 'application/xml' }),
    '/broken': reply(200, '<rss><channel><item>', { 'content-type': 'application/rss+xml' }),
    '/error': reply(500, 'oops'),
  })
})
after(() => server.close())

describe('fetchFeed', { timeout: 20_000 }, () => {
  test('RSS: items with absolute URLs, then 304 with the saved ETag', async () => {
    const first = await fetchFeed(url('/rss'), asPublic())
    assert.equal(first.notModified, false)
    if (first.notModified) return
    assert.deepEqual(
      first.feed.items.map((i) => [i.url, i.guid]),
      [
        [url('/a/1'), 'g1'],
        [url('/a/2'), 'g2'],
      ],
    )
    assert.equal(first.validators.etag, '"r1"')
    const again = await fetchFeed(url('/rss'), asPublic({ validators: first.validators }))
    assert.equal(again.notModified, true)
    const accept = server.requests.find((r) => r.path === '/rss')?.headers.accept
    assert.match(String(accept), /application\/rss\+xml/)
  })

  test('Atom over HTTP', async () => {
    const r = await fetchFeed(url('/atom'), asPublic())
    assert.deepEqual(r.notModified ? [] : r.feed.items.map((i) => i.title), ['Three'])
  })

  test('the encoding declared in the XML is used', async () => {
    const r = await fetchFeed(url('/latin'), asPublic())
    assert.deepEqual(r.notModified ? [] : r.feed.items.map((i) => i.title), ['Attaque à Koro'])
  })

  const errors: [label: string, path: string, code: string][] = [
    ['a malformed feed', '/broken', 'E_FEED_MALFORMED'],
    ['an error status after retries', '/error', 'E_FETCH'],
    ['a missing feed', '/missing', 'E_FETCH'],
  ]
  for (const [label, path, code] of errors) {
    test(`error: ${label} is ${code}`, async () => {
      await assert.rejects(
        fetchFeed(url(path), asPublic()),
        (e: Error & { code?: string }) => e.code === code,
      )
    })
  }
})
