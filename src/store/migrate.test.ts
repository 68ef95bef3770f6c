/**
 * @module
 * Tests for migrations: the .ts copy matches the .sql file, all-or-nothing application, applied
 * once (also when two connections race: the advisory lock), and refusal of a database written by a
 * newer version; on every backend (`_backends.ts`).
 */
import assert from 'node:assert/strict'
import { readFile } from 'node:fs/promises'
import { after, before, describe, it } from 'node:test'
import { FaultlineError } from '../errors.js'
import { migrate } from './migrate.js'
import { sql as init } from './migrations/0001-init.js'
import { MIGRATIONS } from './migrations/index.js'
import type { Database } from './queryable.js'
import { BACKENDS } from './_backends.js'

describe('migrations', () => {
  it('0001-init.ts embeds 0001-init.sql unchanged', async () => {
    const file = await readFile(new URL('./migrations/0001-init.sql', import.meta.url), 'utf8')
    assert.equal(init.trim(), file.trim())
  })

  it('versions are unique and sorted', () => {
    const versions = MIGRATIONS.map((m) => m.version)
    assert.deepEqual(versions, [...new Set(versions)].sort())
  })
})

for (const backend of BACKENDS) describe(`migrate (${backend.name})`, () => {
  let db: Database
  before(async () => {
    db = await backend.openRawDb()
  })
  after(() => db.close())

  const tables = async () =>
    (await db.query<{ t: string }>(
      `SELECT table_name AS t FROM information_schema.tables
       WHERE table_schema = 'public' ORDER BY 1`,
    )).rows.map((r) => r.t)

  it('a failing migration leaves nothing behind', async () => {
    const broken = [...MIGRATIONS, { version: '9000', name: 'broken', sql: 'CREATE TABLE oops (' }]
    const isDbError = (e: unknown) => e instanceof FaultlineError && e.code === 'E_DB'
    await assert.rejects(migrate(db, broken), isDbError)
    assert.deepEqual(await tables(), [], 'not even 0001 or schema_migrations')
  })

  it('applies pending migrations once, in order', async () => {
    const cases: [string, string[]][] = [
      ['fresh database', MIGRATIONS.map((m) => m.version)],
      ['up to date', []],
    ]
    for (const [label, want] of cases) assert.deepEqual(await migrate(db), want, label)
    const want = ['actor_labels', 'actor_names', 'actor_relations', 'alerts', 'documents', 'event_changes',
      'event_overrides', 'event_reviews', 'event_rollup', 'events', 'framing_docs',
      'incident_links', 'incident_members', 'incidents', 'outlets', 'schema_migrations',
      'snapshot_events', 'snapshots', 'watchlists', 'webhook_deliveries']
    assert.deepEqual(await tables(), want, 'tables')
    const sql = 'SELECT version, name FROM schema_migrations'
    const rows = await db.query<{ version: string; name: string }>(sql)
    const recorded = MIGRATIONS.map(({ version, name }) => ({ version, name }))
    assert.deepEqual(rows.rows, recorded, 'recorded')
  })

  it('racing migrations apply each version once', async () => {
    const other = await backend.openRawDb()
    try {
      const runs = await Promise.all([migrate(other), migrate(other), migrate(other)])
      const all = MIGRATIONS.map((m) => m.version)
      assert.deepEqual(runs.flat(), all, 'one run applied them all, the others found them done')
    } finally {
      await other.close()
    }
  })

  it('refuses a database from a newer version', async () => {
    await db.query(`INSERT INTO schema_migrations (version, name) VALUES ('9999', 'future')`)
    await assert.rejects(migrate(db), (e: unknown) => {
      assert.ok(e instanceof FaultlineError && e.code === 'E_DB', 'E_DB')
      assert.match(e.message, /9999/, 'names the unknown version')
      return true
    })
  })
})
