/**
 * @module
 * `Queryable` over PGlite (embedded PostgreSQL in WebAssembly). Opens an in-memory database or a
 * data directory; every driver error comes out as `FaultlineError('E_DB')` naming the statement.
 */
import { PGlite, TransactionAbortedError } from '@electric-sql/pglite'
import type { Transaction } from '@electric-sql/pglite'
import { toDbError } from './_db-error.js'
import type { Database, Queryable, QueryResult } from './queryable.js'

type Conn = Pick<Transaction, 'query' | 'exec'>

async function run<T>(
  conn: Conn,
  sql: string,
  params: readonly unknown[],
): Promise<QueryResult<T>> {
  try {
    const res = await conn.query<T>(sql, params as unknown[])
    return { rows: res.rows }
  } catch (e) {
    throw toDbError(e, sql, params)
  }
}

async function runExec(conn: Conn, sql: string): Promise<void> {
  try {
    await conn.exec(sql)
  } catch (e) {
    throw toDbError(e, sql)
  }
}

function txQueryable(tx: Transaction): Queryable {
  const self: Queryable = {
    query: (sql, params = []) => run(tx, sql, params),
    exec: (sql) => runExec(tx, sql),
    transaction: (fn) => fn(self),
  }
  return self
}

/** Wraps an open PGlite instance. */
export function pgliteQueryable(pg: PGlite): Database {
  return {
    query: (sql, params = []) => run(pg, sql, params),
    exec: (sql) => runExec(pg, sql),
    transaction: (fn) =>
      pg.transaction((tx) => fn(txQueryable(tx))).catch((e: unknown) => {
        // Errors from `fn` pass through as they are; only a failed COMMIT is the driver's.
        throw e instanceof TransactionAbortedError ? toDbError(e, 'COMMIT') : e
      }),
    close: () => pg.close(),
  }
}

/** Opens PGlite in memory (`dataDir` undefined) or in a directory that already exists. */
export async function openPglite(dataDir?: string): Promise<Database> {
  try {
    const pg = dataDir === undefined ? await PGlite.create() : await PGlite.create(dataDir)
    return pgliteQueryable(pg)
  } catch (e) {
    throw toDbError(e, `open ${dataDir ?? 'memory://'}`)
  }
}
