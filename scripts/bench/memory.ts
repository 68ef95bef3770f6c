/**
 * @module
 * Resident memory while ingesting many synthetic documents one at a time (a generator feeds
 * them; nothing holds the corpus) into a file-backed PGlite store: RSS after 10 %, 50 % and 100 %
 * of them, measured in a fresh child process (`tsx scripts/bench/memory.ts N` prints JSON) so the
 * other bench steps' heaps do not count; `startMemory` lets it run beside the single-core
 * extraction part (two cores: one each). Flat means the last figure is within 25 % of the first.
 * Documents go through extract and store (one transaction each); corroboration is left out here
 * because on these templated reports, which all fall in eight places, incidents grow into a few
 * huge components and its cost per document rises with the store (see the ingest rows for the
 * whole pipeline).
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { docIdFor } from '../../src/ingest/index.js'
import { extractRawDoc } from '../../src/pipeline.js'
import { openStore } from '../../src/store/open-store.js'
import { results, rows, sampleRss } from './report.js'
import { syntheticDocs } from './synthetic.js'

/** Ingests `count` documents in this process; RSS in MB at each mark, and the rate. */
async function measure(count: number): Promise<{ at: Record<number, number>; seconds: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'faultline-bench-mem-'))
  const store = await openStore({ db: join(dir, 'db') })
  const marks = new Set([Math.round(count / 10), Math.round(count / 2), count])
  const at: Record<number, number> = {}
  const t0 = performance.now()
  try {
    let n = 0
    for (const raw of syntheticDocs(count, 11)) {
      await store.ingest(raw, docIdFor(raw.content_hash), extractRawDoc(raw))
      n++
      if (n % 100 === 0) sampleRss()
      if (marks.has(n)) {
        global.gc?.()
        at[n] = sampleRss() / 1e6
      }
    }
  } finally {
    await store.close()
    rmSync(dir, { recursive: true, force: true })
  }
  return { at, seconds: (performance.now() - t0) / 1000 }
}

/** Starts the child now (it runs beside the next parts); the returned function awaits it and
 * adds the row. */
export function startMemory(count: number): () => Promise<void> {
  const args = ['--import', 'tsx', fileURLToPath(import.meta.url), String(count)]
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] })
  let stdout = ''
  child.stdout.on('data', (d) => (stdout += d))
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve))
  return async () => {
    const status = await exited
    if (status !== 0) throw new Error(`memory bench failed (exit ${status})`)
    report(count, JSON.parse(stdout) as Measured)
  }
}

export async function benchMemory(count: number): Promise<void> {
  await startMemory(count)()
}

type Measured = { at: Record<number, number>; seconds: number }

function report(count: number, { at, seconds: s }: Measured) {
  const xs = Object.values(at)
  const flat = xs.length > 1 && xs[xs.length - 1]! <= 1.25 * xs[0]!
  const marks = Object.entries(at)
    .map(([k, v]) => `${Number(k).toLocaleString('en')}: ${v.toFixed(0)} MB`)
  rows.push({
    measure: `RSS ingesting ${count.toLocaleString('en')} docs (extract+store, PGlite file)`,
    value: `${marks.join(', ')} (${(count / s).toFixed(0)} docs/s)`,
    target: 'flat in the number of docs', met: flat,
  })
  results.memory = { documents: count, rssMBAt: at, docsPerSecond: count / s }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(JSON.stringify(await measure(Number(process.argv[2] ?? 10000))))
}
