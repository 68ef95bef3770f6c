/**
 * @module
 * The `Queryable` contract on every backend (`_backends.ts`), so the pg Pool adapter behaves like
 * the PGlite one: a throwing transaction rolls back, nested transactions join the outer one,
 * driver errors become E_DB naming the statement, and (server only) transactions on separate
 * clients do not see each other's uncommitted rows.
 */
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { FaultlineError } from '../errors.js'
import { redactUrl } from './pg-queryable.js'
import type { Database } from './queryable.js'
import { BACKENDS } from './_backends.js'

const isDbError = (re: RegExp) => (e: unknown) =>
  e instanceof FaultlineError && e.code === 'E_DB' && re.test(e.message)

describe('redactUrl', () => {
  const cases: [string, string][] = [
    ['postgres://u:pw@h:5432/db', 'postgres://u:***@h:5432/db'],
    ['postgresql://u@h/db', 'postgresql://u@h/db'],
    ['postgres://h/db', 'postgres://h/db'],
  ]
  for (const [url, want] of cases) it(url, () => assert.equal(redactUrl(url), want))
})

for (const backend of BACKENDS) describe(`Queryable contract (${backend.name})`, () => {
  let db: Database
  before(async () => {
    db = await backend.openRawDb()
    await db.exec('CREATE TABLE t (id int PRIMARY KEY, note text); CREATE TABLE u (id int)')
  })
  after(() => db.close())
  const ids = async () => (await db.query<{ id: number }>('SELECT id FROM t ORDER BY id')).rows

  it('commits, and rolls back everything when fn throws (nested joins outer)', async () => {
    await db.transaction((tx) => tx.query('INSERT INTO t VALUES ($1::int, $2::text)', [1, 'a']))
    await assert.rejects(
      db.transaction(async (tx) => {
        await tx.query('INSERT INTO t VALUES (2, NULL)')
        await tx.transaction((inner) => inner.query('INSERT INTO t VALUES (3, NULL)'))
        throw new Error('boom')
      }),
      /boom/,
    )
    assert.deepEqual(await ids(), [{ id: 1 }])
  })

  it('driver errors are E_DB naming the statement; the connection stays usable', async () => {
    await assert.rejects(db.query('INSERT INTO t VALUES (1, NULL)'), isDbError(/INSERT INTO t/))
    await assert.rejects(db.exec('SELEC nonsense'), isDbError(/syntax/))
    const failing = db.transaction((tx) => tx.query('INSERT INTO t VALUES ($1::int, NULL)', [1]))
    await assert.rejects(failing, isDbError(/\[1\]/))
    assert.deepEqual(await ids(), [{ id: 1 }])
  })

  it('exec runs several statements', async () => {
    await db.exec('INSERT INTO u VALUES (1); INSERT INTO u VALUES (2)')
    const { rows } = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM u')
    assert.deepEqual(rows, [{ n: 2 }])
  })

  const serverOnly = { skip: backend.name !== 'postgres' }
  it('uncommitted rows stay invisible to other connections', serverOnly, async () => {
    let release = () => {}
    const held = new Promise<void>((r) => (release = r))
    const tx = db.transaction(async (t) => {
      await t.query('INSERT INTO t VALUES (10, NULL)')
      await held
    })
    await new Promise((r) => setTimeout(r, 50))
    assert.deepEqual(await ids(), [{ id: 1 }], 'not yet visible')
    release()
    await tx
    assert.deepEqual(await ids(), [{ id: 1 }, { id: 10 }], 'visible after COMMIT')
  })
})
