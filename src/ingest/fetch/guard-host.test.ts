/**
 * @module
 * Tests for the SSRF guard through politeFetch, against a local server on 127.0.0.1. With the
 * default policy that server is loopback and must be refused before any request is sent; the
 * tests that need a "public" host use `asPublic`, under which only 127.0.0.1 passes.
 */
import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { politeFetch } from './polite-fetch.js'
import { asPublic, fakeResolver, reply, startServer } from './_test-server.js'
import type { TestServer } from './_test-server.js'

let server: TestServer
const blocked = (e: unknown) => {
  const err = e as { code?: string; hint?: string }
  return err.code === 'E_SSRF_BLOCKED' && /--allow-private/.test(err.hint ?? '')
}

before(async () => {
  server = await startServer({
    '/page': reply(200, 'local page'),
    '/to-loopback': (_req, res) =>
      res.writeHead(302, { location: `http://127.0.0.2:${server.port}/page` }).end(),
    '/to-name': (_req, res) =>
      res.writeHead(302, { location: `http://internal.test:${server.port}/page` }).end(),
    '/to-mapped': (_req, res) =>
      res.writeHead(302, { location: `http://[::ffff:7f00:2]:${server.port}/page` }).end(),
  })
})
after(() => server.close())

describe('SSRF guard', { timeout: 20_000 }, () => {
  test('a URL to 127.0.0.1 is refused by default, and nothing is sent', async () => {
    await assert.rejects(politeFetch(`${server.origin}/page`), blocked)
    assert.equal(server.requests.length, 0)
  })

  test('a name resolving to loopback is refused after DNS, naming the address', async () => {
    const opts = { resolve: fakeResolver({ 'intranet.test': '127.0.0.1' }) }
    await assert.rejects(
      politeFetch(`http://intranet.test:${server.port}/page`, opts),
      (e: Error) => {
        return (
          blocked(e) &&
          /127\.0\.0\.1, a loopback address \(intranet\.test resolves to it\)/.test(e.message)
        )
      },
    )
    assert.equal(server.requests.length, 0)
  })

  test('localhost through the system resolver is refused', async () => {
    await assert.rejects(politeFetch(`http://localhost:${server.port}/page`), blocked)
    assert.equal(server.requests.length, 0)
  })

  test('with allowPrivate the same URL is fetched', async () => {
    const res = await politeFetch(`${server.origin}/page`, { allowPrivate: true, robots: false })
    assert.equal(new TextDecoder().decode(res.body), 'local page')
  })

  const literals: [label: string, host: string][] = [
    ['IPv6 loopback', '[::1]'],
    ['IPv4-mapped IPv6 loopback', '[::ffff:127.0.0.1]'],
    ['cloud metadata (link-local)', '169.254.169.254'],
    ['private 10/8', '10.1.2.3'],
    ['this network 0.0.0.0', '0.0.0.0'],
    ['loopback in hex, as the URL parser reads it', '0x7f.1'],
    ['loopback as one decimal number', '2130706433'],
  ]
  for (const [label, host] of literals) {
    test(`literal ${label} is refused before connecting`, async () => {
      await assert.rejects(
        politeFetch(`http://${host}:${server.port}/page`, { robots: false }),
        blocked,
      )
    })
  }

  test('a name with one public and one private address is refused', async () => {
    const resolve = fakeResolver({ 'mixed.test': ['127.0.0.1', '192.168.1.10'] })
    const get = politeFetch(`http://mixed.test:${server.port}/page`, asPublic({ resolve }))
    await assert.rejects(
      get,
      (e: Error) => blocked(e) && /192\.168\.1\.10, a private/.test(e.message),
    )
  })

  const hops: [label: string, path: string][] = [
    ['a loopback literal', '/to-loopback'],
    ['a name resolving to a private address', '/to-name'],
    ['an IPv4-mapped IPv6 loopback in hex', '/to-mapped'],
  ]
  for (const [label, path] of hops) {
    test(`a redirect from a public host to ${label} is refused`, async () => {
      const resolve = fakeResolver({ 'news.test': '127.0.0.1', 'internal.test': '127.0.0.2' })
      const before = server.hits('/page')
      const get = politeFetch(`http://news.test:${server.port}${path}`, asPublic({ resolve }))
      await assert.rejects(get, blocked)
      assert.equal(server.hits(path), 1, 'the public hop was fetched')
      assert.equal(server.hits('/page'), before, 'the private hop was not')
    })
  }

  test('the connection goes to the checked address, not a second DNS answer', async () => {
    let calls = 0
    const resolve = async () => {
      calls++
      // A rebinding name: public the first time it is asked, private after.
      return [{ address: calls === 1 ? '127.0.0.1' : '127.0.0.2', family: 4 }]
    }
    const res = await politeFetch(
      `http://rebind.test:${server.port}/page`,
      asPublic({ resolve, robots: false }),
    )
    assert.equal(res.status, 200)
    assert.equal(calls, 1)
  })
})
