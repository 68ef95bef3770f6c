/**
 * @module
 * Crash safety of the embedded store: `faultline ingest` on a folder of 20 reports into a
 * file-backed PGlite store is killed with SIGKILL after a few documents are reported stored. The
 * store must then open, hold only whole documents (each stored document has exactly the events a
 * fresh extraction gives it, none has a part of them), and a second `faultline ingest` of the same
 * folder must store the rest and leave the first ones unchanged. The kill point is chosen from the
 * child's own per-document JSON lines, so the test does not depend on timing.
 */
import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import { docIdFor, readDocument } from '../../src/ingest/index.js'
import { extractRawDoc } from '../../src/pipeline.js'
import type { RawDoc } from '../../src/schema/document.js'
import { openStore } from '../../src/store/open-store.js'
import { ROOT, runCli, tempDir } from '../e2e/_cli.js'

const N = 20
const KILL_AFTER = 4
const EXAMPLES = ['01-sahel-dispatch-boni-ambush.txt', '02-courrier-delta-boni.txt',
  '03-sahel-dispatch-mopti-protest.txt', '04-frontline-weekly-djibo.txt', '05-courrier-delta-mine.txt']

describe('PGlite store: SIGKILL during ingest', () => {
  let dir: string
  let inbox: string
  let db: string
  const docs: RawDoc[] = []
  before(async () => {
    dir = tempDir('faultline-kill-')
    inbox = join(dir, 'inbox')
    db = join(dir, 'store')
    await mkdir(inbox)
    const texts = await Promise.all(EXAMPLES.map((f) => readFile(join(ROOT, 'examples', f), 'utf8')))
    for (let i = 0; i < N; i++) {
      const path = join(inbox, `report-${String(i + 1).padStart(2, '0')}.txt`)
      await writeFile(path, `${texts[i % texts.length]}\n\nDispatch number ${i + 1}.\n`)
      docs.push(await readDocument(path))
    }
  })
  after(() => rm(dir, { recursive: true, force: true }))

  /** Stored document ids, and for each whether its events equal a fresh extraction's. */
  async function audit() {
    const store = await openStore({ db })
    try {
      const stored: string[] = []
      for (const raw of docs) {
        const id = docIdFor(raw.content_hash)
        const events = await store.eventsOfDocument(id)
        const doc = await store.getDocument(id)
        const want = extractRawDoc(raw).map((e) => e.event_id)
        if (doc === null) {
          assert.equal(events.length, 0, `${raw.source}: events without their document`)
          continue
        }
        stored.push(id)
        assert.deepEqual(events.map((e) => e.event_id), want, `${raw.source}: all its events`)
      }
      return stored
    } finally {
      await store.close()
    }
  }

  it('the store reopens whole, and ingesting again finishes the rest', { timeout: 300_000 }, async (t) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), 'ingest', inbox, '--db', db, '--json'],
      { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
    )
    const exited = new Promise<string>((resolve) =>
      child.on('exit', (code, signal) => resolve(String(signal ?? code))),
    )
    let lines = 0
    let err = ''
    child.stderr.on('data', (d) => (err += d))
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (d: Buffer) => {
        lines += d.toString().split('\n').filter(Boolean).length
        if (lines >= KILL_AFTER) resolve()
      })
      child.on('exit', () => reject(new Error(`ingest ended before the kill: ${err}`)))
    })
    child.kill('SIGKILL')
    assert.equal(await exited, 'SIGKILL')

    const before = await audit()
    t.diagnostic(`killed after ${lines} reported; ${before.length}/${N} stored whole`)
    assert.ok(before.length >= KILL_AFTER && before.length < N, `mid-run (${before.length})`)

    const again = await runCli(['ingest', inbox, '--db', db, '--json'])
    assert.equal(again.code, 0, again.stderr)
    const results = again.stdout.trim().split('\n').map((l) => JSON.parse(l) as { created: boolean })
    assert.equal(results.filter((r) => !r.created).length, before.length, 'earlier ones unchanged')
    const afterAll = await audit()
    assert.equal(afterAll.length, N, 'every document stored')
  })
})
