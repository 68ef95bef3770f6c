/**
 * @module
 * Snapshots against a real store (PGlite, and PostgreSQL when configured): a snapshot streams
 * back exactly what the live stream gave when it was made, its export is byte-identical on every
 * run and after later changes (while the live export moves on), equal content gives an equal
 * hash, a taken name is refused with a hint, and the diff of two snapshots lists what was added,
 * changed (with the fields) and removed. Documents and events are invented.
 */
import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import { after, before, describe, it } from 'node:test'
import { FaultlineError } from '../errors.js'
import { collect } from '../query/export/_sink.js'
import { writeExport } from '../query/export/index.js'
import { ReviewInputSchema } from '../schema/review.js'
import { BACKENDS } from './_backends.js'
import { canonicalJson } from './_canonical-json.js'
import { makeDoc, makeEvent } from './_fixtures.js'
import { createSqlStore } from './sql-store.js'
import type { ExportRow, Store } from './store.js'

async function all(rows: AsyncIterable<ExportRow>): Promise<ExportRow[]> {
  const out: ExportRow[] = []
  for await (const r of rows) out.push(r)
  return out
}

it('canonicalJson sorts keys at every depth and drops undefined', () => {
  const cases: [string, unknown, string][] = [
    ['nested', { b: 1, a: { d: [{ z: 1, y: 2 }], c: null } },
      '{"a":{"c":null,"d":[{"y":2,"z":1}]},"b":1}'],
    ['undefined dropped', { b: undefined, a: 1 }, '{"a":1}'],
    ['scalar', 'x', '"x"'],
  ]
  for (const [label, value, want] of cases) assert.equal(canonicalJson(value), want, label)
})

for (const backend of BACKENDS) describe(`snapshots (${backend.name})`, () => {
  let store: Store
  before(async () => {
    store = createSqlStore(await backend.openDb())
    await store.ingest(makeDoc('Invented report one.', { outlet: 'River Post' }), 'doc_1', [
      makeEvent('doc_1', 1), makeEvent('doc_1', 2, { event_date: null, location: 'Amber Well' }),
      makeEvent('doc_1', 3, { event_date: '2024-02-11', fatalities: 0 }),
    ])
  })
  after(() => store.close())

  const exportOf = async (rows: AsyncIterable<ExportRow>, format = 'jsonl') => {
    const sink = collect()
    await writeExport(format, rows, sink.out)
    return sink.text()
  }

  it('create: counts, hash, list; the frozen rows are the live rows', async () => {
    const s = await store.createSnapshot('v1', 'first cut')
    assert.equal(s.event_count, 3)
    assert.match(s.content_hash, /^[0-9a-f]{64}$/)
    assert.equal(s.note, 'first cut')
    assert.deepEqual(await store.getSnapshot('v1'), s)
    assert.deepEqual((await store.listSnapshots()).map((x) => x.name), ['v1'])
    const live = await all(store.streamEvents({}))
    assert.deepEqual(await all(store.streamSnapshotEvents('v1')), live, 'same rows, same order')
    const byId = [...live].sort((a, b) => (a.event_id < b.event_id ? -1 : 1))
    const lines = byId.map((r) => `${canonicalJson(r)}\n`).join('')
    assert.equal(s.content_hash, createHash('sha256').update(lines).digest('hex'),
      'the hash is sha256 of the canonical lines in event_id order (checkable by anyone)')
    for (const format of ['csv', 'geojson', 'jsonl']) {
      assert.equal(await exportOf(store.streamSnapshotEvents('v1'), format),
        await exportOf(store.streamEvents({}), format), `${format}: same bytes as live`)
    }
    const again = await store.createSnapshot('v1-again')
    assert.equal(again.content_hash, s.content_hash, 'same content, same hash')
  })

  it('a taken name is refused with a hint; an unknown one is not found', async () => {
    await assert.rejects(store.createSnapshot('v1'), (e: unknown) =>
      e instanceof FaultlineError && e.code === 'E_BAD_ARGUMENT'
      && /another name/.test(e.hint ?? ''))
    await assert.rejects(all(store.streamSnapshotEvents('nope')), (e: unknown) =>
      e instanceof FaultlineError && e.code === 'E_NOT_FOUND')
    await assert.rejects(store.diffSnapshots('v1', 'nope'), (e: unknown) =>
      e instanceof FaultlineError && e.code === 'E_NOT_FOUND')
  })

  it('snapshot export: identical bytes every run and after changes; live moves on', async () => {
    const first = await exportOf(store.streamSnapshotEvents('v1'))
    assert.equal(await exportOf(store.streamSnapshotEvents('v1')), first, 'twice')
    await store.ingest(makeDoc('Invented report two.'), 'doc_2', [makeEvent('doc_2', 1)])
    await store.reviewEvent('doc_1-e00001', ReviewInputSchema.parse({ action: 'correct',
      field: 'fatalities', value: 7, reviewer: 'ana' }))
    await store.reviewEvent('doc_1-e00003', ReviewInputSchema.parse({ action: 'reject',
      reviewer: 'ana' }))
    assert.equal(await exportOf(store.streamSnapshotEvents('v1')), first, 'after changes')
    assert.notEqual(await exportOf(store.streamEvents({})), first, 'live differs')
  })

  it('diff: added, changed with fields, removed; a snapshot against itself is empty', async () => {
    const v2 = await store.createSnapshot('v2')
    assert.notEqual(v2.content_hash, (await store.getSnapshot('v1'))?.content_hash)
    const diff = await store.diffSnapshots('v1', 'v2')
    assert.deepEqual(diff, {
      from: 'v1', to: 'v2',
      added: ['doc_2-e00001'],
      changed: [{ event_id: 'doc_1-e00001', fields: ['coded_by', 'fatalities'] }],
      removed: ['doc_1-e00003'],
    })
    const same = await store.diffSnapshots('v2', 'v2')
    assert.deepEqual([same.added, same.changed, same.removed], [[], [], []])
  })
})
