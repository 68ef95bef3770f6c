/**
 * @module
 * Brings a database up to the latest schema: applies the pending migrations in version order, all
 * in one transaction (PostgreSQL DDL is transactional, so a failed migration leaves nothing
 * behind), and records each in `schema_migrations`. An advisory lock keeps two processes sharing
 * a PostgreSQL server from migrating at once.
 */
import { FaultlineError } from '../errors.js'
import { MIGRATIONS } from './migrations/index.js'
import type { Migration } from './migrations/index.js'
import type { Queryable } from './queryable.js'

/** Arbitrary constant shared by every Faultline process: "faultline" as a number. */
const LOCK_KEY = 0x6661756c

const BOOTSTRAP = `CREATE TABLE IF NOT EXISTS schema_migrations (
  version text PRIMARY KEY,
  name text NOT NULL,
  applied_at timestamptz NOT NULL DEFAULT now()
)`

/**
 * Applies what is pending and returns the versions applied now (empty when up to date).
 * @example await migrate(db) // ['0001'] on a fresh database, [] afterwards
 */
export async function migrate(
  db: Queryable,
  migrations: readonly Migration[] = MIGRATIONS,
): Promise<string[]> {
  const ordered = [...migrations].sort((a, b) => a.version.localeCompare(b.version))
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1::bigint)', [LOCK_KEY])
    await tx.exec(BOOTSTRAP)
    const { rows } = await tx.query<{ version: string }>('SELECT version FROM schema_migrations')
    const applied = new Set(rows.map((r) => r.version))
    const known = new Set(ordered.map((m) => m.version))
    const unknown = [...applied].filter((v) => !known.has(v))
    if (unknown.length > 0) {
      const message = `database has migrations this version does not know: ${unknown.join(', ')}`
      throw new FaultlineError('E_DB', message, {
        hint: 'a newer Faultline wrote this database: upgrade Faultline or use another --db',
      })
    }
    const done: string[] = []
    for (const m of ordered) {
      if (applied.has(m.version)) continue
      await tx.exec(m.sql)
      await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1::text, $2::text)', [
        m.version,
        m.name,
      ])
      done.push(m.version)
    }
    return done
  })
}
