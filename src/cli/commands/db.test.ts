/**
 * @module
 * `faultline db` end to end through the CLI: backup of a PGlite store, restore into a new store
 * (and into a server database when a test server is configured) with the same status counts,
 * refusal to restore into a non-empty store, and the queue commands' refusal on PGlite.
 */
import assert from 'node:assert/strict'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import { runCli, tempDir } from '../../../test/e2e/_cli.js'
import { ingestPath } from '../../pipeline.js'
import { openStore } from '../../store/open-store.js'
import { createScratchDatabase, testServerUrl } from '../../store/_backends.js'
import type { ScratchDatabase } from '../../store/_backends.js'

const EXAMPLES = ['01-sahel-dispatch-boni-ambush.txt', '06-sahel-dispatch-gao-drone.html']
const status = async (db: string) => {
  const r = await runCli(['db', 'status', '--json', '--db', db])
  assert.equal(r.code, 0, r.stderr)
  return JSON.parse(r.stdout) as { backend: string; documents: number; events: number }
}

describe('faultline db', () => {
  const dir = tempDir('faultline-db-cli-')
  const source = join(dir, 'source')
  const file = join(dir, 'backup.jsonl')
  const server = testServerUrl()
  let scratch: ScratchDatabase | undefined
  before(async () => {
    const store = await openStore({ db: source })
    for (const f of EXAMPLES) await ingestPath(store, join('examples', f))
    await store.close()
    if (server) scratch = await createScratchDatabase(server)
  })
  after(() => scratch?.drop())

  it('backup, then restore into an empty store, gives the same counts', async () => {
    const want = await status(source)
    assert.ok(want.documents === 2 && want.events > 0, 'source has data')
    const backup = await runCli(['db', 'backup', file, '--db', source])
    assert.equal(backup.code, 0, backup.stderr)
    assert.match(backup.stderr, /backed up 2 document\(s\)/)

    const targets: [string, string][] = [['pglite', join(dir, 'restored')]]
    if (scratch) targets.push(['postgres', scratch.url])
    for (const [backend, db] of targets) {
      const restore = await runCli(['db', 'restore', file, '--db', db])
      assert.equal(restore.code, 0, `${backend}: ${restore.stderr}`)
      const got = await status(db)
      assert.deepEqual([got.backend, got.documents, got.events], [backend, 2, want.events], backend)
      const again = await runCli(['db', 'restore', file, '--db', db])
      assert.equal(again.code, 2, `${backend}: non-empty store refused as a usage error`)
      assert.match(again.stderr, /restore needs an empty store/, backend)
    }
  })

  it('the queue commands refuse PGlite with the --db hint', async () => {
    const r = await runCli(['worker', '--once', '--db', source])
    assert.equal(r.code, 2)
    assert.match(r.stderr, /the queue needs a PostgreSQL server: pass --db postgres:\/\//)
  })
})
