/**
 * @module
 * Migration 0011: an insert of events takes the rollup's lock shared (one of 500 rows or more
 * alone), on every backend; on a server, a second ingest's insert goes through while the first is
 * still open, inserts into the same rollup groups both count once they commit, and a recount
 * (a rejection's delete) still waits for an open insert.
 */
import assert from 'node:assert/strict'
import { readFile } from 'node:fs/promises'
import { after, describe, it } from 'node:test'
import { BACKENDS } from '../_backends.js'
import { makeDoc, makeEvent } from '../_fixtures.js'
import { insertDocument } from '../document-repo.js'
import { insertEvents } from '../event-repo.js'
import type { Database, Queryable } from '../queryable.js'
import { sql } from './0011-rollup-shared-lock.js'

it('0011-rollup-shared-lock.ts embeds 0011-rollup-shared-lock.sql unchanged', async () => {
  const file = await readFile(new URL('./0011-rollup-shared-lock.sql', import.meta.url), 'utf8')
  assert.equal(sql.trim(), file.trim())
})

/**
 * Stores document `name` with `n` events on `date` in region `admin1` (their rollup groups);
 * each document of an outlet of its own (an outlet's row is locked by the ingest adding to it).
 */
async function store(
  tx: Queryable, name: string, n: number, date: string, admin1 = 'North Reach',
): Promise<void> {
  const docId = `doc_${name}`
  await insertDocument(tx, makeDoc(`report ${name}`, { outlet: `Outlet ${name}` }), docId)
  await insertEvents(tx, docId, Array.from({ length: n }, (_, i) =>
    makeEvent(docId, i, { event_date: date, admin1, latitude: 14.5, longitude: -4.2 })))
}

const rollupLock = async (tx: Queryable) => (await tx.query<{ mode: string }>(
  `SELECT mode FROM pg_locks WHERE locktype = 'advisory' AND objid = 7007 AND objsubid = 1
   AND pid = pg_backend_pid()`)).rows.map((r) => r.mode)

/** A transaction running `fn`, then kept open until `release()`. */
function held(db: Database, fn: (tx: Queryable) => Promise<void>) {
  let release = () => {}
  const gate = new Promise<void>((r) => (release = r))
  let ready = () => {}
  const started = new Promise<void>((r) => (ready = r))
  const done = db.transaction(async (tx) => {
    await fn(tx)
    ready()
    await gate
  })
  return { started: Promise.race([started, done]), release, done }
}

for (const backend of BACKENDS) describe(`rollup lock of inserts (${backend.name})`, () => {
  const dbs: Database[] = []
  after(async () => {
    for (const db of dbs) await db.close()
  })
  const open = async () => {
    const db = await backend.openDb()
    dbs.push(db)
    return db
  }

  it('a small insert takes it shared, one of 500 rows or more alone', async () => {
    const db = await open()
    assert.deepEqual(await db.transaction(async (tx) => {
      await store(tx, 'small', 3, '2024-03-01')
      return rollupLock(tx)
    }), ['ShareLock'])
    assert.deepEqual(await db.transaction(async (tx) => {
      await store(tx, 'large', 500, '2024-03-01')
      return rollupLock(tx)
    }), ['ExclusiveLock'])
    const { rows } = await db.query<{ n: number }>(
      `SELECT sum(n)::int AS n FROM event_rollup WHERE grain = 'day'`)
    assert.equal(rows[0]?.n, 503)
  })

  if (backend.name !== 'postgres') return

  it('a second insert goes through while the first is open; both count', async () => {
    const db = await open()
    const first = held(db, (tx) => store(tx, 'one', 4, '2024-03-01'))
    try {
      await first.started
      // Another region: no rollup row in common, so nothing to wait for at all.
      await db.transaction(async (tx) => {
        await tx.query(`SET LOCAL lock_timeout = '5s'`)
        await store(tx, 'two', 2, '2024-03-02', 'South Reach')
      })
    } finally {
      first.release()
    }
    await first.done
    // The same group while another insert into it is open: waits for its rows, then adds.
    const fourth = held(db, (tx) => store(tx, 'four', 5, '2024-03-01'))
    await fourth.started
    const fifth = db.transaction((tx) => store(tx, 'five', 1, '2024-03-01'))
    fourth.release()
    await Promise.all([fourth.done, fifth])
    const { rows } = await db.query<{ g: string; n: number }>(
      `SELECT grain || ' ' || admin1 AS g, sum(n)::int AS n FROM event_rollup GROUP BY 1 ORDER BY 1`)
    assert.deepEqual(rows.map((r) => `${r.g}: ${r.n}`), ['cell_day North Reach: 10',
      'cell_day South Reach: 2', 'cell_month North Reach: 10', 'cell_month South Reach: 2',
      'day North Reach: 10', 'day South Reach: 2', 'fine_cell North Reach: 10',
      'fine_cell South Reach: 2'])
  })

  it('a recount still waits for an open insert', async () => {
    const db = await open()
    await store(db, 'old', 2, '2024-03-03')
    const insert = held(db, (tx) => store(tx, 'new', 1, '2024-03-04'))
    try {
      await insert.started
      await assert.rejects(db.transaction(async (tx) => {
        await tx.query(`SET LOCAL lock_timeout = '300ms'`)
        await tx.query(`DELETE FROM events WHERE doc_id = 'doc_old'`)
      }), /lock timeout/)
    } finally {
      insert.release()
    }
    await insert.done
  })
})
