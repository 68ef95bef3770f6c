/**
 * @module
 * Tests for dead-worker recovery on a test server (skipped otherwise): jobs locked long ago by a
 * pool with no recent heartbeat are unlocked; a live pool's jobs, fresh locks and clean exits
 * are left alone.
 */
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { makeDoc } from '../store/_fixtures.js'
import { createScratchDatabase, testServerUrl } from '../store/_backends.js'
import type { ScratchDatabase } from '../store/_backends.js'
import { migrate } from '../store/migrate.js'
import { openPg } from '../store/pg-queryable.js'
import type { Database } from '../store/queryable.js'
import { enqueueDocument } from './enqueue.js'
import { beat, forget, reclaimStale } from './heartbeat.js'
import { prepareQueue } from './queue-setup.js'

const server = testServerUrl()
describe('heartbeat reclaim (PostgreSQL server)', { skip: !server && 'no test server' }, () => {
  let scratch: ScratchDatabase
  let db: Database
  before(async () => {
    scratch = await createScratchDatabase(server!)
    db = await openPg(scratch.url, { max: 2 })
    await migrate(db)
    await prepareQueue(db, scratch.url)
  })
  after(async () => {
    await db?.close()
    await scratch?.drop()
  })

  const lock = async (docId: string, pool: string, secondsAgo: number) => {
    await db.query(
      `UPDATE graphile_worker._private_jobs SET locked_by = $2::text,
         locked_at = now() - make_interval(secs => $3::float8) WHERE key = $1::text`,
      [docId, pool, secondsAgo],
    )
  }
  const lockedBy = async () =>
    (await db.query<{ key: string; locked_by: string | null }>(
      'SELECT key, locked_by FROM graphile_worker.jobs ORDER BY key',
    )).rows.map((r) => r.locked_by)

  it('unlocks only the stale locks of pools without a fresh heartbeat', async () => {
    const ids: string[] = []
    for (const t of ['a', 'b', 'c', 'd']) ids.push((await enqueueDocument(db, makeDoc(t))).docId)
    ids.sort()
    await beat(db, ['pool-alive'], 'host', 1)
    await beat(db, ['pool-gone'], 'host', 2)
    await db.query(`UPDATE faultline_queue_workers SET heartbeat_at = now() - interval '1 hour'
      WHERE pool_id = 'pool-gone'`)
    await lock(ids[0]!, 'pool-alive', 3600)
    await lock(ids[1]!, 'pool-gone', 3600)
    await lock(ids[2]!, 'pool-never-beat', 3600)
    await lock(ids[3]!, 'pool-just-started', 1)

    const r = await reclaimStale(db, 60)
    assert.deepEqual([...r.pools].sort(), ['pool-gone', 'pool-never-beat'], 'dead pools')
    assert.equal(r.jobs, 2, 'their jobs')
    assert.deepEqual(await lockedBy(), ['pool-alive', null, null, 'pool-just-started'], 'locks')
    const { rows } = await db.query<{ pool_id: string }>(
      'SELECT pool_id FROM faultline_queue_workers ORDER BY 1',
    )
    assert.deepEqual(rows, [{ pool_id: 'pool-alive' }], 'stale heartbeat rows removed')
    await forget(db, ['pool-alive'])
    const gone = { pools: ['pool-alive'], jobs: 1 }
    assert.deepEqual(await reclaimStale(db, 60), gone, 'a forgotten pool no longer holds locks')
    assert.deepEqual(await reclaimStale(db, 60), { pools: [], jobs: 0 }, 'nothing else to do')
  })
})
