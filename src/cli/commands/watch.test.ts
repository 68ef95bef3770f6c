/**
 * @module
 * End-to-end tests of `faultline watch` and of `faultline ingest URL`, run as a user would (the
 * CLI from source through tsx, a temporary `--db`) against a local server on 127.0.0.1. That
 * address is loopback, so every run that should succeed passes `--allow-private`.
 */
import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { after, before, describe, test } from 'node:test'
import { reply, startServer } from '../../ingest/fetch/_test-server.js'
import type { TestServer } from '../../ingest/fetch/_test-server.js'
import { ROOT, runCli, tempDir } from '../../../test/e2e/_cli.js'
import { parseInterval, watchStatePath } from './watch.js'

const GAO = readFileSync(join(ROOT, 'examples/06-sahel-dispatch-gao-drone.html'))
const KIDAL = `<html><head><title>Clash in Kidal</title></head><body><article>
<p>Fighting broke out in Kidal on Monday between two armed groups, residents said, and at least
three people were killed in the exchange of fire near the market.</p>
<p>Both groups blamed the other for starting the clash; calm had returned by the evening.</p>
</article></body></html>`

let server: TestServer
const feedXml = (origin: string) => `<?xml version="1.0"?><rss version="2.0"><channel>
<title>Local wire</title>
<item><title>Gao</title><link>${origin}/gao</link><guid>w-1</guid></item>
<item><title>Kidal</title><link>/kidal</link><guid>w-2</guid>
<pubDate>Tue, 05 Mar 2024 10:00:00 GMT</pubDate></item>
</channel></rss>`

before(async () => {
  server = await startServer({
    '/feed.xml': (req, res) => {
      const fresh = req.headers['if-none-match'] === '"f1"'
      res.writeHead(fresh ? 304 : 200, { etag: '"f1"', 'content-type': 'application/rss+xml' })
      res.end(fresh ? undefined : feedXml(server.origin))
    },
    // No validators: the second run must rely on the remembered guids.
    '/plain.xml': (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(feedXml(server.origin))
    },
    '/gao': reply(200, GAO, { 'content-type': 'text/html; charset=utf-8' }),
    '/kidal': reply(200, KIDAL, { 'content-type': 'text/html' }),
  })
})
after(() => server.close())

describe('faultline watch', { timeout: 400_000 }, () => {
  test('--once ingests the 2 new items, then 0 on the next run (304)', async () => {
    const db = join(tempDir(), 'db')
    const args = ['watch', `${server.origin}/feed.xml`, '--once', '--allow-private', '--db', db]
    const first = await runCli(args)
    assert.equal(first.code, 0, first.stderr)
    assert.match(first.stderr, /2 item\(s\), 2 new/)
    assert.match(first.stderr, /^2 added \(\d+ events\), 0 already stored, 0 failed$/m)
    assert.ok(existsSync(`${db}.watch.json`), 'state kept next to the database')
    const second = await runCli(args)
    assert.equal(second.code, 0, second.stderr)
    assert.match(second.stderr, /not modified/)
    assert.match(second.stderr, /^0 added \(0 events\), 0 already stored, 0 failed$/m)
    assert.equal(server.hits('/gao'), 1, 'articles are fetched once')
  })

  test('without validators, seen guids keep the second run at 0; --json per article', async () => {
    const db = join(tempDir(), 'db')
    const args = [
      'watch',
      `${server.origin}/plain.xml`,
      '--once',
      '--allow-private',
      '--json',
      '--db',
      db,
    ]
    const first = await runCli(args)
    assert.equal(first.code, 0, first.stderr)
    const lines = first.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { created: boolean })
    assert.deepEqual(
      lines.map((l) => l.created),
      [true, true],
    )
    const second = await runCli(args)
    assert.match(second.stderr, /2 item\(s\), 0 new/)
    assert.equal(second.stdout, '')
  })

  test('a feed on a private address is refused without --allow-private', async () => {
    const r = await runCli(['watch', `${server.origin}/feed.xml`, '--once', '--db', 'memory://'])
    assert.equal(r.code, 1)
    assert.match(
      r.stderr,
      /refused to connect to 127\.0\.0\.1, a loopback address.*--allow-private/,
    )
  })
  test('Ctrl-C while waiting for the next poll stops cleanly with the totals', async () => {
    const args = ['watch', `${server.origin}/plain.xml`, '--allow-private', '--db', 'memory://']
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), ...args],
      {
        cwd: ROOT,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    )
    const guard = setTimeout(() => child.kill('SIGKILL'), 90_000)
    let stderr = ''
    child.stderr.on('data', (d) => {
      stderr += d
      // Once: a second Ctrl-C is the user insisting, and ends the process at once.
      if (/next poll in 15m/.test(stderr) && !child.killed) child.kill('SIGINT')
    })
    const code = await new Promise((resolve) => child.on('close', resolve))
    clearTimeout(guard)
    assert.equal(code, 0, stderr)
    assert.match(stderr, /SIGINT: stopping/)
    assert.match(stderr, /^2 added \(\d+ events\)/m)
  })
})

describe('faultline ingest URL', { timeout: 200_000 }, () => {
  test('a URL is fetched and stored with --allow-private, refused without', async () => {
    const db = join(tempDir(), 'db')
    const ok = await runCli(['ingest', `${server.origin}/kidal`, '--allow-private', '--db', db])
    assert.equal(ok.code, 0, ok.stderr)
    assert.match(ok.stderr, /^1 added/m)
    const refused = await runCli(['ingest', `${server.origin}/kidal`, '--db', db])
    assert.equal(refused.code, 1)
    assert.match(refused.stderr, /skipped .*refused to connect.*--allow-private/)
  })
})

test('parseInterval: durations with units, at least a minute', () => {
  const cases: [label: string, text: string, ms: number | null][] = [
    ['minutes', '15m', 900_000],
    ['bare number is minutes', '5', 300_000],
    ['seconds', '90s', 90_000],
    ['hours', '1h', 3_600_000],
    ['days, upper case', '1D', 86_400_000],
    ['under a minute', '30s', null],
    ['junk', 'often', null],
  ]
  for (const [label, text, ms] of cases) {
    if (ms === null) assert.throws(() => parseInterval(text), /invalid --every/, label)
    else assert.equal(parseInterval(text), ms, label)
  }
})

test('watchStatePath: beside a database directory, none for memory://', () => {
  assert.equal(watchStatePath('/data/faultline/db/'), '/data/faultline/db.watch.json')
  assert.equal(watchStatePath('memory://'), null)
})
