/**
 * @module
 * What every queue operation needs first: a PostgreSQL server (the queue lives in it, beside the
 * store), graphile-worker's schema (`graphile_worker`, installed and upgraded by the library's
 * own migrations) and Faultline's worker heartbeat table (`heartbeat.ts`). Idempotent, so the
 * enqueuer, every worker and `faultline db migrate` all call it.
 */
import { Logger, runMigrations } from 'graphile-worker'
import { FaultlineError } from '../errors.js'
import type { DbLocation } from '../store/db-location.js'
import type { Queryable } from '../store/queryable.js'
import { ensureHeartbeatTable } from './heartbeat.js'

/** The one job type: extract a queued document's events and store both. */
export const EXTRACT_TASK = 'extract'

/** graphile-worker logs through this; Faultline reports progress itself. */
export const quietLogger = new Logger(() => () => {})

/** The server URL of a store location, or the error every queue command gives on PGlite. */
export function requireServer(location: DbLocation): string {
  if (location.kind === 'postgres') return location.url
  throw new FaultlineError(
    'E_BAD_ARGUMENT',
    'the queue needs a PostgreSQL server: pass --db postgres://…',
    { hint: 'or set FAULTLINE_DATABASE_URL; without a server, ingest without --queue' },
  )
}

/** Installs or upgrades the queue's tables on the server at `url` (reached through `db`). */
export async function prepareQueue(db: Queryable, url: string): Promise<void> {
  try {
    await runMigrations({ connectionString: url, logger: quietLogger })
  } catch (e) {
    throw new FaultlineError('E_DB', `cannot set up the job queue: ${(e as Error).message}`, {
      hint: 'the database user needs CREATE rights on the database (schema graphile_worker)',
      cause: e,
    })
  }
  await ensureHeartbeatTable(db)
}
