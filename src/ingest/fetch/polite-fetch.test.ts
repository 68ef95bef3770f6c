/**
 * @module
 * Tests for politeFetch against a local server: headers, conditional GET, retries, size and
 * time limits, redirects and robots.txt. SSRF refusals are in guard-host.test.ts.
 */
import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { gzipSync } from 'node:zlib'
import { politeFetch } from './polite-fetch.js'
import { asPublic, fakeResolver, reply, sequence, startServer } from './_test-server.js'
import type { TestServer } from './_test-server.js'

const ROBOTS =
  'User-agent: *\nDisallow: /private/\n\nUser-agent: Faultline\nDisallow: /no-bots\nAllow: /\n'
const text = (b: Uint8Array) => new TextDecoder().decode(b)
const code = (c: string) => (e: unknown) => (e as { code?: string }).code === c

let server: TestServer
let url: (path: string) => string

before(async () => {
  server = await startServer({
    // Each test host name is its own origin with its own robots.txt.
    '/robots.txt': (req, res) => {
      const host = String(req.headers.host).split(':')[0]
      const status = host === 'down.test' ? 503 : host === 'gone.test' ? 404 : 200
      res.writeHead(status, { 'content-type': 'text/plain' })
      res.end(host === 'star.test' ? 'User-agent: *\nDisallow: /private/\n' : ROBOTS)
    },
    '/page': reply(200, '<p>hello</p>', { 'content-type': 'text/html' }),
    '/etag': (req, res) => {
      const fresh = req.headers['if-none-match'] === '"v1"'
      res.writeHead(fresh ? 304 : 200, {
        etag: '"v1"',
        'last-modified': 'Mon, 02 Jan 2023 10:00:00 GMT',
      })
      res.end(fresh ? undefined : 'body v1')
    },
    '/flaky': sequence(reply(503, 'busy', { 'retry-after': '0' }), reply(200, 'ok')),
    '/limited': sequence(reply(429, 'slow down'), reply(200, 'ok after 429')),
    '/down': reply(503, 'down'),
    '/reset': sequence((req) => req.socket.destroy(), reply(200, 'ok after reset')),
    '/patience': reply(503, 'later', { 'retry-after': '3600' }),
    '/big': reply(200, 'x'.repeat(5000), { 'content-type': 'text/plain' }),
    '/stream': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' })
      for (let i = 0; i < 10; i++) res.write('y'.repeat(1000))
      res.end()
    },
    '/bomb': reply(200, gzipSync(Buffer.alloc(1_000_000)), { 'content-encoding': 'gzip' }),
    '/gzip': reply(200, gzipSync('compressed text'), { 'content-encoding': 'gzip' }),
    '/hang': () => {},
    '/r1': reply(302, '', { location: '/r2' }),
    '/r2': (_req, res) => res.writeHead(301, { location: url('/r3') }).end(),
    '/r3': reply(307, '', { location: '/page' }),
    '/loop': reply(302, '', { location: '/loop' }),
    '/to-file': reply(302, '', { location: 'file:///etc/passwd' }),
    '/private/x': reply(200, 'secret'),
    '/no-bots': reply(200, 'not for bots'),
  })
  url = (path) => `http://news.test:${server.port}${path}`
})
after(() => server.close())

describe('politeFetch', { timeout: 20_000 }, () => {
  test('article: body, final URL, a Faultline User-Agent, robots.txt read first', async () => {
    const res = await politeFetch(url('/page'), asPublic())
    assert.equal(res.status, 200)
    assert.equal(text(res.body), '<p>hello</p>')
    assert.equal(res.finalUrl, url('/page'))
    const seen = server.requests.filter((r) => r.path === '/page').at(-1)
    assert.match(String(seen?.headers['user-agent']), /^Faultline\//)
    assert.equal(seen?.headers.host, `news.test:${server.port}`)
    assert.ok(server.hits('/robots.txt') >= 1)
  })

  test('conditional GET: validators come back, and a 304 is notModified', async () => {
    const first = await politeFetch(url('/etag'), asPublic())
    assert.equal(first.notModified, false)
    assert.deepEqual(first.validators, {
      etag: '"v1"',
      lastModified: 'Mon, 02 Jan 2023 10:00:00 GMT',
    })
    const again = await politeFetch(url('/etag'), asPublic({ validators: first.validators }))
    assert.equal(again.status, 304)
    assert.equal(again.notModified, true)
    assert.deepEqual(again.validators, first.validators)
    const sent = server.requests.filter((r) => r.path === '/etag').at(-1)?.headers
    assert.equal(sent?.['if-modified-since'], 'Mon, 02 Jan 2023 10:00:00 GMT')
  })

  const retries: [label: string, path: string, status: number, body: string, hits: number][] = [
    ['503 with Retry-After: 0, then 200', '/flaky', 200, 'ok', 2],
    ['429, then 200', '/limited', 200, 'ok after 429', 2],
    ['a reset connection, then 200', '/reset', 200, 'ok after reset', 2],
    ['503 every time: the last answer after 3 attempts', '/down', 503, 'down', 3],
  ]
  for (const [label, path, status, body, hits] of retries) {
    test(`retries: ${label}`, async () => {
      const before = server.hits(path)
      const res = await politeFetch(url(path), asPublic())
      assert.equal(res.status, status)
      assert.equal(text(res.body), body)
      assert.equal(server.hits(path) - before, hits)
    })
  }

  test('retries: a Retry-After over the cap gives up at once with E_FETCH', async () => {
    await assert.rejects(politeFetch(url('/patience'), asPublic()), (e: Error) => {
      return code('E_FETCH')(e) && /wait 3600 s/.test(e.message)
    })
    assert.equal(server.hits('/patience'), 1)
  })

  const limits: [label: string, path: string][] = [
    ['a declared Content-Length over the limit', '/big'],
    ['a streamed body over the limit', '/stream'],
    ['a gzip body that inflates past the limit', '/bomb'],
  ]
  for (const [label, path] of limits) {
    test(`size limit: ${label} is E_TOO_LARGE`, async () => {
      await assert.rejects(
        politeFetch(url(path), asPublic({ maxBytes: 4096 })),
        code('E_TOO_LARGE'),
      )
    })
  }

  test('gzip bodies are decompressed', async () => {
    assert.equal(text((await politeFetch(url('/gzip'), asPublic())).body), 'compressed text')
  })

  test('timeout: a server that never answers is E_FETCH within the limit', async () => {
    const start = Date.now()
    await assert.rejects(politeFetch(url('/hang'), asPublic({ timeoutMs: 300 })), (e: Error) => {
      return code('E_FETCH')(e) && /timed out after 300 ms/.test(e.message)
    })
    assert.ok(Date.now() - start < 1500, 'a timeout is not retried')
  })

  test('redirects: a relative, absolute, relative chain ends at the page', async () => {
    const res = await politeFetch(url('/r1'), asPublic())
    assert.equal(res.status, 200)
    assert.equal(res.finalUrl, url('/page'))
  })

  test('redirects: more than 5 is E_FETCH; a redirect to file: is refused', async () => {
    await assert.rejects(politeFetch(url('/loop'), asPublic()), /more than 5 redirects/)
    await assert.rejects(politeFetch(url('/to-file'), asPublic()), /only http and https/)
  })

  const robots: [label: string, host: string, path: string, allowed: boolean][] = [
    ['the * group disallows /private/', 'star.test', '/private/x', false],
    ['the Faultline group disallows /no-bots', 'news.test', '/no-bots', false],
    ['the Faultline group replaces the * group', 'news.test', '/private/x', true],
    ['a robots.txt answering 503 disallows everything', 'down.test', '/page', false],
    ['a missing robots.txt (404) allows everything', 'gone.test', '/no-bots', true],
  ]
  for (const [label, host, path, allowed] of robots) {
    test(`robots: ${label}`, async () => {
      const before = server.hits(path)
      const names = { [host]: '127.0.0.1' }
      const get = politeFetch(
        `http://${host}:${server.port}${path}`,
        asPublic({ resolve: fakeResolver(names) }),
      )
      if (allowed) assert.equal((await get).status, 200)
      else await assert.rejects(get, code('E_ROBOTS'))
      assert.equal(server.hits(path) - before, allowed ? 1 : 0)
    })
  }

  test('robots: read once per origin while cached', async () => {
    const opts = asPublic()
    const before = server.hits('/robots.txt')
    await politeFetch(url('/page'), opts)
    await politeFetch(url('/gzip'), opts)
    assert.equal(server.hits('/robots.txt') - before, 1)
  })

  test('only http and https URLs', async () => {
    await assert.rejects(politeFetch('ftp://news.test/x', asPublic()), code('E_BAD_ARGUMENT'))
    await assert.rejects(politeFetch('not a url', asPublic()), code('E_BAD_ARGUMENT'))
  })
})
