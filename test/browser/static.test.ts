/**
 * @module
 * The dashboard's static serving (`src/api/static.ts`) through the real app, without a browser:
 * index.html with its CSP at `/` and at SPA paths, hashed assets with a long cache, `/api/…`
 * untouched (JSON 404 for unknown routes), and a 503 hint when the bundle is not built.
 */
import assert from 'node:assert/strict'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, test } from 'node:test'
import { Hono } from 'hono'
import { DASHBOARD_CSP, serveStatic } from '../../src/api/static.js'

describe('static: dashboard serving', () => {
  let dir = ''
  let app: Hono
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'faultline-web-'))
    mkdirSync(join(dir, 'assets'))
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>t</title>')
    writeFileSync(join(dir, 'assets', 'app-abc.js'), 'console.log(1)')
    app = new Hono()
    app.get('/api/health', (c) => c.json({ ok: true }))
    serveStatic(app, dir)
    app.notFound((c) => c.json({ error: { code: 'E_NOT_FOUND' } }, 404))
  })
  after(() => rmSync(dir, { recursive: true, force: true }))

  const cases: [label: string, path: string, status: number, type: RegExp][] = [
    ['root', '/', 200, /text\/html/],
    ['SPA deep link', '/events/doc_x%3A1', 200, /text\/html/],
    ['asset', '/assets/app-abc.js', 200, /javascript/],
    ['missing asset', '/assets/nope.js', 404, /json/],
    ['api route', '/api/health', 200, /json/],
    ['unknown api route stays JSON', '/api/nope', 404, /json/],
    ['traversal refused', '/assets/..%2f..%2f..%2f..%2f..%2f..%2f..%2fetc%2fhost.conf', 404, /json/],
    ['dotdot refused', '/../../../../etc/host.conf', 404, /json/],
  ]
  for (const [label, path, status, type] of cases) {
    test(`static: ${label} (${path})`, async () => {
      const res = await app.request(path)
      assert.equal(res.status, status, label)
      assert.match(res.headers.get('content-type') ?? '', type, label)
    })
  }

  test('static: index.html carries the CSP and no-cache', async () => {
    const res = await app.request('/events/abc')
    assert.equal(res.headers.get('content-security-policy'), DASHBOARD_CSP)
    assert.equal(res.headers.get('cache-control'), 'no-cache')
    assert.match(DASHBOARD_CSP, /script-src 'self'/)
  })

  test('static: hashed assets are cached for a year', async () => {
    const res = await app.request('/assets/app-abc.js')
    assert.match(res.headers.get('cache-control') ?? '', /immutable/)
  })

  test('static: unbuilt dashboard answers 503 with a hint at /', async () => {
    const bare = new Hono()
    serveStatic(bare, join(dir, 'missing'))
    const res = await bare.request('/')
    assert.equal(res.status, 503)
    assert.match(await res.text(), /npm run build/)
  })
})
