/**
 * @module
 * `faultline changes`, `faultline snapshot` and `faultline export --snapshot` run as a user would,
 * over a PGlite directory: the log's table and JSON Lines, kinds and `--since`; a snapshot export
 * byte-identical twice and after later changes while the live export moves on; the citation line
 * on stderr (the live one carrying the sha256 of the bytes on stdout); diff, list and a taken
 * name. Documents and events are invented.
 */
import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import { rm } from 'node:fs/promises'
import { after, before, describe, it } from 'node:test'
import { makeDoc, makeEvent } from '../../store/_fixtures.js'
import { openStore } from '../../store/open-store.js'
import type { Store } from '../../store/store.js'
import { runCli, tempDir } from '../../../test/e2e/_cli.js'
import { ChangeSchema, SnapshotDiffSchema } from '../../schema/changes.js'
import { ReviewInputSchema } from '../../schema/review.js'

describe('faultline changes / snapshot / export --snapshot (CLI)', () => {
  const dir = tempDir()
  const db = `${dir}/db`
  const withStore = async (fn: (s: Store) => Promise<unknown>) => {
    const store = await openStore({ db })
    try {
      await fn(store)
    } finally {
      await store.close()
    }
  }
  before(() => withStore((s) => s.ingest(makeDoc('Invented raid report.', { title: 'Raid' }),
    'doc_x1', [makeEvent('doc_x1', 1), makeEvent('doc_x1', 2, { location: 'Amber Well' })])))
  after(() => rm(dir, { recursive: true, force: true }))

  it('log, snapshot, byte-identical exports with citations, diff', async () => {
    const log = await runCli(['changes', '--db', db])
    assert.equal(log.code, 0, log.stderr)
    assert.match(log.stdout, /SEQ +AT +KIND +EVENT +REASON/)
    assert.match(log.stdout, /added +doc_x1-e00001 +ingested Raid/)
    assert.match(log.stderr, /2 change\(s\)/)

    const made = await runCli(['snapshot', 'create', 'v1', '--note', 'first', '--db', db])
    assert.equal(made.code, 0, made.stderr)
    assert.match(made.stdout, /^v1 {2}2 event\(s\) {2}sha256:[0-9a-f]{64}$/m)

    const exp = (...more: string[]) => runCli(['export', '--format', 'csv', ...more, '--db', db])
    const first = await exp('--snapshot', 'v1')
    assert.equal(first.code, 0, first.stderr)
    const cite = new RegExp('Cite as: Faultline dataset .+, snapshot v1 '
      + '\\(sha256:[0-9a-f]{64}\\), exported \\d{4}-\\d\\d-\\d\\d\\.')
    assert.match(first.stderr, cite, 'citation on stderr')
    assert.doesNotMatch(first.stdout, /Cite as/, 'stdout stays clean CSV')
    assert.equal((await exp('--snapshot', 'v1')).stdout, first.stdout, 'same bytes twice')

    await withStore(async (s) => {
      await s.ingest(makeDoc('Invented second report.'), 'doc_x2', [makeEvent('doc_x2', 1)])
      await s.reviewEvent('doc_x1-e00001', ReviewInputSchema.parse({ action: 'reject',
        reviewer: 'dee' }))
    })
    assert.equal((await exp('--snapshot', 'v1')).stdout, first.stdout, 'same bytes after changes')
    const live = await exp()
    assert.notEqual(live.stdout, first.stdout, 'live moved on')
    const sha = createHash('sha256').update(live.stdout).digest('hex')
    assert.match(live.stderr, new RegExp(`live data as of \\S+Z, content sha256:${sha}, exported`))

    const deleted = await runCli(['changes', '--kind', 'deleted', '--json', '--db', db])
    const lines = deleted.stdout.trim().split('\n').map((l) => ChangeSchema.parse(JSON.parse(l)))
    assert.deepEqual(lines.map((c) => [c.event_id, c.kind, c.reason]),
      [['doc_x1-e00001', 'deleted', 'rejected by dee']])
    const none = await runCli(['changes', '--since', '2999-01-01', '--db', db])
    assert.deepEqual([none.code, none.stdout], [0, ''])
    assert.equal((await runCli(['changes', '--since', 'yesterday', '--db', db])).code, 2)

    assert.equal((await runCli(['snapshot', 'create', 'v2', '--db', db])).code, 0)
    const diff = await runCli(['snapshot', 'diff', 'v1', 'v2', '--json', '--db', db])
    assert.deepEqual(SnapshotDiffSchema.parse(JSON.parse(diff.stdout)), {
      from: 'v1', to: 'v2', added: ['doc_x2-e00001'], changed: [], removed: ['doc_x1-e00001'],
    })
    const text = await runCli(['snapshot', 'diff', 'v1', 'v2', '--db', db])
    assert.deepEqual(text.stdout.trim().split('\n'), ['+ doc_x2-e00001', '- doc_x1-e00001'])
    assert.match(text.stderr, /1 added, 0 changed, 1 removed/)

    const list = await runCli(['snapshot', 'list', '--json', '--db', db])
    assert.deepEqual(JSON.parse(list.stdout).items.map((s: { name: string }) => s.name),
      ['v1', 'v2'])
    const taken = await runCli(['snapshot', 'create', 'v1', '--db', db])
    assert.equal(taken.code, 2)
    assert.match(taken.stderr, /already exists[\s\S]*hint: .*another name/)
    const filtered = await exp('--snapshot', 'v1', '--country', 'Vandoria')
    assert.equal(filtered.code, 2, 'a snapshot is exported whole')
    assert.equal((await exp('--snapshot', 'nope')).code, 1, 'unknown snapshot')
  })
})
