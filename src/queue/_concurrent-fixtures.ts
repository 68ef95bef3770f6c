/**
 * @module
 * Shared by the concurrency tests of the server backend: invented one-sentence reports that
 * crowd a few places and days (so corroboration merges many of them across outlets), and a
 * snapshot of everything the ingest derives (incidents, their members, the events rollup) in a
 * canonical order, so a concurrent run can be compared with a sequential one by deep equality.
 * @internal
 */
import { readBytes } from '../ingest/index.js'
import type { RawDoc } from '../schema/document.js'
import type { Queryable } from '../store/queryable.js'

const PLACES = ['Boni', 'Douentza', 'Mopti', 'Djibo']
const OUTLETS = ['Sahel Wire', 'Delta Post', 'River Courier']
const SENTENCES = [
  (p: string, d: number, n: number) => `Gunmen killed ${n} civilians in ${p} on ${d} March 2024.`,
  (p: string, d: number, n: number) =>
    `Suspected jihadists ambushed an army patrol near ${p} on ${d} March 2024, killing ${n} soldiers.`,
  (p: string, d: number) => `Hundreds of people protested peacefully in ${p} on ${d} March 2024.`,
]

/** `count` distinct reports (numbered, so every content hash differs). */
export function crowdedReports(count: number): Promise<RawDoc[]> {
  return Promise.all(Array.from({ length: count }, (_, i) => {
    const say = SENTENCES[i % SENTENCES.length]!
    const text = `${say(PLACES[(i >> 1) % PLACES.length]!, 1 + (i % 3), 2 + (i % 5))}\n\n` +
      `Dispatch ${i + 1}.\n`
    return readBytes(new TextEncoder().encode(text), `test://crowded/${i + 1}`, {
      outlet: OUTLETS[i % OUTLETS.length]!, published: '2024-03-06',
    })
  }))
}

/** What ingest derived, in a canonical order (float sums rounded: their order may differ). */
export async function derived(db: Queryable) {
  const q = async (sql: string) => (await db.query<Record<string, unknown>>(sql)).rows
  return {
    events: await q('SELECT count(*)::int AS n FROM events'),
    incidents: await q(`SELECT id, first_date::text AS d, reports FROM incidents ORDER BY id`),
    members: await q('SELECT event_id, incident_id FROM incident_members ORDER BY event_id'),
    rollup: await q(`SELECT grain, event_date::text AS d, event_type, country, admin1, cx, cy, n,
        fatalities::int AS f, round(slat::numeric, 6)::text AS slat,
        round(slon::numeric, 6)::text AS slon, south, north, west, east
      FROM event_rollup ORDER BY grain, event_type, d, country, admin1, cx, cy`),
  }
}
