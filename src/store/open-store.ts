/**
 * @module
 * Opens the store named by `--db` (see `db-location.ts`), or by `$FAULTLINE_DATABASE_URL` when
 * no `--db` is given: PGlite in memory or in a data directory (created if missing), or a
 * PostgreSQL server for a `postgres://` URL. Either way the database is migrated to the latest
 * schema (the same migrations) before it is returned.
 */
import { mkdir } from 'node:fs/promises'
import { FaultlineError } from '../errors.js'
import { resolveDbLocation } from './db-location.js'
import type { DbLocation, Env } from './db-location.js'
import { migrate } from './migrate.js'
import { openPg } from './pg-queryable.js'
import { openPglite } from './pglite-queryable.js'
import type { Database } from './queryable.js'
import { createSqlStore } from './sql-store.js'
import type { Store } from './store.js'

export interface OpenStoreOptions {
  /** A PGlite data directory, `memory://`, or a `postgres://` URL. */
  readonly db?: string
}

export interface OpenDatabaseOptions extends OpenStoreOptions {
  /** Migrate before returning (default true; `faultline db status` looks without migrating). */
  readonly migrate?: boolean
  /** Most pooled connections on a server (default 10). */
  readonly maxConnections?: number
}

/** `--db` when given, else `$FAULTLINE_DATABASE_URL`, else the PGlite default directory. */
export function storeLocation(db?: string, env: Env = process.env): DbLocation {
  return resolveDbLocation(db || env.FAULTLINE_DATABASE_URL || undefined, env)
}

async function openAt(loc: DbLocation, maxConnections?: number): Promise<Database> {
  if (loc.kind === 'postgres') return openPg(loc.url, { max: maxConnections ?? 10 })
  if (loc.kind === 'memory') return openPglite()
  try {
    await mkdir(loc.path, { recursive: true })
  } catch (e) {
    throw new FaultlineError('E_DB', `cannot create database directory ${loc.path}`, {
      hint: 'pass --db with a writable directory, or set FAULTLINE_DB',
      cause: e,
    })
  }
  return openPglite(loc.path)
}

/** The open (and, by default, migrated) database behind a store, with where it lives. */
export async function openDatabase(
  opts: OpenDatabaseOptions = {},
): Promise<{ db: Database; location: DbLocation }> {
  const location = storeLocation(opts.db)
  const db = await openAt(location, opts.maxConnections)
  if (opts.migrate === false) return { db, location }
  try {
    await migrate(db)
  } catch (e) {
    await db.close().catch(() => {})
    throw e
  }
  return { db, location }
}

/**
 * @example
 * const store = await openStore({ db: 'memory://' })
 * await store.ingest(doc, docId, events)
 * await store.close()
 */
export async function openStore(opts: OpenStoreOptions = {}): Promise<Store> {
  const { db } = await openDatabase(opts)
  return createSqlStore(db)
}
