/**
 * @module
 * Runs `extract` jobs from the queue with graphile-worker until stopped (SIGINT/SIGTERM finish
 * the running jobs first), or with `once` until the queue has nothing runnable left. One `pg`
 * pool serves both the queue and the store. On start, and on every heartbeat, jobs held by dead
 * workers are unlocked so they run again (`heartbeat.ts`).
 */
import { EventEmitter } from 'node:events'
import { hostname } from 'node:os'
import { run, runOnce } from 'graphile-worker'
import type { RunnerOptions, WorkerEvents } from 'graphile-worker'
import pg from 'pg'
import { migrate } from '../store/migrate.js'
import { pgQueryable, quietPool } from '../store/pg-queryable.js'
import { createSqlStore } from '../store/sql-store.js'
import { beat, forget, reclaimStale } from './heartbeat.js'
import type { Reclaimed } from './heartbeat.js'
import { EXTRACT_TASK, prepareQueue, quietLogger } from './queue-setup.js'
import { extractTask } from './extract-task.js'
import type { JobReport } from './extract-task.js'

export interface RunWorkerOptions {
  /** The PostgreSQL server holding the store and the queue. */
  readonly url: string
  /** Jobs run at once (default 1). */
  readonly concurrency?: number
  /** Stop when nothing is runnable instead of waiting for new jobs. */
  readonly once?: boolean
  /** Seconds without a heartbeat after which a worker's jobs are taken back (default 60). */
  readonly reclaimAfter?: number
  /** Hears every stored document. */
  readonly onJob?: JobReport
  /** Hears failed attempts (the job is retried later, up to its attempt limit). */
  readonly onError?: (source: string, error: unknown) => void
  /** Hears jobs taken back from dead workers. */
  readonly onReclaim?: (r: Reclaimed) => void
}

export interface WorkerTotals {
  readonly succeeded: number
  readonly failed: number
}

const sourceOf = (payload: unknown): string =>
  (payload as { doc?: { source?: string } } | null)?.doc?.source ?? '?'

/** Works the queue; resolves when the worker stops. */
export async function runWorker(opts: RunWorkerOptions): Promise<WorkerTotals> {
  const concurrency = Math.max(1, opts.concurrency ?? 1)
  const staleAfter = opts.reclaimAfter ?? 60
  const pool = quietPool(new pg.Pool({ connectionString: opts.url, max: concurrency + 3 }))
  const db = pgQueryable(pool)
  const pools = new Set<string>()
  const alive = () => beat(db, [...pools], hostname(), process.pid)
  const reclaim = async () => {
    const r = await reclaimStale(db, staleAfter)
    if (r.pools.length > 0) opts.onReclaim?.(r)
  }
  let timer: NodeJS.Timeout | undefined
  let succeeded = 0
  let failed = 0
  try {
    await migrate(db)
    await prepareQueue(db, opts.url)
    await reclaim()
    const events: WorkerEvents = new EventEmitter()
    events.on('pool:create', ({ workerPool }) => {
      pools.add(workerPool.id)
      alive().catch(() => {})
    })
    events.on('job:success', () => void succeeded++)
    events.on('job:error', ({ job, error }) => {
      failed++
      opts.onError?.(sourceOf(job.payload), error)
    })
    // Beat often enough that a live worker is never taken for dead: 4 beats per stale window.
    timer = setInterval(() => {
      alive().then(reclaim).catch(() => {})
    }, (staleAfter * 1000) / 4)
    const options: RunnerOptions = {
      pgPool: pool,
      concurrency,
      logger: quietLogger,
      events,
      taskList: { [EXTRACT_TASK]: extractTask(createSqlStore(db), opts.onJob) },
    }
    if (opts.once) await runOnce(options)
    else await (await run(options)).promise
  } finally {
    clearInterval(timer)
    await forget(db, [...pools]).catch(() => {})
    await pool.end()
  }
  return { succeeded, failed }
}
