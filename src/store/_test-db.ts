/**
 * @module
 * Fast, isolated in-memory databases for tests. A fresh PGlite runs initdb (5–10 s on a busy
 * 2-core box); loading a dump of an initialised data directory takes a fraction of that. So the
 * first test process that needs a database builds a migrated template once and caches it in the
 * OS temp dir (keyed by the PGlite version and the migrations), and every later call loads it.
 * Each call still returns a new, independent database.
 * @internal
 */
import { createHash } from 'node:crypto'
import { readFile, rename, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PGlite } from '@electric-sql/pglite'
import { migrate } from './migrate.js'
import { MIGRATIONS } from './migrations/index.js'
import { pgliteQueryable } from './pglite-queryable.js'
import type { Database } from './queryable.js'
import { createSqlStore } from './sql-store.js'
import type { Store } from './store.js'

const GZIP = 'application/x-gzip'

async function templatePath(): Promise<string> {
  const pkg = new URL('../package.json', import.meta.resolve('@electric-sql/pglite'))
  const { version } = JSON.parse(await readFile(pkg, 'utf8')) as { version: string }
  const hash = createHash('sha256').update(version)
  for (const m of MIGRATIONS) hash.update(m.version).update(m.sql)
  return join(tmpdir(), `faultline-test-db-${hash.digest('hex').slice(0, 16)}.tar.gz`)
}

async function fromTemplate(path: string): Promise<PGlite | null> {
  const bytes = await readFile(path).catch(() => null)
  if (bytes === null) return null
  // A torn or foreign file is not fatal: rebuild it.
  return PGlite.create({ loadDataDir: new Blob([bytes], { type: GZIP }) }).catch(() => null)
}

/** A new, migrated, in-memory database. */
export async function openTestDb(): Promise<Database> {
  const path = await templatePath()
  const loaded = await fromTemplate(path)
  if (loaded !== null) {
    const db = pgliteQueryable(loaded)
    await migrate(db)
    return db
  }
  const pg = await PGlite.create()
  const db = pgliteQueryable(pg)
  await migrate(db)
  const dump = await pg.dumpDataDir('gzip')
  // Write then rename: a concurrent test process never reads a half-written template.
  const tmp = `${path}.${process.pid}.tmp`
  await writeFile(tmp, new Uint8Array(await dump.arrayBuffer()))
  await rename(tmp, path)
  return db
}

/** A new store over `openTestDb()`: what `openStore({ db: 'memory://' })` gives, only faster. */
export async function openTestStore(): Promise<Store> {
  return createSqlStore(await openTestDb())
}
