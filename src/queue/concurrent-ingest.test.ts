/**
 * @module
 * Two workers ingesting at once on a real server (skipped without `FAULTLINE_TEST_DATABASE_URL`)
 * must leave what one worker ingesting the same documents in order leaves: the same incidents
 * with the same members, the same events rollup. Each "worker" is a store over a pool of its own
 * (its own connections, so its transactions really interleave with the other's); the documents
 * crowd a few places and days, so most of them corroborate reports the other worker is storing.
 */
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { ingestRawDoc } from '../pipeline.js'
import type { RawDoc } from '../schema/document.js'
import { createScratchDatabase, testServerUrl } from '../store/_backends.js'
import type { ScratchDatabase } from '../store/_backends.js'
import { migrate } from '../store/migrate.js'
import { openPg } from '../store/pg-queryable.js'
import type { Database } from '../store/queryable.js'
import { createSqlStore } from '../store/sql-store.js'
import { crowdedReports, derived } from './_concurrent-fixtures.js'

const server = testServerUrl()
const N = 36

async function scratchDb(): Promise<{ scratch: ScratchDatabase; db: Database }> {
  const scratch = await createScratchDatabase(server as string)
  const db = await openPg(scratch.url, { max: 2 })
  await migrate(db)
  return { scratch, db }
}

describe('concurrent ingest (postgres)', { skip: server === undefined }, () => {
  let docs: RawDoc[] = []
  let sequential: Awaited<ReturnType<typeof derived>>
  const opened: { scratch: ScratchDatabase; db: Database }[] = []

  before(async () => {
    docs = await crowdedReports(N)
    const s = await scratchDb()
    opened.push(s)
    const store = createSqlStore(s.db)
    for (const d of docs) await ingestRawDoc(store, d)
    sequential = await derived(s.db)
  })

  after(async () => {
    for (const { scratch, db } of opened) await db.close().finally(() => scratch.drop())
  })

  it('the documents corroborate each other (the test is not vacuous)', () => {
    const merged = sequential.incidents.filter((i) => Number(i.reports) > 1)
    assert.ok(merged.length >= 3, `only ${merged.length} incidents of several reports`)
    assert.ok(sequential.rollup.length > 0)
  })

  for (const [label, split] of [
    ['alternate documents', (i: number) => i % 2],
    ['first and second half', (i: number) => (i < N / 2 ? 0 : 1)],
  ] as const) {
    it(`two workers (${label}) derive what one worker derives`, async () => {
      const s = await scratchDb()
      opened.push(s)
      const other = await openPg(s.scratch.url, { max: 2 })
      try {
        const stores = [createSqlStore(s.db), createSqlStore(other)]
        await Promise.all([0, 1].map(async (w) => {
          for (const [i, d] of docs.entries()) {
            if (split(i) === w) await ingestRawDoc(stores[w]!, d)
          }
        }))
      } finally {
        await other.close()
      }
      assert.deepEqual(await derived(s.db), sequential)
    })
  }
})
