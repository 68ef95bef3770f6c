/**
 * @module
 * Crash recovery for workers. graphile-worker locks a job for its worker pool and, if that
 * process dies (kill -9, lost machine), only retries the job when the lock expires after four
 * hours. So each Faultline worker records its pools in `faultline_queue_workers` and refreshes
 * `heartbeat_at` every few seconds; any worker (at start and on every beat) unlocks the jobs held
 * by pools whose heartbeat is older than `staleAfter` seconds, and those jobs run again.
 * Re-running is safe because the extract job is idempotent (`extract-task.ts`).
 */
import type { Queryable } from '../store/queryable.js'

/** Arbitrary constant: "fq" (Faultline queue), serialises the CREATE TABLE across processes. */
const LOCK_KEY = 0x6671

export async function ensureHeartbeatTable(db: Queryable): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1::bigint)', [LOCK_KEY])
    await tx.exec(`CREATE TABLE IF NOT EXISTS faultline_queue_workers (
      pool_id text PRIMARY KEY,
      host text NOT NULL,
      pid integer NOT NULL,
      started_at timestamptz NOT NULL DEFAULT now(),
      heartbeat_at timestamptz NOT NULL DEFAULT now()
    )`)
  })
}

/** Records (or refreshes) the pools of this process as alive now. */
export async function beat(db: Queryable, poolIds: readonly string[], host: string, pid: number) {
  if (poolIds.length === 0) return
  await db.query(
    `INSERT INTO faultline_queue_workers (pool_id, host, pid)
     SELECT unnest($1::text[]), $2::text, $3::int
     ON CONFLICT (pool_id) DO UPDATE SET heartbeat_at = now()`,
    [poolIds, host, pid],
  )
}

/** Removes pools that stopped cleanly (their jobs are already released). */
export async function forget(db: Queryable, poolIds: readonly string[]): Promise<void> {
  if (poolIds.length === 0) return
  await db.query('DELETE FROM faultline_queue_workers WHERE pool_id = ANY($1::text[])', [poolIds])
}

export interface Reclaimed {
  /** Pools presumed dead whose locks were released. */
  readonly pools: readonly string[]
  /** Jobs they held, now runnable again. */
  readonly jobs: number
}

/**
 * Unlocks the jobs of every pool with no heartbeat in the last `staleAfter` seconds, counting
 * only locks at least that old: a pool that has just started may not have beaten yet.
 */
export async function reclaimStale(db: Queryable, staleAfter: number): Promise<Reclaimed> {
  return db.transaction(async (tx) => {
    const { rows } = await tx.query<{ pool: string; jobs: number }>(
      `SELECT j.locked_by AS pool, count(*)::int AS jobs FROM graphile_worker.jobs j
       WHERE j.locked_by IS NOT NULL AND j.locked_at < now() - make_interval(secs => $1::float8)
         AND NOT EXISTS (SELECT 1 FROM faultline_queue_workers w WHERE w.pool_id = j.locked_by
           AND w.heartbeat_at >= now() - make_interval(secs => $1::float8))
       GROUP BY j.locked_by`,
      [staleAfter],
    )
    const pools = rows.map((r) => r.pool)
    if (pools.length > 0) {
      await tx.query('SELECT graphile_worker.force_unlock_workers($1::text[])', [pools])
    }
    await tx.query(
      `DELETE FROM faultline_queue_workers
       WHERE heartbeat_at < now() - make_interval(secs => $1::float8)`,
      [staleAfter],
    )
    return { pools, jobs: rows.reduce((n, r) => n + r.jobs, 0) }
  })
}
