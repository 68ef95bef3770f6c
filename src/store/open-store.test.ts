/**
 * @module
 * Tests for openStore: which backend `--db` and `$FAULTLINE_DATABASE_URL` pick, an unreachable
 * server refused with a hint, a server store (when a test server is configured) and a directory
 * store created with its parents, both reopened with their data intact.
 */
import assert from 'node:assert/strict'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, describe, it } from 'node:test'
import { FaultlineError } from '../errors.js'
import { makeDoc, makeEvent } from './_fixtures.js'
import { createScratchDatabase, testServerUrl } from './_backends.js'
import { openStore, storeLocation } from './open-store.js'

describe('openStore', () => {
  const dirs: string[] = []
  after(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))))

  it('--db, then $FAULTLINE_DATABASE_URL, then the PGlite directory', () => {
    const url = 'postgres://u@h:5432/x'
    const cases: [string, string | undefined, Record<string, string>, unknown][] = [
      ['--db wins', '/tmp/d', { FAULTLINE_DATABASE_URL: url }, { kind: 'dir', path: '/tmp/d' }],
      ['env URL', undefined, { FAULTLINE_DATABASE_URL: url }, { kind: 'postgres', url }],
      ['--db URL', url, {}, { kind: 'postgres', url }],
      ['default dir', undefined, { FAULTLINE_DB: '/tmp/e' }, { kind: 'dir', path: '/tmp/e' }],
    ]
    for (const [label, db, env, want] of cases) {
      assert.deepEqual(storeLocation(db, env), want, label)
    }
  })

  it('an unreachable server is refused with a hint, password hidden', async () => {
    const db = 'postgres://u:secret@127.0.0.1:1/faultline'
    await assert.rejects(openStore({ db }), (e: unknown) => {
      assert.ok(e instanceof FaultlineError && e.code === 'E_DB', 'E_DB')
      assert.match(e.message, /cannot connect to postgres:\/\/u:\*\*\*@127\.0\.0\.1:1/, 'message')
      assert.doesNotMatch(e.message, /secret/, 'no password')
      assert.ok(e.hint, 'hint')
      return true
    })
  })

  const server = testServerUrl()
  it('a server store is migrated and keeps its data across reopen', { skip: !server }, async () => {
    const scratch = await createScratchDatabase(server!)
    try {
      const doc = makeDoc('Server report: a clash at the ford.')
      const first = await openStore({ db: scratch.url })
      await first.ingest(doc, 'S', [makeEvent('S', 1)])
      await first.close()
      const second = await openStore({ db: scratch.url })
      assert.deepEqual(await second.eventsOfDocument('S'), [makeEvent('S', 1)], 'events kept')
      await second.close()
    } finally {
      await scratch.drop()
    }
  })

  it('a directory store keeps its data across reopen (parents created)', async () => {
    const root = await mkdtemp(join(tmpdir(), 'faultline-store-'))
    dirs.push(root)
    const db = join(root, 'nested', 'db')
    const doc = makeDoc('Reopen report: a clash at the ford.')
    const events = [makeEvent('R', 1), makeEvent('R', 2, { event_date: null, fatalities_max: 9 })]

    const first = await openStore({ db })
    const created = await first.ingest(doc, 'R', events)
    assert.deepEqual(created, { docId: 'R', created: true, events: 2 }, 'ingest')
    await first.close()

    const second = await openStore({ db })
    try {
      assert.equal((await second.getDocument('R'))?.text, doc.text, 'document kept')
      assert.deepEqual(await second.eventsOfDocument('R'), events, 'events kept')
      const again = await second.ingest(doc, 'R', events)
      assert.deepEqual(again, { docId: 'R', created: false, events: 2 }, 'still idempotent')
    } finally {
      await second.close()
    }
  })
})
