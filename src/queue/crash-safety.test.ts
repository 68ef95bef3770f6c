/**
 * @module
 * Crash safety of the queue on a real server (skipped without `FAULTLINE_TEST_DATABASE_URL`):
 * 50 documents are queued, a `faultline worker` child process is killed with SIGKILL in the
 * middle of the batch, and a restarted worker finishes it. Every document must then be stored
 * exactly once with exactly the events the extractor gives it: none missing, none doubled, no
 * job left behind; and the incidents must be consistent (corroborating every document again
 * changes none of them).
 */
import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { after, before, describe, it } from 'node:test'
import { fileURLToPath } from 'node:url'
import { docIdFor, readBytes } from '../ingest/index.js'
import { extractRawDoc } from '../pipeline.js'
import type { RawDoc } from '../schema/document.js'
import { openPg } from '../store/pg-queryable.js'
import type { Database } from '../store/queryable.js'
import { createSqlStore } from '../store/sql-store.js'
import { migrate } from '../store/migrate.js'
import { createScratchDatabase, testServerUrl } from '../store/_backends.js'
import type { ScratchDatabase } from '../store/_backends.js'
import { enqueueDocument } from './enqueue.js'
import { prepareQueue } from './queue-setup.js'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const MAIN = fileURLToPath(new URL('../cli/main.ts', import.meta.url))
const N = 50
const RECLAIM_AFTER = 2
const EXAMPLES = ['01-sahel-dispatch-boni-ambush.txt', '02-courrier-delta-boni.txt',
  '03-sahel-dispatch-mopti-protest.txt', '04-frontline-weekly-djibo.txt']

function worker(url: string, extra: readonly string[]): ChildProcess {
  const args = ['--import', 'tsx', MAIN, 'worker', '--db', url, '--reclaim-after',
    String(RECLAIM_AFTER), ...extra]
  return spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] })
}

const exited = (child: ChildProcess) =>
  new Promise<number | string>((resolve) => {
    child.on('exit', (code, signal) => resolve(code ?? signal ?? -1))
  })

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/** Fifty distinct reports: the examples, each numbered so every text (and hash) differs. */
async function documents(): Promise<RawDoc[]> {
  const texts = await Promise.all(
    EXAMPLES.map((f) => readFile(new URL(`../../examples/${f}`, import.meta.url), 'utf8')),
  )
  return Promise.all(
    Array.from({ length: N }, (_, i) => {
      const text = `${texts[i % texts.length]}\n\nDispatch number ${i + 1}.\n`
      return readBytes(new TextEncoder().encode(text), `test://crash/${i + 1}`)
    }),
  )
}

const count = async (db: Database, sql: string) =>
  (await db.query<{ n: number }>(sql)).rows[0]?.n ?? -1

const server = testServerUrl()
describe('queue crash safety (PostgreSQL server)', { skip: !server && 'no test server' }, () => {
  let scratch: ScratchDatabase
  let db: Database
  let docs: RawDoc[]
  before(async () => {
    scratch = await createScratchDatabase(server!)
    db = await openPg(scratch.url, { max: 2 })
    await migrate(db)
    await prepareQueue(db, scratch.url)
    docs = await documents()
    for (const d of docs) await enqueueDocument(db, d)
  })
  after(async () => {
    await db?.close()
    await scratch?.drop()
  })

  it('kill -9 mid-batch, restart: every document stored exactly once', async (t) => {
    const jobs = 'SELECT count(*)::int AS n FROM graphile_worker.jobs'
    const stored = 'SELECT count(*)::int AS n FROM documents'
    assert.equal(await count(db, jobs), N, 'all queued')

    const first = worker(scratch.url, ['--concurrency', '2'])
    const firstExit = exited(first)
    let atKill = 0
    const deadline = Date.now() + 120_000
    while (atKill < 3 && Date.now() < deadline) {
      await sleep(20)
      atKill = await count(db, stored)
    }
    first.kill('SIGKILL')
    assert.equal(await firstExit, 'SIGKILL', 'the first worker died by SIGKILL')
    atKill = await count(db, stored)
    const locked = await count(db, `${jobs} WHERE locked_at IS NOT NULL`)
    t.diagnostic(`killed with ${atKill}/${N} stored, ${locked} job(s) locked by the dead worker`)
    assert.ok(atKill >= 3 && atKill < N, `killed mid-batch (${atKill} of ${N} stored)`)

    // Its locks count as stale once RECLAIM_AFTER seconds pass without a heartbeat.
    await sleep(RECLAIM_AFTER * 1000 + 500)
    const second = worker(scratch.url, ['--once', '--concurrency', '2', '--json'])
    let out = ''
    second.stdout?.on('data', (d) => (out += d))
    let err = ''
    second.stderr?.on('data', (d) => (err += d))
    assert.equal(await exited(second), 0, `the restarted worker finished: ${err}`)
    const lines = out.trim().split('\n').map((l) => JSON.parse(l) as { created: boolean })
    const again = lines.filter((l) => !l.created).length
    t.diagnostic(`restart stored ${lines.length - again}, re-ran ${again} committed job(s)`)

    assert.equal(await count(db, stored), N, 'every document stored once')
    assert.equal(await count(db, jobs), 0, 'no job left (none failed, none locked)')
    const store = createSqlStore(db)
    let expectedEvents = 0
    for (const d of docs) {
      const want = extractRawDoc(d)
      expectedEvents += want.length
      const id = docIdFor(d.content_hash)
      assert.equal((await store.getDocument(id))?.source, d.source, `${d.source}: stored`)
      const got = await store.eventsOfDocument(id)
      assert.deepEqual(got.map((e) => e.event_id), want.map((e) => e.event_id), d.source)
    }
    assert.equal(await count(db, 'SELECT count(*)::int AS n FROM events'), expectedEvents, 'events')

    const groups = async () =>
      (await db.query<{ members: string }>(
        `SELECT string_agg(event_id, ' ' ORDER BY event_id) AS members FROM incident_members
         GROUP BY incident_id ORDER BY 1`,
      )).rows.map((r) => r.members)
    const incidents = await groups()
    t.diagnostic(`${incidents.length} incident(s) over ${expectedEvents} events`)
    assert.ok(incidents.length > 0, 'corroboration ran')
    for (const d of docs) await store.updateIncidents(docIdFor(d.content_hash))
    assert.deepEqual(await groups(), incidents, 'incidents already consistent')
  })
})
