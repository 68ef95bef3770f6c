/**
 * @module
 * The check under the corroboration lock (`incident-regroup.ts`), on a real server (skipped
 * without `FAULTLINE_TEST_DATABASE_URL`): another worker corroborates a report of the same
 * happening between this worker's reading and its taking the lock, so what it read is stale and
 * it must group again under the lock; a worker corroborating something unrelated in that gap
 * changes nothing this one read, and its grouping is written as planned. Either way the incidents
 * are those of corroborating one document after the other.
 */
import assert from 'node:assert/strict'
import { after, describe, it } from 'node:test'
import { docIdFor, readBytes } from '../ingest/index.js'
import { extractRawDoc } from '../pipeline.js'
import { createScratchDatabase, testServerUrl } from './_backends.js'
import type { ScratchDatabase } from './_backends.js'
import { updateIncidents } from './incident-regroup.js'
import { migrate } from './migrate.js'
import { openPg } from './pg-queryable.js'
import type { Database, Queryable } from './queryable.js'
import { createSqlStore } from './sql-store.js'

const server = testServerUrl()
const REPORTS = {
  a: ['Sahel Wire', 'Gunmen killed 7 civilians in Boni on 3 March 2024, residents said.'],
  b: ['Delta Post', 'Armed men killed seven villagers in Boni on 3 March 2024, an official said.'],
  far: ['Delta Post', 'Hundreds of people protested peacefully in Mopti on 5 March 2024.'],
} as const
type Name = keyof typeof REPORTS

/**
 * `db` whose transactions run `gap` once, just before their first advisory lock, and log the
 * statements they run after it.
 */
function withGap(db: Database, gap: () => Promise<unknown>, log: string[]): Database {
  let pending = true
  const wrap = (tx: Queryable, locked = { on: false }): Queryable => ({
    query: async (sql, params) => {
      if (sql.includes('pg_advisory_xact_lock') && pending) {
        pending = false
        await gap()
      }
      if (locked.on) log.push(sql)
      const r = await tx.query(sql, params)
      if (sql.includes('pg_advisory_xact_lock')) locked.on = true
      return r as never
    },
    exec: (sql) => tx.exec(sql),
    transaction: (fn) => tx.transaction((inner) => fn(wrap(inner, locked))),
  })
  return { ...wrap(db), transaction: (fn) => db.transaction((tx) => fn(wrap(tx))),
    close: () => db.close() }
}

describe('corroboration checks what it read under the lock (postgres)', {
  skip: server === undefined,
}, () => {
  const scratches: ScratchDatabase[] = []
  const dbs: Database[] = []
  after(async () => {
    for (const db of dbs) await db.close()
    for (const s of scratches) await s.drop()
  })

  /** A database holding the named reports, stored but not corroborated; two pools on it. */
  async function stored(names: readonly Name[]) {
    const scratch = await createScratchDatabase(server as string)
    scratches.push(scratch)
    const [db, other] = [await openPg(scratch.url, { max: 2 }), await openPg(scratch.url)]
    dbs.push(db, other)
    await migrate(db)
    const ids: Partial<Record<Name, string>> = {}
    for (const n of names) {
      const [outlet, text] = REPORTS[n]
      const raw = await readBytes(new TextEncoder().encode(text), `test://${n}`,
        { outlet, published: '2024-03-06' })
      ids[n] = (await createSqlStore(db).ingest(raw, docIdFor(raw.content_hash),
        extractRawDoc(raw))).docId
    }
    return { db, other, ids: ids as Record<Name, string> }
  }

  const incidents = async (db: Queryable) => (await db.query(
    `SELECT i.id, i.reports, array_agg(m.event_id ORDER BY m.event_id)::text AS members
     FROM incidents i JOIN incident_members m ON m.incident_id = i.id
     GROUP BY i.id, i.reports ORDER BY i.id`)).rows

  for (const [label, first, regroups] of [
    ['a report of the same happening', 'b', true],
    ['an unrelated report', 'far', false],
  ] as const) {
    it(`another worker corroborating ${label} in the gap`, async () => {
      const serial = await stored(['a', first])
      await updateIncidents(serial.db, serial.ids[first])
      await updateIncidents(serial.db, serial.ids.a)

      const raced = await stored(['a', first])
      const log: string[] = []
      const racing = withGap(raced.db, () => updateIncidents(raced.other, raced.ids[first]), log)
      await updateIncidents(racing, raced.ids.a)

      const again = log.some((sql) => /FROM events e WHERE e\.doc_id = \$1/.test(sql))
      assert.equal(again, regroups, `grouped again under the lock: ${again}`)
      assert.deepEqual(await incidents(raced.db), await incidents(serial.db))
      if (regroups) assert.equal((await incidents(raced.db)).length, 1)
    })
  }
})
