/**
 * @module
 * The change log against a real store (PGlite, and PostgreSQL when configured): one event's life
 * (added at ingest → corrected → deleted by a rejection) in order with reasons, re-extraction
 * logging only what changed (revised, added, deleted), corroboration moving a report into an
 * incident, and reading by time, cursor and kind. Documents and events are invented.
 */
import assert from 'node:assert/strict'
import { readFile } from 'node:fs/promises'
import { after, before, describe, it } from 'node:test'
import { ReviewInputSchema } from '../schema/review.js'
import { restoreBackup, writeBackup } from './backup.js'
import { sql as changesSql } from './migrations/0006-changes.js'
import { BACKENDS } from './_backends.js'
import { makeDoc, makeEvent } from './_fixtures.js'
import { createSqlStore } from './sql-store.js'
import type { Store } from './store.js'

it('0006-changes.ts embeds 0006-changes.sql unchanged', async () => {
  const file = await readFile(new URL('./migrations/0006-changes.sql', import.meta.url), 'utf8')
  assert.equal(changesSql.trim(), file.trim())
})

for (const backend of BACKENDS) describe(`change log (${backend.name})`, () => {
  let store: Store
  before(async () => {
    store = createSqlStore(await backend.openDb())
  })
  after(() => store.close())

  const logOf = async (eventId: string) =>
    (await store.listChanges({ limit: 1000 })).items.filter((c) => c.event_id === eventId)

  it('one event: added → corrected → deleted, in order, with reasons and records', async () => {
    const events = [makeEvent('doc_a', 1), makeEvent('doc_a', 2, { location: 'Amber Well' })]
    await store.ingest(makeDoc('Invented report A.', { title: 'Raid on Kessel Ford' }), 'doc_a',
      events)
    const id = events[0]!.event_id
    await store.reviewEvent(id, ReviewInputSchema.parse({ action: 'correct', field: 'fatalities',
      value: 5, reviewer: 'ana' }))
    await store.reviewEvent(id, ReviewInputSchema.parse({ action: 'reject', reviewer: 'ben' }))
    const log = await logOf(id)
    assert.deepEqual(log.map((c) => c.kind), ['added', 'corrected', 'deleted'], 'kinds in order')
    assert.equal(log[0]?.reason, 'ingested Raid on Kessel Ford', 'ingest reason names the title')
    assert.match(log[1]?.reason ?? '', /fatalities.*ana/, 'field and reviewer')
    assert.equal(log[2]?.reason, 'rejected by ben')
    const fat = (v: unknown) => (v as { fatalities: number }).fatalities
    assert.deepEqual([fat(log[1]?.before), fat(log[1]?.after)], [3, 5], 'before and after')
    assert.equal(log[2]?.after, null, 'a deletion has no after')
    assert.equal(fat(log[2]?.before), 5, 'and keeps the record it deleted')
    const seqs = log.map((c) => c.seq)
    assert.deepEqual(seqs, [...seqs].sort((a, b) => a - b), 'seq ascends')
    assert.deepEqual((await logOf(events[1]!.event_id)).map((c) => c.kind), ['added'])
  })

  it('re-extraction logs revised (only when changed), added and deleted', async () => {
    const old = [1, 2, 3].map((n) => makeEvent('doc_b', n))
    await store.ingest(makeDoc('Invented report B.'), 'doc_b', old)
    const fresh = [old[0]!, { ...old[1]!, fatalities: 9 }, makeEvent('doc_b', 4)]
    assert.equal(await store.replaceEvents('doc_b', fresh), 3)
    const since = (await store.listChanges({ limit: 1000 })).items.filter(
      (c) => c.doc_id === 'doc_b' && c.kind !== 'added' || c.event_id === 'doc_b-e00004')
    const got = since.map((c) => [c.event_id, c.kind, c.reason.split(' (')[0]])
    assert.deepEqual(got, [
      ['doc_b-e00002', 'revised', 're-extracted'],
      ['doc_b-e00004', 'added', 're-extraction finds it'],
      ['doc_b-e00003', 'deleted', 're-extraction no longer finds it'],
    ])
    assert.equal(await store.replaceEvents('doc_b', fresh), 3)
    const again = (await logOf('doc_b-e00002')).length
    assert.equal(again, 2, 'the same re-extraction again logs nothing new')
  })

  it('corroboration: a report joining an incident is revised with the report count', async () => {
    const apart = { event_date: '2024-06-10', location: 'Marble Gap', latitude: 12, longitude: 22 }
    await store.ingest(makeDoc('Invented report C.'), 'doc_c', [makeEvent('doc_c', 1, apart)])
    await store.updateIncidents('doc_c')
    assert.deepEqual((await logOf('doc_c-e00001')).map((c) => c.kind), ['added'],
      'alone in its incident: no revision')
    await store.ingest(makeDoc('Invented report D.'), 'doc_d', [makeEvent('doc_d', 1, apart)])
    await store.updateIncidents('doc_d')
    const moved = (await store.listChanges({ kinds: ['revised'] })).items
      .filter((c) => c.reason.startsWith('corroborated'))
    assert.deepEqual(moved.map((c) => [c.event_id, c.reason]),
      [['doc_d-e00001', 'corroborated with 2 reports']], 'the report that joined')
    assert.match(JSON.stringify(moved[0]?.after), /inc_/, 'after names the incident')
  })

  it('since, after (cursor), kinds and limit', async () => {
    const all = (await store.listChanges({})).items
    assert.ok(all.length > 5)
    const future = await store.listChanges({ since: '2999-01-01' })
    assert.deepEqual([future.items.length, future.next_after, future.more], [0, null, false])
    const past = await store.listChanges({ since: '2000-01-01T00:00:00Z' })
    assert.equal(past.items.length, all.length, 'since the past: everything')
    const fromLast = all.at(-1)!
    const atLast = await store.listChanges({ since: fromLast.at })
    assert.ok(atLast.items.some((c) => c.seq === fromLast.seq), 'since is inclusive')
    const page = await store.listChanges({ limit: 2 })
    assert.deepEqual([page.items.length, page.more], [2, true])
    const next = await store.listChanges({ after_seq: page.next_after ?? 0, limit: 2 })
    assert.deepEqual(next.items.map((c) => c.seq), all.slice(2, 4).map((c) => c.seq), 'resumes')
    const deleted = await store.listChanges({ kinds: ['deleted'] })
    assert.deepEqual(deleted.items.map((c) => c.event_id), ['doc_a-e00001', 'doc_b-e00003'])
    const end = await store.listChanges({ after_seq: fromLast.seq })
    assert.deepEqual([end.items.length, end.next_after], [0, fromLast.seq], 'cursor kept')
  })

  it('backup and restore keep the log and snapshots; the log goes on after a restore', async () => {
    const db = await backend.openDb()
    const copyDb = await backend.openDb()
    try {
      const src = createSqlStore(db)
      await src.ingest(makeDoc('Invented report E.'), 'doc_e', [makeEvent('doc_e', 1)])
      await src.reviewEvent('doc_e-e00001', ReviewInputSchema.parse({ action: 'reject',
        reviewer: 'cy' }))
      const snap = await src.createSnapshot('s1')
      const lines: string[] = []
      await writeBackup(db, (line) => {
        lines.push(line)
      })
      await restoreBackup(copyDb, (async function* () {
        yield* lines
      })())
      const copy = createSqlStore(copyDb)
      assert.deepEqual(await copy.getSnapshot('s1'), snap, 'snapshot kept')
      assert.deepEqual(await copy.listChanges({}), await src.listChanges({}), 'log kept')
      await copy.ingest(makeDoc('Invented report F.'), 'doc_f', [makeEvent('doc_f', 1)])
      await copy.reviewEvent('doc_f-e00001', ReviewInputSchema.parse({ action: 'reject',
        reviewer: 'cy' }))
      const seqs = (await copy.listChanges({})).items.map((c) => c.seq)
      assert.deepEqual(seqs, [1, 2, 3, 4], 'seq and review ids go on past the restored rows')
    } finally {
      await db.close()
      await copyDb.close()
    }
  })
})
