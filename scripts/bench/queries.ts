/**
 * @module
 * Query latency (p50/p95) of the API's main queries, sent through the Hono app (`app.request`:
 * routing, validation, SQL and JSON, no socket) over growing volumes of synthetic events: the
 * filtered list, the map aggregation, the timeline and the actor page. Events are bulk-loaded
 * by `bulk-load.ts` (generated in the database).
 * Targets (issue 7): list and map p95 < 50 ms at 1M events on the server, < 200 ms on PGlite.
 */
import { createApp } from '../../src/api/app.js'
import type { Database } from '../../src/store/queryable.js'
import { createSqlStore } from '../../src/store/sql-store.js'
import { bulkLoad } from './bulk-load.js'
import { fmt, results, rows, sampleRss, time } from './report.js'
import type { Latency } from './report.js'

const QUERIES: [name: string, path: string, targeted: boolean][] = [
  ['list: country+type', '/api/events?country=Mali&type=Battles&limit=50', true],
  ['list: near 50 km', '/api/events?near=14.49,-4.19,50&limit=50', true],
  ['map aggregation', '/api/aggregate/map?zoom=5', true],
  ['map: zoom 6, box around Mopti', '/api/aggregate/map?zoom=6&bbox=-6,13,-2,16', false],
  ['map: zoom 8, box around Mopti', '/api/aggregate/map?zoom=8&bbox=-6,13,-2,16', false],
  // JNIM is a third of the bench's events: the actor's names are read by index, the rest is
  // the aggregation of that third.
  ['map: zoom 8, box + actor JNIM', '/api/aggregate/map?zoom=8&bbox=-6,13,-2,16&actor=JNIM',
    false],
  // One step of the dashboard's playback: the events whose report was known by that day.
  ['map: zoom 5, known_by (playback)', '/api/aggregate/map?zoom=5&known_by=2024-06-01', false],
  ['timeline (month)', '/api/aggregate/timeline?bucket=month', false],
  ['actor page (JNIM)', '/api/actors/JNIM', false],
]

/** Measures every query at each volume on `store` (filled as it grows); `backend` labels rows. */
export async function benchQueries(
  db: Database,
  backend: 'PGlite' | 'PostgreSQL',
  volumes: number[],
) {
  const app = createApp({ store: createSqlStore(db), version: 'bench', log: () => {} })
  const target = backend === 'PGlite' ? 200 : 50
  const out: Record<string, Record<string, Latency & { status: number }>> = {}
  let have = 0
  for (const volume of volumes) {
    const t0 = performance.now()
    await bulkLoad(db, have, volume, { vacuum: backend === 'PostgreSQL' })
    sampleRss()
    const loadS = (performance.now() - t0) / 1000
    have = volume
    const at: Record<string, Latency & { status: number }> = {}
    const runs = 20
    for (const [name, path, targeted] of QUERIES) {
      let status = 0
      const l = await time(runs, async () => {
        const res = await app.request(path)
        status = res.status
        await res.arrayBuffer()
      })
      at[name] = { ...l, status }
      const v = `${fmt(l)}${status === 200 ? '' : ` (HTTP ${status})`}`
      rows.push({
        measure: `${backend} ${name} @ ${volume.toLocaleString('en')} events`,
        value: v,
        ...(targeted ? { target: `p95 < ${target} ms at 1M` } : {}),
        ...(targeted && volume === volumes[volumes.length - 1] ? { met: l.p95 < target } : {}),
      })
    }
    out[volume] = at
    const loaded = `${backend} bulk load to ${volume.toLocaleString('en')} events`
    rows.push({ measure: loaded, value: `${loadS.toFixed(1)} s` })
  }
  results[`queries${backend}`] = out
}
