/**
 * @module
 * Tests for the queue's producer and consumer without a worker process: the PGlite refusal, job
 * payload checks, and on a test server (skipped otherwise) enqueue deduplication and the extract
 * task storing a queued document exactly once however often it runs.
 */
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { JobHelpers } from 'graphile-worker'
import { FaultlineError } from '../errors.js'
import { makeDoc } from '../store/_fixtures.js'
import { createScratchDatabase, testServerUrl } from '../store/_backends.js'
import type { ScratchDatabase } from '../store/_backends.js'
import { migrate } from '../store/migrate.js'
import { openPg } from '../store/pg-queryable.js'
import type { Database } from '../store/queryable.js'
import { createSqlStore } from '../store/sql-store.js'
import { enqueueDocument } from './enqueue.js'
import { extractTask, payloadDoc } from './extract-task.js'
import { prepareQueue, requireServer } from './queue-setup.js'

const isCode = (code: string) => (e: unknown) => e instanceof FaultlineError && e.code === code
const TEXT = 'On 2 March 2024 soldiers clashed with the Free Hills Brigade near Kessel Ford.'

describe('queue without a server', () => {
  it('PGlite locations are refused with the --db hint', () => {
    for (const loc of [{ kind: 'memory' } as const, { kind: 'dir', path: '/x' } as const]) {
      assert.throws(() => requireServer(loc), (e: unknown) => {
        assert.ok(isCode('E_BAD_ARGUMENT')(e), `${loc.kind}: code`)
        const want = /the queue needs a PostgreSQL server: pass --db postgres/
        assert.match((e as Error).message, want, `${loc.kind}: message`)
        return true
      })
    }
    assert.equal(requireServer({ kind: 'postgres', url: 'postgres://h/d' }), 'postgres://h/d')
  })

  it('payloads must carry a whole document', () => {
    const doc = makeDoc(TEXT)
    assert.deepEqual(payloadDoc({ doc }), doc, 'valid')
    const cases: [string, unknown][] = [
      ['null', null],
      ['no doc', { text: TEXT }],
      ['bad format', { doc: { ...doc, format: 'exe' } }],
      ['missing hash', { doc: { ...doc, content_hash: '' } }],
    ]
    for (const [label, payload] of cases) {
      assert.throws(() => payloadDoc(payload), isCode('E_BAD_ARGUMENT'), label)
    }
  })
})

const server = testServerUrl()
const serverOnly = { skip: !server && 'no test server' }
describe('enqueue and extract task (PostgreSQL server)', serverOnly, () => {
  let scratch: ScratchDatabase
  let db: Database
  before(async () => {
    scratch = await createScratchDatabase(server!)
    db = await openPg(scratch.url, { max: 2 })
    await migrate(db)
    await prepareQueue(db, scratch.url)
    await prepareQueue(db, scratch.url)
  })
  after(async () => {
    await db?.close()
    await scratch?.drop()
  })
  const jobs = async () =>
    (await db.query<{ key: string; payload: unknown }>(
      `SELECT j.key, p.payload FROM graphile_worker.jobs j
       JOIN graphile_worker._private_jobs p ON p.id = j.id ORDER BY j.id`,
    )).rows

  it('one job per document, keyed on its id; a stored document is not queued', async () => {
    const doc = makeDoc(TEXT)
    const first = await enqueueDocument(db, doc)
    const twice = await enqueueDocument(db, doc)
    assert.equal(first.queued && twice.queued, true, 'queued')
    assert.equal(first.docId, twice.docId, 'same id')
    const queued = await jobs()
    assert.deepEqual(queued.map((j) => j.key), [first.docId], 'one job, keyed on the doc id')
    assert.deepEqual(payloadDoc(queued[0]?.payload), doc, 'the payload carries the document')

    const store = createSqlStore(db)
    const seen: boolean[] = []
    const task = extractTask(store, (r) => void seen.push(r.created))
    for (let i = 0; i < 3; i++) await task(queued[0]?.payload, {} as JobHelpers)
    assert.deepEqual(seen, [true, false, false], 'stored the first time, no-op after')
    assert.equal((await store.getDocument(first.docId))?.text, doc.text, 'document stored')
    const stored = await enqueueDocument(db, doc)
    assert.deepEqual(stored, { docId: first.docId, queued: false }, 'stored: not queued again')
  })
})
