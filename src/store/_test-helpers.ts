/**
 * @module
 * Helpers for store tests: drain an async iterable, and a `Database` wrapper that records the
 * size of every SELECT (to prove the stream fetches in bounded batches).
 * @internal
 */
import type { Database } from './queryable.js'

export async function all<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = []
  for await (const x of items) out.push(x)
  return out
}

export function countingSelects(db: Database): { db: Database; selects: number[] } {
  const selects: number[] = []
  const wrapped: Database = {
    ...db,
    query: async (sql, params) => {
      const res = await db.query<never>(sql, params)
      if (/^\s*SELECT/i.test(sql)) selects.push(res.rows.length)
      return res
    },
  }
  return { db: wrapped, selects }
}
