/**
 * @module
 * Tests for politeFetch over https against a local server with a throwaway certificate for
 * `news.test` (made with openssl; skipped where it is missing). They show that pinning the
 * connection to the checked address keeps TLS checking the name in the URL.
 */
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { createServer } from 'node:https'
import type { Server } from 'node:https'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, test } from 'node:test'
import { politeFetch } from './polite-fetch.js'
import { asPublic, fakeResolver } from './_test-server.js'

/** A self-signed certificate for news.test, or null without openssl. */
function makeCert(): { cert: string; key: string } | null {
  const dir = mkdtempSync(join(tmpdir(), 'faultline-tls-'))
  const [cert, key] = [join(dir, 'cert.pem'), join(dir, 'key.pem')]
  try {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '1',
        '-subj',
        '/CN=news.test',
        '-addext',
        'subjectAltName=DNS:news.test',
        '-keyout',
        key,
        '-out',
        cert,
      ],
      { stdio: 'ignore', timeout: 20_000 },
    )
  } catch {
    return null
  }
  return { cert: readFileSync(cert, 'utf8'), key: readFileSync(key, 'utf8') }
}

const tls = makeCert()
let server: Server
let port = 0

before(async () => {
  if (!tls) return
  server = createServer(tls, (req, res) => {
    const robots = req.url === '/robots.txt'
    res.writeHead(robots ? 404 : 200, { 'content-type': 'text/plain' })
    res.end(robots ? '' : `hello ${req.headers.host}`)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  port = (server.address() as AddressInfo).port
})
after(() => {
  server?.closeAllConnections()
  server?.close()
})

describe('politeFetch over https', { timeout: 30_000, skip: tls ? false : 'no openssl' }, () => {
  test('the certificate is checked against the URL’s name, not the pinned address', async () => {
    const res = await politeFetch(`https://news.test:${port}/page`, asPublic({ ca: tls?.cert }))
    assert.equal(new TextDecoder().decode(res.body), `hello news.test:${port}`)
  })

  test('a certificate for another name is E_FETCH at once, not retried', async () => {
    const resolve = fakeResolver({ 'other.test': '127.0.0.1' })
    const get = politeFetch(`https://other.test:${port}/page`, asPublic({ ca: tls?.cert, resolve }))
    await assert.rejects(get, (e: Error & { code?: string }) => {
      return e.code === 'E_FETCH' && /TLS certificate rejected/.test(e.message)
    })
  })

  test('an untrusted certificate is refused', async () => {
    const get = politeFetch(`https://news.test:${port}/page`, asPublic())
    await assert.rejects(get, /TLS certificate rejected/)
  })
})
