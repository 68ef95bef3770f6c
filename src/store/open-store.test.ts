/**
 * @module
 * Tests for openStore: postgres:// refused with a hint, a directory store created with its
 * parents and reopened with its data intact.
 */
import assert from 'node:assert/strict'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, describe, it } from 'node:test'
import { FaultlineError } from '../errors.js'
import { makeDoc, makeEvent } from './_fixtures.js'
import { openStore } from './open-store.js'

describe('openStore', () => {
  const dirs: string[] = []
  after(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))))

  it('postgres:// is recognised but not available yet', async () => {
    for (const db of ['postgres://localhost/faultline', 'postgresql://u:p@h:5432/x']) {
      await assert.rejects(openStore({ db }), (e: unknown) => {
        assert.ok(e instanceof FaultlineError && e.code === 'E_DB', `${db}: E_DB`)
        assert.match(e.message, /PostgreSQL server backend not available yet/, `${db}: message`)
        assert.ok(e.hint, `${db}: hint`)
        return true
      })
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
