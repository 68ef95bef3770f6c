/**
 * @module
 * The backends storage tests run on (Kysely's `DIALECTS` loop): always PGlite in memory, plus a
 * PostgreSQL server when `FAULTLINE_TEST_DATABASE_URL` (or `DATABASE_URL`) names one. On the
 * server every `openDb()` creates a database of its own (`CREATE DATABASE`, dropped again by
 * `close()`), so tests never see each other's rows or queue jobs.
 * @example
 * for (const backend of BACKENDS) describe(`store (${backend.name})`, () => { … })
 * @internal
 */
import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { migrate } from './migrate.js'
import { openPg } from './pg-queryable.js'
import { openPglite } from './pglite-queryable.js'
import type { Database } from './queryable.js'
import { createSqlStore } from './sql-store.js'
import type { Store } from './store.js'
import { openTestDb } from './_test-db.js'

export interface Backend {
  readonly name: 'pglite' | 'postgres'
  /** A new, empty, migrated database. */
  openDb(): Promise<Database>
  /** A new, empty database with no schema at all (migration tests). */
  openRawDb(): Promise<Database>
}

/** The server tests may use, if any. */
export function testServerUrl(env = process.env): string | undefined {
  return env.FAULTLINE_TEST_DATABASE_URL || env.DATABASE_URL || undefined
}

export interface ScratchDatabase {
  /** URL of the new database (same server and credentials as the test server). */
  readonly url: string
  /** Drops the database, ending any session still connected to it. */
  drop(): Promise<void>
}

/** Creates an empty database on the test server; child processes can connect to `url`. */
export async function createScratchDatabase(serverUrl: string): Promise<ScratchDatabase> {
  const name = `faultline_t_${process.pid}_${randomBytes(4).toString('hex')}`
  const admin = new pg.Client({ connectionString: serverUrl })
  await admin.connect()
  try {
    await admin.query(`CREATE DATABASE ${name}`)
  } finally {
    await admin.end()
  }
  const url = new URL(serverUrl)
  url.pathname = `/${name}`
  const drop = async () => {
    const c = new pg.Client({ connectionString: serverUrl })
    await c.connect()
    try {
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
    } finally {
      await c.end()
    }
  }
  return { url: url.toString(), drop }
}

function withDrop(db: Database, drop: () => Promise<void>): Database {
  return { ...db, close: () => db.close().finally(drop) }
}

function serverBackend(serverUrl: string): Backend {
  const open = async (migrated: boolean) => {
    const scratch = await createScratchDatabase(serverUrl)
    const db = withDrop(await openPg(scratch.url, { max: 4 }), scratch.drop)
    if (migrated) await migrate(db)
    return db
  }
  return { name: 'postgres', openDb: () => open(true), openRawDb: () => open(false) }
}

const pglite: Backend = { name: 'pglite', openDb: openTestDb, openRawDb: () => openPglite() }

const server = testServerUrl()

/** PGlite, then the server when one is configured. */
export const BACKENDS: readonly Backend[] = server ? [pglite, serverBackend(server)] : [pglite]

/** A store over `backend.openDb()`; `close()` also drops a server database. */
export async function openBackendStore(backend: Backend): Promise<Store> {
  return createSqlStore(await backend.openDb())
}
