/**
 * @module
 * Resident memory while ingesting many synthetic documents one at a time (a generator feeds
 * them; nothing holds the corpus) into a file-backed PGlite store: RSS after 10 %, 50 % and 100 %
 * of them. Flat means the last figure is within 25 % of the first. Documents go through extract
 * and store (one transaction each); corroboration is left out here because on these templated
 * reports, which all fall in eight places, incidents grow into a few huge components and its
 * cost per document rises with the store (see the ingest rows for the whole pipeline).
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { docIdFor } from '../../src/ingest/index.js'
import { extractRawDoc } from '../../src/pipeline.js'
import { openStore } from '../../src/store/open-store.js'
import { results, rows, sampleRss } from './report.js'
import { syntheticDocs } from './synthetic.js'

export async function benchMemory(count: number): Promise<void> {
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
  const s = (performance.now() - t0) / 1000
  const xs = Object.values(at)
  const flat = xs.length > 1 && xs[xs.length - 1]! <= 1.25 * xs[0]!
  rows.push({
    measure: `RSS ingesting ${count.toLocaleString('en')} docs (extract+store, PGlite file)`,
    value: `${Object.entries(at).map(([k, v]) => `${Number(k).toLocaleString('en')}: ${v.toFixed(0)} MB`).join(', ')} (${(count / s).toFixed(0)} docs/s)`,
    target: 'flat in the number of docs', met: flat,
  })
  results.memory = { documents: count, rssMBAt: at, docsPerSecond: count / s }
}
