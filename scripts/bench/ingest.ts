/**
 * @module
 * Ingest throughput of the whole pipeline (read → extract → store → corroborate → frame) on the
 * same synthetic reports: into a file-backed PGlite store, into the PostgreSQL server from one
 * process, and through the queue with 1 and then 2 `faultline worker --once` processes. Worker
 * rates count from the first stored document to the last, so process start-up is left out; over
 * the same span the workers' waits for the store's advisory locks are sampled (`lock-waits.ts`),
 * the part of a second worker's loss that no amount of CPU would win back.
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ingestRawDoc } from '../../src/pipeline.js'
import { enqueueDocument } from '../../src/queue/enqueue.js'
import { prepareQueue } from '../../src/queue/queue-setup.js'
import { createScratchDatabase } from '../../src/store/_backends.js'
import { migrate } from '../../src/store/migrate.js'
import { openStore } from '../../src/store/open-store.js'
import { openPg } from '../../src/store/pg-queryable.js'
import { describeLocks, sampleLocks } from './lock-waits.js'
import type { LockReport } from './lock-waits.js'
import { results, rows, sampleRss } from './report.js'
import { syntheticDocs } from './synthetic.js'

const out: Record<string, number> = {}
const row = (measure: string, perSecond: number) => {
  out[measure] = perSecond
  rows.push({ measure, value: `${perSecond.toFixed(1)} docs/s` })
}

async function direct(db: string, count: number): Promise<number> {
  const store = await openStore({ db })
  try {
    const t0 = performance.now()
    for (const raw of syntheticDocs(count, 7)) {
      await ingestRawDoc(store, raw)
      sampleRss()
    }
    return count / ((performance.now() - t0) / 1000)
  } finally {
    await store.close()
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/** Lock waits of the last queued run per worker count (see `lock-waits.ts`). */
export const lockReports: Record<number, LockReport> = {}

/** Docs/s through the queue with `workers` worker processes; lock waits land in `lockReports`. */
export async function queued(serverUrl: string, count: number, workers: number): Promise<number> {
  const scratch = await createScratchDatabase(serverUrl)
  const db = await openPg(scratch.url, { max: 2 })
  try {
    await migrate(db)
    await prepareQueue(db, scratch.url)
    for (const raw of syntheticDocs(count, 7)) await enqueueDocument(db, raw)
    const args = ['--import', 'tsx', 'src/cli/main.ts', 'worker', '--db', scratch.url, '--once']
    const children = Array.from({ length: workers }, () =>
      spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'] }))
    // A worker reports every document on stderr; keep only the tail, shown if it fails.
    const done = Promise.all(children.map((c) => new Promise<void>((resolve) => {
      let tail = ''
      c.stderr?.on('data', (d) => (tail = (tail + d).slice(-2000)))
      c.on('exit', (code) => {
        if (code !== 0) console.error(`bench: a worker exited with ${code}:\n${tail}`)
        resolve()
      })
    })))
    let first: [number, number] | null = null
    let last: [number, number] = [0, 0]
    let finished = false
    let sampler: ReturnType<typeof sampleLocks> | null = null
    void done.then(() => (finished = true))
    while (!finished) {
      await sleep(100)
      const n = (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM documents')).rows[0]!.n
      if (n > 0 && first === null) {
        first = [performance.now(), n]
        sampler = sampleLocks(db)
      }
      if (n > last[1]) last = [performance.now(), n]
    }
    await done
    if (sampler !== null) lockReports[workers] = await sampler.stop()
    if (first === null || last[1] <= first[1]) return 0
    return (last[1] - first[1]) / ((last[0] - first[0]) / 1000)
  } finally {
    await db.close()
    await scratch.drop()
  }
}

export async function benchIngest(serverUrl: string | null, count: number): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'faultline-bench-'))
  try {
    row(`ingest ${count} docs → PGlite (file), one process`, await direct(join(dir, 'db'), count))
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
  if (serverUrl) {
    const scratch = await createScratchDatabase(serverUrl)
    try {
      row(`ingest ${count} docs → PostgreSQL, one process`, await direct(scratch.url, count))
    } finally {
      await scratch.drop()
    }
    for (const workers of [1, 2]) {
      const measure = `ingest ${count} docs → PostgreSQL via queue, ${workers} worker process(es)`
      row(measure, await queued(serverUrl, count, workers))
      const locks = lockReports[workers]
      if (locks === undefined) continue
      for (const line of describeLocks(locks, workers, count)) {
        rows.push({ measure: `  lock waits, ${workers} worker(s)`, value: line })
      }
    }
  }
  results.ingest = { documents: count, docsPerSecond: out, lockWaits: lockReports }
}
