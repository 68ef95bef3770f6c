/**
 * @module
 * `Queryable` over a PostgreSQL server through a `pg` Pool: the same SQL as the PGlite adapter.
 * A transaction checks one client out of the pool and runs BEGIN … COMMIT (ROLLBACK when `fn`
 * throws) on it; nested `transaction` calls join it. Every driver error comes out as
 * `FaultlineError('E_DB')` naming the statement, as with PGlite. URLs in messages never show a
 * password.
 */
import pg from 'pg'
import { FaultlineError } from '../errors.js'
import { toDbError } from './_db-error.js'
import type { Database, Queryable, QueryResult } from './queryable.js'

type Conn = Pick<pg.PoolClient, 'query'>

async function run<T>(
  conn: Conn,
  sql: string,
  params: readonly unknown[],
): Promise<QueryResult<T>> {
  try {
    const res = await conn.query(sql, params as unknown[])
    return { rows: res.rows as T[] }
  } catch (e) {
    throw toDbError(e, sql, params)
  }
}

async function runExec(conn: Conn, sql: string): Promise<void> {
  try {
    // Without parameters `pg` uses the simple query protocol: several statements are allowed.
    await conn.query(sql)
  } catch (e) {
    throw toDbError(e, sql)
  }
}

function clientQueryable(client: pg.PoolClient): Queryable {
  const self: Queryable = {
    query: (sql, params = []) => run(client, sql, params),
    exec: (sql) => runExec(client, sql),
    transaction: (fn) => fn(self),
  }
  return self
}

async function transaction<T>(pool: pg.Pool, fn: (tx: Queryable) => Promise<T>): Promise<T> {
  let client: pg.PoolClient
  try {
    client = await pool.connect()
  } catch (e) {
    throw toDbError(e, 'connect')
  }
  let broken: Error | undefined
  try {
    await runExec(client, 'BEGIN')
    let result: T
    try {
      result = await fn(clientQueryable(client))
    } catch (e) {
      await client.query('ROLLBACK').catch((re: Error) => {
        // A client that cannot roll back is not given back to the pool.
        broken = re
      })
      throw e
    }
    await runExec(client, 'COMMIT')
    return result
  } finally {
    client.release(broken)
  }
}

/**
 * Lets the pool survive a lost connection (server restart, network): an idle or checked-out
 * client's error is dropped with the client, and the next query opens a new one, instead of the
 * unhandled 'error' event ending the process.
 */
export function quietPool(pool: pg.Pool): pg.Pool {
  pool.on('error', () => {})
  pool.on('connect', (client) => client.on('error', () => {}))
  return pool
}

/** Wraps an open pool; `close()` ends it. */
export function pgQueryable(pool: pg.Pool): Database {
  return {
    query: (sql, params = []) => run(pool, sql, params),
    exec: (sql) => runExec(pool, sql),
    transaction: (fn) => transaction(pool, fn),
    close: () => pool.end(),
  }
}

/** The URL with its password replaced by `***`, for messages and logs. */
export function redactUrl(url: string): string {
  return url.replace(/^(postgres(?:ql)?:\/\/[^:/@]*:)[^@]*@/i, '$1***@')
}

export interface OpenPgOptions {
  /** Most connections the pool opens (default 10). */
  readonly max?: number
}

/**
 * Connects to a server (`postgres://user:pass@host:port/db`) and checks the connection once, so
 * a wrong URL fails here with a hint rather than at the first query.
 */
export async function openPg(url: string, opts: OpenPgOptions = {}): Promise<Database> {
  const pool = quietPool(new pg.Pool({ connectionString: url, max: opts.max ?? 10 }))
  try {
    await pool.query('SELECT 1')
  } catch (e) {
    await pool.end().catch(() => {})
    const message = e instanceof Error ? e.message : String(e)
    throw new FaultlineError('E_DB', `cannot connect to ${redactUrl(url)}: ${message}`, {
      hint: 'is the server up, and is the URL postgres://user:password@host:port/database?',
      cause: e,
    })
  }
  return pgQueryable(pool)
}
