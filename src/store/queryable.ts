/**
 * @module
 * The one seam between the store and a database engine. `Queryable` is the minimum the
 * repositories need: parameterised queries (`$1`, `$2`… only), multi-statement `exec` for
 * migrations, and `transaction`. The PGlite adapter implements it today; a `pg` Pool adapter can
 * implement it later and run the very same SQL.
 */

/** Rows of one query. Columns are whatever the SQL selects; callers cast counts to `int`. */
export interface QueryResult<T> {
  readonly rows: T[]
}

export interface Queryable {
  /** One statement with `$n` placeholders; values travel separately, never as SQL text. */
  query<T>(sql: string, params?: readonly unknown[]): Promise<QueryResult<T>>
  /** One or more statements without parameters (migrations). */
  exec(sql: string): Promise<void>
  /**
   * Runs `fn` in one transaction: committed when it resolves, rolled back when it throws.
   * Inside a transaction, `transaction` joins the enclosing one.
   */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>
}

/** A Queryable that owns its connection(s). */
export interface Database extends Queryable {
  close(): Promise<void>
}
