/**
 * @module
 * `faultline db migrate|status|backup FILE|restore FILE` — look after the store on either
 * backend. `migrate` brings the schema (and, on a server, the job queue) up to date; `status`
 * shows where the store is, its schema, its size and the queue, without changing anything;
 * `backup` writes a portable JSON Lines file (`store/backup.ts`) that `restore` loads into an
 * empty store, PGlite or server alike.
 */
import { once } from 'node:events'
import { createWriteStream } from 'node:fs'
import { open, rename, rm } from 'node:fs/promises'
import type { FileHandle } from 'node:fs/promises'
import { defineCommand } from 'citty'
import { FaultlineError } from '../../errors.js'
import { prepareQueue } from '../../queue/queue-setup.js'
import { queueStatus } from '../../queue/queue-status.js'
import { restoreBackup, writeBackup } from '../../store/backup.js'
import type { BackupCounts } from '../../store/backup.js'
import type { DbLocation } from '../../store/db-location.js'
import { migrate } from '../../store/migrate.js'
import { MIGRATIONS } from '../../store/migrations/index.js'
import { openDatabase } from '../../store/open-store.js'
import { redactUrl } from '../../store/pg-queryable.js'
import type { Database } from '../../store/queryable.js'
import { dbArg } from '../_db-arg.js'
import { info, out } from '../_output.js'

function where(loc: DbLocation): string {
  if (loc.kind === 'postgres') return `server ${redactUrl(loc.url)}`
  return loc.kind === 'memory' ? 'memory' : `PGlite ${loc.path}`
}

const rowsText = (c: BackupCounts) =>
  `${c.documents ?? 0} document(s), ${c.events ?? 0} event(s), ${c.incidents ?? 0} incident(s)`

async function withDb<T>(
  args: { db?: string | undefined },
  migrated: boolean,
  fn: (db: Database, loc: DbLocation) => Promise<T>,
): Promise<T> {
  const opts = { ...(args.db ? { db: args.db } : {}), migrate: migrated }
  const { db, location } = await openDatabase(opts)
  try {
    return await fn(db, location)
  } finally {
    await db.close()
  }
}

/**
 * The file's lines, read only once the consumer starts pulling: a readline interface created
 * earlier would emit lines while the restore is still connecting, and they would be lost.
 */
async function* linesOf(file: FileHandle): AsyncGenerator<string> {
  for await (const line of file.readLines({ encoding: 'utf8' })) yield line
}

const fileArg = {
  file: { type: 'positional', description: 'Backup file (JSON Lines)', required: true },
} as const

const migrateCmd = defineCommand({
  meta: { name: 'migrate', description: 'Apply pending migrations (and set up a server queue)' },
  args: { ...dbArg },
  run: ({ args }) =>
    withDb(args, false, async (db, loc) => {
      const applied = await migrate(db)
      if (loc.kind === 'postgres') await prepareQueue(db, loc.url)
      info(`${where(loc)}: ${applied.length ? `applied ${applied.join(', ')}` : 'up to date'}`)
    }),
})

async function gatherStatus(db: Database, loc: DbLocation) {
  const { rows } = await db.query<{ ok: boolean }>(
    `SELECT to_regclass('schema_migrations') IS NOT NULL AS ok`,
  )
  const versions = rows[0]?.ok
    ? await db.query<{ version: string }>('SELECT version FROM schema_migrations ORDER BY 1')
    : { rows: [] }
  const applied = versions.rows.map((r) => r.version)
  const pending = MIGRATIONS.map((m) => m.version).filter((v) => !applied.includes(v))
  const counts = applied.length
    ? (await db.query<{ documents: number; events: number }>(
        `SELECT (SELECT count(*)::int FROM documents) AS documents,
           (SELECT count(*)::int FROM events) AS events`,
      )).rows[0]
    : undefined
  return {
    backend: loc.kind === 'postgres' ? 'postgres' : 'pglite',
    location: where(loc),
    applied,
    pending,
    documents: counts?.documents ?? 0,
    events: counts?.events ?? 0,
    queue: loc.kind === 'postgres' ? await queueStatus(db) : null,
  }
}

const statusCmd = defineCommand({
  meta: { name: 'status', description: 'Show the store: backend, schema, counts, queue' },
  args: { json: { type: 'boolean', description: 'Print as JSON' }, ...dbArg },
  run: ({ args }) =>
    withDb(args, false, async (db, loc) => {
      const s = await gatherStatus(db, loc)
      if (args.json) return out(JSON.stringify(s))
      const todo = s.pending.length
        ? ` (pending: ${s.pending.join(', ')}; run faultline db migrate)`
        : ' (up to date)'
      out(`store     ${s.location}`)
      out(`schema    ${s.applied.join(', ') || 'none'}${todo}`)
      out(`contents  ${s.documents} document(s), ${s.events} event(s)`)
      const q = s.queue
      if (q) {
        out(`queue     ${q.queued} queued, ${q.running} running, ${q.failed} failed; `
          + `${q.workers} worker(s) alive`)
      }
    }),
})

const backupCmd = defineCommand({
  meta: { name: 'backup', description: 'Write the whole store to FILE (portable JSON Lines)' },
  args: { ...fileArg, ...dbArg },
  run: ({ args }) =>
    withDb(args, true, async (db, loc) => {
      // Written beside the target and renamed at the end: FILE is never a half backup.
      const tmp = `${args.file}.${process.pid}.tmp`
      const stream = createWriteStream(tmp, { flags: 'wx' })
      try {
        const counts = await writeBackup(db, async (line) => {
          if (!stream.write(`${line}\n`)) await once(stream, 'drain')
        })
        stream.end()
        await once(stream, 'finish')
        await rename(tmp, args.file)
        info(`${where(loc)}: backed up ${rowsText(counts)} to ${args.file}`)
      } catch (e) {
        stream.destroy()
        await rm(tmp, { force: true })
        throw e
      }
    }),
})

const restoreCmd = defineCommand({
  meta: { name: 'restore', description: 'Load a backup FILE into an empty store' },
  args: { ...fileArg, ...dbArg },
  run: ({ args }) =>
    withDb(args, true, async (db, loc) => {
      const file = await open(args.file).catch((e: unknown) => {
        throw new FaultlineError('E_INPUT_UNREADABLE', `cannot read ${args.file}`, {
          hint: 'give the path of a file written by faultline db backup',
          cause: e,
        })
      })
      try {
        const counts = await restoreBackup(db, linesOf(file))
        info(`${where(loc)}: restored ${rowsText(counts)} from ${args.file}`)
      } finally {
        await file.close()
      }
    }),
})

export default defineCommand({
  meta: { name: 'db', description: 'Database upkeep: migrate, status, backup FILE, restore FILE' },
  subCommands: { migrate: migrateCmd, status: statusCmd, backup: backupCmd, restore: restoreCmd },
})
