/**
 * @module
 * Which tables a backup holds, found in the catalog rather than listed by hand, so a new
 * migration's tables are backed up without touching the backup code: every table of the store's
 * schema except bookkeeping, parents before children (foreign keys), ties by name, each with its
 * primary key columns (the dump order; empty when the table has none).
 * @internal
 */
import type { Queryable } from './queryable.js'

/** Not data: the schema version table and the queue's worker heartbeats; nor the events rollup
 * and the actor names (0012), which triggers rebuild as the events are restored. */
const SKIPPED = ['schema_migrations', 'faultline_queue_workers', 'event_rollup', 'actor_names']

export interface BackupTable {
  readonly name: string
  readonly key: readonly string[]
}

/** `"name"`: an identifier quoted for SQL. */
export const ident = (name: string) => `"${name.replace(/"/g, '""')}"`

export async function backupTables(db: Queryable): Promise<BackupTable[]> {
  const { rows: tables } = await db.query<{ name: string; key: string[] | null }>(
    `SELECT c.relname AS name,
       (SELECT array_agg(a.attname::text ORDER BY k.n)
        FROM pg_index i CROSS JOIN unnest(i.indkey) WITH ORDINALITY AS k(attnum, n)
        JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum
        WHERE i.indrelid = c.oid AND i.indisprimary) AS key
     FROM pg_class c JOIN pg_namespace s ON s.oid = c.relnamespace
     WHERE s.nspname = current_schema() AND c.relkind = 'r' AND c.relname <> ALL($1::text[])
     ORDER BY c.relname`,
    [SKIPPED],
  )
  const { rows: edges } = await db.query<{ child: string; parent: string }>(
    `SELECT ch.relname AS child, pa.relname AS parent FROM pg_constraint f
     JOIN pg_class ch ON ch.oid = f.conrelid JOIN pg_class pa ON pa.oid = f.confrelid
     JOIN pg_namespace s ON s.oid = ch.relnamespace
     WHERE f.contype = 'f' AND s.nspname = current_schema() AND f.conrelid <> f.confrelid`,
  )
  // Kahn's algorithm; the names are sorted, so the order is the same on every backend.
  const order: BackupTable[] = []
  const left = new Map(tables.map((t) => [t.name, { name: t.name, key: t.key ?? [] }]))
  while (left.size > 0) {
    const ready = [...left.keys()].find((name) =>
      edges.every((e) => e.child !== name || !left.has(e.parent) || e.parent === name),
    )
    // A foreign-key cycle cannot be restored row by row; take the rest by name.
    const next = ready ?? [...left.keys()][0]!
    order.push(left.get(next)!)
    left.delete(next)
  }
  return order
}

/**
 * Moves every identity column's sequence past the largest restored value (audit ids, the change
 * log's seq), so the next row written after a restore does not collide with a restored one.
 */
export async function syncIdentities(db: Queryable): Promise<void> {
  const { rows } = await db.query<{ t: string; c: string }>(
    `SELECT table_name AS t, column_name AS c FROM information_schema.columns
     WHERE table_schema = current_schema() AND is_identity = 'YES' ORDER BY 1, 2`,
  )
  for (const { t, c } of rows) {
    await db.query(
      `SELECT setval(pg_get_serial_sequence($1::text, $2::text),
         COALESCE((SELECT max(${ident(c)}) FROM ${ident(t)}), 0) + 1, false)`,
      [ident(t), c],
    )
  }
}
