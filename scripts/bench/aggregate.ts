/**
 * @module
 * `npx tsx scripts/bench/aggregate.ts [volume]`: latency of the dashboard's reads at volume on an
 * in-memory PGlite store filled with synthetic events (default 100,000): the map and timeline
 * aggregates the page loads, through the Hono app (JSON and ETag included), against the
 * 1,000-event page the map used to pull. Prints p50/p95 of wall time and of the process's CPU time
 * (PGlite runs in-process, so CPU time is the query's own cost even on a busy machine), and sizes.
 */
import { createApp } from '../../src/api/app.js'
import { docIdFor } from '../../src/ingest/index.js'
import { openStore } from '../../src/store/open-store.js'
import { rng, syntheticDocs, syntheticEvents } from './synthetic.js'

const volume = Number(process.argv[2] ?? 100_000)
const RUNS = 30

const store = await openStore({ db: 'memory://' })
const r = rng(42)
const t0 = performance.now()
for (let i = 0; i < volume; i += 1000) {
  const raw = [...syntheticDocs(1, 200_000 + i)][0]
  if (!raw) continue
  const hash = `${raw.content_hash.slice(0, 40)}${String(i).padStart(24, '0')}`
  const doc = { ...raw, text: `${raw.text} #${i}`, content_hash: hash }
  const id = docIdFor(hash)
  await store.ingest(doc, id, syntheticEvents(id, Math.min(1000, volume - i), r))
}
console.log(`filled ${volume.toLocaleString('en')} events in ${((performance.now() - t0) / 1000).toFixed(1)} s`)
const app = createApp({ store, version: 'bench' })

const cases: [string, string][] = [
  ['map: first load (zoom 5, no bbox)', '/api/aggregate/map?zoom=5'],
  ['map: zoom 8, bbox around Mopti', '/api/aggregate/map?zoom=8&bbox=-6,13,-2,16'],
  ['map: zoom 12, small bbox (points)', '/api/aggregate/map?zoom=12&bbox=-4.25,14.45,-4.15,14.55'],
  ['map: type + date filter', '/api/aggregate/map?zoom=6&type=Battles&since=2023-06-01'],
  ['map: actor filter', '/api/aggregate/map?zoom=6&actor=JNIM'],
  ['timeline: auto', '/api/aggregate/timeline'],
  ['timeline: month, type filter', '/api/aggregate/timeline?bucket=month&type=Protests'],
  ['timeline: week, actor filter', '/api/aggregate/timeline?bucket=week&actor=JNIM'],
  ['(before) events page of 1,000', '/api/events?limit=1000'],
]

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)] ?? 0
}
const w = Math.max(...cases.map(([n]) => n.length))
for (const [name, path] of cases) {
  await app.request(path) // warm-up
  const ms: number[] = []
  const cpu: number[] = []
  let bytes = 0
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now()
    const c = process.cpuUsage()
    const res = await app.request(path)
    bytes = (await res.arrayBuffer()).byteLength
    const used = process.cpuUsage(c)
    cpu.push((used.user + used.system) / 1000)
    ms.push(performance.now() - t)
  }
  const size = `${(bytes / 1024).toFixed(1)} KiB`
  const f = (n: number) => n.toFixed(1).padStart(6)
  console.log(`${name.padEnd(w)}  wall p50 ${f(pct(ms, 0.5))} p95 ${f(pct(ms, 0.95))} ms  ` +
    `cpu p50 ${f(pct(cpu, 0.5))} p95 ${f(pct(cpu, 0.95))} ms  ${size.padStart(10)}`)
}
await store.close()
