/**
 * @module
 * Tests for the portable backup on every backend (`_backends.ts`), and across them: a restore
 * into an empty store answers every query like the original (documents, events with awkward
 * values, listings, summary, a second backup), a non-empty store and damaged files are refused
 * and leave the store unchanged.
 */
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { FaultlineError } from '../errors.js'
import { restoreBackup, writeBackup } from './backup.js'
import type { BackupCounts } from './backup.js'
import type { Database } from './queryable.js'
import { createSqlStore } from './sql-store.js'
import type { Store } from './store.js'
import { makeDoc, makeEvent } from './_fixtures.js'
import { BACKENDS } from './_backends.js'
import { all } from './_test-helpers.js'

const isCode = (code: string) => (e: unknown) => e instanceof FaultlineError && e.code === code

async function* lines(items: readonly string[]) {
  yield* items
}

async function dump(db: Database): Promise<{ lines: string[]; counts: BackupCounts }> {
  const out: string[] = []
  const counts = await writeBackup(db, (l) => void out.push(l))
  return { lines: out, counts }
}

/** Everything a user can ask the store, for comparing two stores. */
async function answers(store: Store) {
  const ids = ['A', 'B', 'C']
  return {
    docs: await Promise.all(ids.map((id) => store.getDocument(id))),
    events: await Promise.all(ids.map((id) => store.eventsOfDocument(id))),
    list: await store.listEvents({}, { limit: 100, offset: 0 }),
    stream: await all(store.streamEvents({})),
    actors: await store.listActors(),
    summary: await store.summary(),
  }
}

async function fill(store: Store) {
  const text = 'Quote "marks", back\\slash, tab\there, emoji 🕊️, accents Késsel — a\nnew line.'
  await store.ingest(makeDoc(text, { published_at: null, author: 'A. N. Author' }), 'A', [
    makeEvent('A', 1, { latitude: 0.1 + 0.2, longitude: -179.999999999999, fatalities_min: 0 }),
    makeEvent('A', 2, { event_date: null, evidence: [{ start: 0, end: 5, text: 'Quote' }] }),
  ])
  await store.ingest(makeDoc('Report B', { format: 'html', title: null }), 'B', [
    makeEvent('B', 1, { event_type: 'Protests', sub_event_type: 'Peaceful protest', inter2: 0 }),
  ])
  await store.ingest(makeDoc('Report C: nothing happened.'), 'C', [])
}

for (const from of BACKENDS) {
  describe(`backup from ${from.name}`, () => {
    let source: Store
    let backup: { lines: string[]; counts: BackupCounts }
    let db: Database
    before(async () => {
      db = await from.openDb()
      source = createSqlStore(db)
      await fill(source)
      backup = await dump(db)
    })
    after(() => source.close())

    it('has a header, one line per row, and an end marker with the counts', () => {
      assert.match(backup.lines[0] ?? '', /^\{"format":"faultline-backup","version":1,/, 'header')
      assert.equal(backup.counts.documents, 3, 'documents')
      assert.equal(backup.counts.events, 3, 'events')
      const rows = Object.values(backup.counts).reduce((a, b) => a + b, 0)
      assert.equal(backup.lines.length, rows + 2, 'lines')
      assert.deepEqual(JSON.parse(backup.lines.at(-1)!), { end: true, rows: backup.counts }, 'end')
      const tables = Object.keys(backup.counts)
      assert.ok(tables.indexOf('documents') < tables.indexOf('events'), 'parents first')
      assert.ok(!tables.includes('schema_migrations'), 'bookkeeping left out')
    })

    for (const to of BACKENDS) {
      it(`restores into an empty ${to.name} store with the same answers`, async () => {
        const targetDb = await to.openDb()
        const target = createSqlStore(targetDb)
        try {
          const counts = await restoreBackup(targetDb, lines(backup.lines))
          assert.deepEqual(counts, backup.counts, 'counts')
          assert.deepEqual(await answers(target), await answers(source), 'same answers')
          const again = await dump(targetDb)
          assert.deepEqual(again.counts, backup.counts, 'a second backup has the same rows')
        } finally {
          await target.close()
        }
      })
    }

    it('refuses a non-empty store and damaged files, changing nothing', async () => {
      const before = await answers(source)
      await assert.rejects(restoreBackup(db, lines(backup.lines)), isCode('E_BAD_ARGUMENT'))
      const fresh = await from.openDb()
      try {
        const cases: [string, string[]][] = [
          ['empty file', []],
          ['no header', backup.lines.slice(1)],
          ['truncated (no end marker)', backup.lines.slice(0, -2)],
          ['a row missing', [...backup.lines.slice(0, -2), backup.lines.at(-1)!]],
          ['not JSON', [backup.lines[0]!, '{oops']],
        ]
        for (const [label, input] of cases) {
          await assert.rejects(restoreBackup(fresh, lines(input)), isCode('E_INPUT_FORMAT'), label)
          const sql = 'SELECT count(*)::int AS n FROM documents'
          const { rows } = await fresh.query<{ n: number }>(sql)
          assert.deepEqual(rows, [{ n: 0 }], `${label}: nothing written`)
        }
      } finally {
        await fresh.close()
      }
      assert.deepEqual(await answers(source), before, 'source unchanged')
    })
  })
}
