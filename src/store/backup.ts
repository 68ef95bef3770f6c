/**
 * @module
 * A portable backup of the store: JSON Lines written and read through the `Queryable`, so it
 * works the same on PGlite and on a PostgreSQL server, and a backup of one restores into the
 * other. Line 1 is a header (format, schema versions), then one `{"table","row"}` line per row
 * (`row_to_json`: exact dates, instants and doubles), then a trailer with the row counts, so a
 * truncated file is refused. Every data table is included (`_backup-tables.ts`): documents,
 * events, incidents, the framing lens, the actor graph and outlets, so a restore needs no
 * re-analysis. The dump reads one snapshot (REPEATABLE READ) through a cursor; the restore runs in
 * one transaction into an empty store: all of it or nothing.
 */
import { FaultlineError } from '../errors.js'
import { MIGRATIONS } from './migrations/index.js'
import type { Queryable } from './queryable.js'
import { backupTables, ident, syncIdentities } from './_backup-tables.js'

export const BACKUP_FORMAT = 'faultline-backup'
const BATCH_ROWS = 500
/** Restore flushes a batch early past this many characters of JSON (long documents). */
const BATCH_CHARS = 8_000_000

/** Rows per table. */
export type BackupCounts = Record<string, number>

interface Header {
  readonly format: string
  readonly version: number
  readonly schema: readonly string[]
  readonly created_at: string
}

/** Writes the whole store as lines (without newlines) to `write`; returns the row counts. */
export async function writeBackup(
  db: Queryable,
  write: (line: string) => void | Promise<void>,
): Promise<BackupCounts> {
  return db.transaction(async (tx) => {
    await tx.exec('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY')
    const schema = await tx.query<{ version: string }>(
      'SELECT version FROM schema_migrations ORDER BY version',
    )
    const header: Header = {
      format: BACKUP_FORMAT,
      version: 1,
      schema: schema.rows.map((r) => r.version),
      created_at: new Date().toISOString(),
    }
    await write(JSON.stringify(header))
    const counts: BackupCounts = {}
    for (const { name, key } of await backupTables(tx)) {
      counts[name] = 0
      // Tables without a primary key (framing labels, relations) sort by the whole row, so the
      // same store always gives the same file.
      const order = key.length
        ? ` ORDER BY ${key.map((k) => `t.${ident(k)}`).join(', ')}`
        : ' ORDER BY t::text COLLATE "C"'
      await tx.exec(`DECLARE faultline_backup NO SCROLL CURSOR FOR
        SELECT row_to_json(t)::text AS j FROM ${ident(name)} t${order}`)
      for (;;) {
        const { rows } = await tx.query<{ j: string }>(`FETCH ${BATCH_ROWS} FROM faultline_backup`)
        for (const r of rows) await write(`{"table":${JSON.stringify(name)},"row":${r.j}}`)
        counts[name] += rows.length
        if (rows.length < BATCH_ROWS) break
      }
      await tx.exec('CLOSE faultline_backup')
    }
    await write(JSON.stringify({ end: true, rows: counts }))
    return counts
  })
}

const bad = (message: string) =>
  new FaultlineError('E_INPUT_FORMAT', `not a usable Faultline backup: ${message}`, {
    hint: 'restore a file written by faultline db backup, complete and unedited',
  })

function checkHeader(line: string | undefined): Header {
  let h: Partial<Header> | null = null
  try {
    h = JSON.parse(line ?? 'null') as Partial<Header> | null
  } catch {}
  if (h?.format !== BACKUP_FORMAT || h.version !== 1 || !Array.isArray(h.schema)) {
    throw bad('the first line is not a backup header')
  }
  const known = new Set(MIGRATIONS.map((m) => m.version))
  const unknown = h.schema.filter((v) => !known.has(v))
  if (unknown.length > 0) {
    throw new FaultlineError('E_DB', `backup from a newer schema (${unknown.join(', ')})`, {
      hint: 'restore it with the Faultline version that wrote it, or a newer one',
    })
  }
  return h as Header
}

async function insertBatch(tx: Queryable, table: string, rows: Record<string, unknown>[]) {
  const { rows: cols } = await tx.query<{ c: string }>(
    `SELECT column_name AS c FROM information_schema.columns
     WHERE table_schema = current_schema() AND table_name = $1::text`,
    [table],
  )
  const have = new Set(cols.map((r) => r.c))
  const named = Object.keys(rows[0] ?? {})
  const stray = named.find((c) => !have.has(c))
  if (stray !== undefined) throw bad(`${table} has no column ${JSON.stringify(stray)}`)
  const list = named.map(ident).join(', ')
  await tx.query(
    `INSERT INTO ${ident(table)} (${list}) OVERRIDING SYSTEM VALUE
     SELECT ${list} FROM json_populate_recordset(NULL::${ident(table)}, $1::json)`,
    [JSON.stringify(rows)],
  )
}

/**
 * Restores backup lines into an empty, migrated store in one transaction; E_BAD_ARGUMENT when
 * the store holds anything, E_INPUT_FORMAT when the file is not a complete backup.
 */
export async function restoreBackup(
  db: Queryable,
  lines: AsyncIterable<string>,
): Promise<BackupCounts> {
  return db.transaction(async (tx) => {
    const tables = await backupTables(tx)
    const { rows } = await tx.query<{ n: number }>(
      `SELECT ${tables.map((t) => `(SELECT count(*) FROM ${ident(t.name)})`).join(' + ')} AS n`,
    )
    if (Number(rows[0]?.n) > 0) {
      throw new FaultlineError('E_BAD_ARGUMENT', 'restore needs an empty store', {
        hint: 'restore into a new --db (a fresh directory or an empty database)',
      })
    }
    const counts: BackupCounts = Object.fromEntries(tables.map((t) => [t.name, 0]))
    const order: string[] = tables.map((t) => t.name)
    let header: Header | null = null
    let trailer: { end: true; rows: BackupCounts } | null = null
    let table = ''
    let batch: Record<string, unknown>[] = []
    let chars = 0
    const flush = async () => {
      if (batch.length > 0) await insertBatch(tx, table, batch)
      batch = []
      chars = 0
    }
    for await (const line of lines) {
      if (line.trim() === '') continue
      if (header === null) {
        header = checkHeader(line)
        continue
      }
      if (trailer !== null) throw bad('lines after the end marker')
      let item: { table?: string; row?: Record<string, unknown>; end?: true; rows?: BackupCounts }
      try {
        item = JSON.parse(line) as typeof item
      } catch {
        throw bad('a line is not JSON')
      }
      if (item.end === true && item.rows) {
        trailer = { end: true, rows: item.rows }
        continue
      }
      const name = item.table ?? ''
      if (!order.includes(name) || item.row === undefined) throw bad(`unexpected line for ${name}`)
      if (name !== table) {
        await flush()
        table = name
      }
      batch.push(item.row)
      counts[name] = (counts[name] ?? 0) + 1
      chars += line.length
      if (batch.length >= BATCH_ROWS || chars >= BATCH_CHARS) await flush()
    }
    await flush()
    await syncIdentities(tx)
    if (header === null) throw bad('the file is empty')
    if (trailer === null) throw bad('no end marker (truncated?)')
    const differs = (t: string) => (trailer?.rows[t] ?? 0) !== (counts[t] ?? 0)
    if ([...order, ...Object.keys(trailer.rows)].some(differs)) {
      throw bad(`row counts differ from the end marker (${JSON.stringify(trailer.rows)})`)
    }
    return counts
  })
}
