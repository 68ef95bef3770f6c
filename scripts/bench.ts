/**
 * @module
 * `npm run bench`: Faultline's speed figures in one run (< 10 minutes on 2 cores), printed as a
 * table with the targets and written to `bench/results.json`:
 * 1. extraction, Faultline vs an npm baseline (compromise + chrono-node), speed and accuracy on the
 *    ACLED dev notes (`../shared/data`, read at run time; synthetic reports without it);
 * 2. ingest throughput into PGlite and PostgreSQL, and through the queue with 1 and 2 workers;
 * 3. API query latency (list, map, timeline, actor page) at growing volumes on both backends;
 * 4. resident memory while ingesting many documents.
 * The server is `FAULTLINE_BENCH_DATABASE_URL` (or `FAULTLINE_TEST_DATABASE_URL`), else a
 * throwaway cluster (`scripts/pg-test-cluster.sh`); `FAULTLINE_NO_PG=1` skips the server rows.
 * Sizes: BENCH_DOCS (ingest, 200), BENCH_PGLITE_VOLUMES (10000,100000), BENCH_PG_VOLUMES
 * (10000,100000,1000000), BENCH_MEMORY_DOCS (10000). BENCH_ONLY=part,… runs only those parts
 * (extraction, ingest, pglite, pg, memory), e.g. `BENCH_ONLY=pg BENCH_PG_VOLUMES=1000000`.
 */
import { loadavg } from 'node:os'
import { openDatabase } from '../src/store/open-store.js'
import { createScratchDatabase } from '../src/store/_backends.js'
import { benchExtraction } from './bench/extraction.js'
import { benchIngest } from './bench/ingest.js'
import { startMemory } from './bench/memory.js'
import { benchServer } from './bench/pg-server.js'
import { benchQueries } from './bench/queries.js'
import { peakRss, printAndWrite, results, rows } from './bench/report.js'

const list = (name: string, fallback: string) =>
  (process.env[name] ?? fallback).split(',').map(Number).filter((n) => n > 0)
const only = (process.env.BENCH_ONLY ?? '').split(',').filter(Boolean)
const runs = (part: string) => only.length === 0 || only.includes(part)
const stepSeconds: Record<string, number> = {}
let current: [string, number] | null = null
/** Logs the start of a part and records how long the previous one took. */
const step = (what: string | null) => {
  if (current) stepSeconds[current[0]] = Math.round((performance.now() - current[1]) / 100) / 10
  current = what === null ? null : [what, performance.now()]
  if (what !== null) console.error(`bench: ${what} (load ${loadavg()[0]!.toFixed(1)})`)
}
const t0 = performance.now()
results.date = new Date().toISOString()
results.node = process.version
results.loadAverageAtStart = loadavg()

// The memory child (one core) runs beside the extraction (one core); awaited before ingest.
const memory = runs('memory') ? startMemory(Number(process.env.BENCH_MEMORY_DOCS ?? 10000)) : null
if (runs('extraction')) {
  step('extraction (memory beside it)')
  benchExtraction()
}
if (memory) {
  step('memory (finishing)')
  await memory()
}
const server = runs('ingest') || runs('pg') ? benchServer() : null
try {
  if (runs('ingest')) {
    step('ingest')
    await benchIngest(server?.url ?? null, Number(process.env.BENCH_DOCS ?? 200))
  }
  if (runs('pglite')) {
    step('queries on PGlite')
    const lite = await openDatabase({ db: 'memory://' })
    try {
      await benchQueries(lite.db, 'PGlite', list('BENCH_PGLITE_VOLUMES', '10000,100000'))
    } finally {
      await lite.db.close()
    }
  }
  if (server && runs('pg')) {
    step('queries on PostgreSQL')
    const scratch = await createScratchDatabase(server.url)
    const pg = await openDatabase({ db: scratch.url })
    try {
      await benchQueries(pg.db, 'PostgreSQL', list('BENCH_PG_VOLUMES', '10000,100000,1000000'))
    } finally {
      await pg.db.close()
      await scratch.drop()
    }
  } else if (runs('pg')) {
    const why = 'skipped: no server (FAULTLINE_NO_PG or no postgres)'
    rows.push({ measure: 'PostgreSQL rows', value: why })
  }
} finally {
  server?.stop()
}
step(null)
results.stepSeconds = stepSeconds
const minutes = (performance.now() - t0) / 60000
const peakMB = (peakRss() / 1e6).toFixed(0)
rows.push({ measure: 'peak resident memory (whole bench)', value: `${peakMB} MB` })
const wall = `${minutes.toFixed(1)} min`
rows.push({ measure: 'bench wall time', value: wall, target: '< 10 min', met: minutes < 10 })
results.loadAverageAtEnd = loadavg()
results.peakRssMB = peakRss() / 1e6
printAndWrite(only.length === 0 ? 'results.json' : 'results-partial.json')
const loads = (xs: number[]) => xs.map((x) => x.toFixed(1)).join(' ')
const atStart = loads(results.loadAverageAtStart as number[])
console.log(`load average at start ${atStart}, at end ${loads(loadavg())} (2 cores)`)
