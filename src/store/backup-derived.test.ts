/**
 * @module
 * A backup holds the derived tables too: after `backup → restore` into a fresh store, incidents,
 * the framing lens (framing_docs, actor_labels), the actor graph (actor_relations) and the
 * outlets table answer exactly as in the original, with nothing left pending, so a restore needs
 * no `faultline incidents --update` or `framing --update`. Three invented outlets report the same
 * fighting (`_framing-fixtures.ts`), run through the real pipeline.
 */
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { ingestRawDoc } from '../pipeline.js'
import { restoreBackup, writeBackup } from './backup.js'
import type { Database } from './queryable.js'
import { createSqlStore } from './sql-store.js'
import type { Store } from './store.js'
import { FRANCE, JNIM, framingDocs } from './_framing-fixtures.js'
import { BACKENDS } from './_backends.js'

async function* lines(items: readonly string[]) {
  yield* items
}

/** What users ask of the derived tables. */
async function answers(store: Store) {
  const incidents = await store.listIncidents({}, { limit: 100, offset: 0 })
  return {
    incidents,
    incident: await store.getIncident(incidents.items[0]?.id ?? 'none'),
    framingJnim: await store.framingFor({ actor: JNIM }),
    framingOutlet: await store.framingFor({ outlet: 'Desert Wire' }),
    relations: await store.listActorRelations(),
    france: await store.getActor(FRANCE),
    outlets: await store.listOutlets(),
  }
}

for (const backend of BACKENDS) {
  describe(`backup of derived tables (${backend.name})`, () => {
    let db: Database
    let source: Store
    const backup: string[] = []
    before(async () => {
      db = await backend.openDb()
      source = createSqlStore(db)
      for (const doc of framingDocs()) await ingestRawDoc(source, doc)
      await source.updateOutlet('Desert Wire', {
        country: 'Mali',
        description: 'Invented wire service for tests.',
      })
      await writeBackup(db, (l) => void backup.push(l))
    })
    after(() => source.close())

    it('the fixture has incidents, labels, relations and outlets to compare', async () => {
      const a = await answers(source)
      assert.ok(a.incidents.total > 0, 'incidents')
      assert.ok(a.framingJnim.rows.length > 0, 'labels')
      assert.ok(a.relations.length > 0, 'relations')
      assert.equal(a.outlets.length, 3, 'outlets')
      const tables = backup.slice(1, -1).map((l) => (JSON.parse(l) as { table: string }).table)
      for (const t of ['framing_docs', 'actor_labels', 'actor_relations', 'outlets', 'incidents']) {
        assert.ok(tables.includes(t), `${t} in the backup`)
      }
    })

    it('restores into a fresh store with the same answers and nothing pending', async () => {
      const targetDb = await backend.openDb()
      const target = createSqlStore(targetDb)
      try {
        await restoreBackup(targetDb, lines(backup))
        assert.deepEqual(await answers(target), await answers(source))
        const again: string[] = []
        await writeBackup(targetDb, (l) => void again.push(l))
        const body = (ls: string[]) => ls.slice(1)
        assert.deepEqual(body(again), body(backup), 'a second backup is the same file')
        assert.equal(await target.framingPending(), 0, 'no framing to redo')
        assert.equal(await target.corroboratePending(), 0, 'no corroboration to redo')
        const outlet = await target.getOutlet('desert wire')
        assert.deepEqual([outlet?.country, outlet?.updated_at !== null], ['Mali', true])
      } finally {
        await target.close()
      }
    })
  })
}
