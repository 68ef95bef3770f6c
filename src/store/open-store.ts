/**
 * @module
 * Opens the store named by `--db` (see `db-location.ts`): PGlite in memory or in a data
 * directory (created if missing), migrated to the latest schema before it is returned.
 * `postgres://` URLs are recognised but the server backend is not available yet.
 */
import { mkdir } from 'node:fs/promises'
import { FaultlineError } from '../errors.js'
import { resolveDbLocation } from './db-location.js'
import { migrate } from './migrate.js'
import { openPglite } from './pglite-queryable.js'
import type { Database } from './queryable.js'
import { createSqlStore } from './sql-store.js'
import type { Store } from './store.js'

export interface OpenStoreOptions {
  /** A PGlite data directory, `memory://`, or (later) a `postgres://` URL. */
  readonly db?: string
}

/**
 * @example
 * const store = await openStore({ db: 'memory://' })
 * await store.ingest(doc, docId, events)
 * await store.close()
 */
export async function openStore(opts: OpenStoreOptions = {}): Promise<Store> {
  const loc = resolveDbLocation(opts.db)
  let db: Database
  if (loc.kind === 'postgres') {
    throw new FaultlineError('E_DB', 'PostgreSQL server backend not available yet', {
      hint: 'use a directory path for --db (embedded PGlite), or leave --db out for the default',
    })
  }
  if (loc.kind === 'memory') {
    db = await openPglite()
  } else {
    try {
      await mkdir(loc.path, { recursive: true })
    } catch (e) {
      throw new FaultlineError('E_DB', `cannot create database directory ${loc.path}`, {
        hint: 'pass --db with a writable directory, or set FAULTLINE_DB',
        cause: e,
      })
    }
    db = await openPglite(loc.path)
  }
  try {
    await migrate(db)
  } catch (e) {
    await db.close().catch(() => {})
    throw e
  }
  return createSqlStore(db)
}
