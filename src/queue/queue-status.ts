/**
 * @module
 * What the queue holds, for `faultline db status`: jobs waiting, running, failed for good, and
 * the workers seen alive recently. `null` when the queue was never set up on this database.
 */
import type { Queryable } from '../store/queryable.js'

export interface QueueStatus {
  /** Runnable now or later (retries wait for their back-off). */
  readonly queued: number
  /** Locked by a worker. */
  readonly running: number
  /** Out of attempts; `last_error` says why. */
  readonly failed: number
  /** Workers with a heartbeat in the last `staleAfter` seconds. */
  readonly workers: number
}

export async function queueStatus(db: Queryable, staleAfter = 60): Promise<QueueStatus | null> {
  const { rows: ready } = await db.query<{ ok: boolean }>(
    `SELECT to_regclass('graphile_worker.jobs') IS NOT NULL
       AND to_regclass('faultline_queue_workers') IS NOT NULL AS ok`,
  )
  if (ready[0]?.ok !== true) return null
  const { rows } = await db.query<QueueStatus>(
    `SELECT
       count(*) FILTER (WHERE locked_at IS NULL AND attempts < max_attempts)::int AS queued,
       count(*) FILTER (WHERE locked_at IS NOT NULL)::int AS running,
       count(*) FILTER (WHERE locked_at IS NULL AND attempts >= max_attempts)::int AS failed,
       (SELECT count(*)::int FROM faultline_queue_workers
         WHERE heartbeat_at >= now() - make_interval(secs => $1::float8)) AS workers
     FROM graphile_worker.jobs`,
    [staleAfter],
  )
  return rows[0] ?? null
}
