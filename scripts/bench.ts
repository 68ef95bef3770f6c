/**
 * @module
 * `npm run bench`: Faultline's speed figures in one run, printed as a table and written to
 * `bench/results.json`.
 * 1. extraction throughput (notes/s and MB/s, one core) on the ACLED dev notes when
 *    `../shared/data` is present, else on synthetic reports;
 * 2. ingest throughput of the whole pipeline (read → extract → store → corroborate) into an
 *    in-memory PGlite store;
 * 3. query latency (p50/p95) of the API's main store queries at growing volumes of synthetic events;
 * 4. peak resident memory.
 * Set BENCH_VOLUMES=10000,100000 to choose the volumes (default 10000,100000).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { ruleExtractor } from '../src/extract/index.js'
import { docIdFor } from '../src/ingest/index.js'
import { ingestRawDoc } from '../src/pipeline.js'
import type { EventFilter } from '../src/query/filters.js'
import type { DocInput } from '../src/schema/document.js'
import { openStore } from '../src/store/open-store.js'
import type { Store } from '../src/store/store.js'
import { rng, syntheticDocs, syntheticEvents } from './bench/synthetic.js'

type Row = { measure: string; value: string; target?: string }
const rows: Row[] = []
const results: Record<string, unknown> = { date: new Date().toISOString(), node: process.version }
let peakRss = 0
const sampleRss = () => (peakRss = Math.max(peakRss, process.memoryUsage().rss))

function devNotes(): DocInput[] | null {
  const file = join(process.env.FAULTLINE_EVAL_DATA ?? join(process.cwd(), '..', 'shared', 'data'), 'acled', 'dev.jsonl')
  if (!existsSync(file)) return null
  return readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => {
    const n = JSON.parse(l) as { id: string; text: string; published_at: string }
    return { id: n.id, text: n.text, published_at: n.published_at }
  })
}

function benchExtraction(): void {
  const dev = devNotes()
  const docs = dev ?? [...syntheticDocs(1000)].map((d, i) => ({ id: String(i), text: d.text, published_at: d.published_at }))
  for (const d of docs) ruleExtractor.extract(d) // warm-up: lazy registry and gazetteer loads
  let n = 0
  let bytes = 0
  const t0 = performance.now()
  while (performance.now() - t0 < 3000) {
    for (const d of docs) {
      ruleExtractor.extract(d)
      bytes += Buffer.byteLength(d.text)
    }
    n += docs.length
  }
  const s = (performance.now() - t0) / 1000
  sampleRss()
  results.extraction = { corpus: dev ? 'acled-dev' : 'synthetic', notesPerSecond: n / s, mbPerSecond: bytes / s / 1e6 }
  rows.push({ measure: `extract (${dev ? 'ACLED dev notes' : 'synthetic'}), one core`, value: `${(n / s).toFixed(0)} notes/s, ${(bytes / s / 1e6).toFixed(2)} MB/s`, target: '≥ 500 notes/s' })
}

async function benchIngest(count: number): Promise<void> {
  const store = await openStore({ db: 'memory://' })
  const t0 = performance.now()
  for (const raw of syntheticDocs(count, 7)) {
    await ingestRawDoc(store, raw)
    sampleRss()
  }
  const s = (performance.now() - t0) / 1000
  await store.close()
  results.ingest = { documents: count, documentsPerSecond: count / s }
  rows.push({ measure: `ingest ${count} docs into PGlite (whole pipeline)`, value: `${(count / s).toFixed(1)} docs/s` })
}

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? 0
}

async function time(runs: number, fn: () => Promise<unknown>): Promise<{ p50: number; p95: number }> {
  await fn()
  const ms: number[] = []
  for (let i = 0; i < runs; i++) {
    const t = performance.now()
    await fn()
    ms.push(performance.now() - t)
  }
  return { p50: percentile(ms, 0.5), p95: percentile(ms, 0.95) }
}

async function fill(store: Store, from: number, to: number, r: () => number): Promise<void> {
  for (let i = from; i < to; i += 1000) {
    const raw = [...syntheticDocs(1, 100000 + i)][0]
    if (!raw) continue
    const unique = { ...raw, text: `${raw.text} #${i}`, content_hash: `${raw.content_hash.slice(0, 40)}${String(i).padStart(24, '0')}` }
    const id = docIdFor(unique.content_hash)
    await store.ingest(unique, id, syntheticEvents(id, Math.min(1000, to - i), r))
    sampleRss()
  }
}

async function benchQueries(volumes: number[]): Promise<void> {
  const store = await openStore({ db: 'memory://' })
  const r = rng(42)
  const queries: [string, EventFilter][] = [
    ['list: country+type', { country: 'Mali', type: 'Battles' }],
    ['list: near 50 km', { near: { lat: 14.49, lon: -4.19, km: 50 } }],
    ['list: actor', { actor: 'JNIM' }],
    ['list: date range', { since: '2023-06-01', until: '2023-06-30' }],
  ]
  const out: Record<string, unknown> = {}
  let have = 0
  for (const volume of volumes) {
    await fill(store, have, volume, r)
    have = volume
    const at: Record<string, unknown> = {}
    for (const [name, filter] of queries) {
      const t = await time(20, () => store.listEvents(filter, { limit: 50, offset: 0 }))
      at[name] = t
      rows.push({ measure: `${name} @ ${volume.toLocaleString('en')} events`, value: `p50 ${t.p50.toFixed(1)} ms, p95 ${t.p95.toFixed(1)} ms`, target: 'p95 < 200 ms (PGlite)' })
    }
    const s = await time(5, () => store.summary())
    at.summary = s
    rows.push({ measure: `summary @ ${volume.toLocaleString('en')} events`, value: `p50 ${s.p50.toFixed(1)} ms, p95 ${s.p95.toFixed(1)} ms` })
    out[volume] = at
  }
  await store.close()
  results.queries = out
}

const volumes = (process.env.BENCH_VOLUMES ?? '10000,100000').split(',').map(Number).filter((n) => n > 0)
benchExtraction()
await benchIngest(Number(process.env.BENCH_DOCS ?? 300))
await benchQueries(volumes)
results.peakRssMB = peakRss / 1e6
rows.push({ measure: 'peak resident memory', value: `${(peakRss / 1e6).toFixed(0)} MB` })

const w = Math.max(...rows.map((r) => r.measure.length))
const v = Math.max(...rows.map((r) => r.value.length))
console.log(`${'measure'.padEnd(w)}  ${'value'.padEnd(v)}  target`)
for (const row of rows) console.log(`${row.measure.padEnd(w)}  ${row.value.padEnd(v)}  ${row.target ?? ''}`)
mkdirSync('bench', { recursive: true })
writeFileSync(join('bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`)
console.log('\nwritten to bench/results.json')
