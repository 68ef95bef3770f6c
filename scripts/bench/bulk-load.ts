/**
 * @module
 * Bulk load for the query bench: synthetic documents and events generated inside the database
 * with `INSERT … SELECT … generate_series` (no row crosses the wire), seeded with `setseed`, so
 * a million events load in seconds on the server and the same SQL runs on PGlite. The events
 * look like `synthetic.ts`'s: eight Sahel places jittered by ±0.25°, four types, three actors
 * (JNIM among them), dates over two years from 2023, 1,000 events per document.
 */
import type { Queryable } from '../../src/store/queryable.js'

const PER_DOC = 1000
const PLACES = `(ARRAY['Boni','Douentza','Gao','Menaka','Djibo','Kidal','Mopti','Tillaberi'])`
const LATS = `(ARRAY[15.0,15.0,16.27,15.92,14.1,18.44,14.49,14.21])`
const LONS = `(ARRAY[-2.05,-2.95,-0.04,2.4,-1.63,1.41,-4.19,1.45])`
const array = (xs: string[]) => `(ARRAY[${xs.map((x) => `'${x}'`).join(',')}])`
const TYPES = array(['Battles', 'Violence against civilians', 'Explosions/Remote violence',
  'Protests'])
const ACTORS = array(['Military Forces of Mali (2021-)',
  'JNIM: Group for Support of Islam and Muslims', 'Unidentified Armed Group (Mali)'])

/** A large step drops the events' plain indexes and builds them again after the load (how a
 * bulk import is done: one sort per index instead of a million random insertions); the indexes
 * that back constraints stay. The result is the same schema. */
const REBUILD_FROM = 50_000

/** Adds events `from`…`to` (multiples of 1,000) with their documents. */
export async function bulkLoad(
  db: Queryable,
  from: number,
  to: number,
  opts: { vacuum?: boolean } = {},
): Promise<void> {
  const { rows: indexes } = to - from < REBUILD_FROM ? { rows: [] } : await db.query<{
    name: string
    def: string
  }>(
    `SELECT i.indexname AS name, i.indexdef AS def FROM pg_indexes i
     WHERE i.schemaname = current_schema() AND i.tablename = 'events' AND NOT EXISTS
       (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)`,
  )
  for (const i of indexes) await db.query(`DROP INDEX "${i.name}"`)
  await load(db, from, to)
  for (const i of indexes) await db.query(i.def)
  // The server's autovacuum soon sets the visibility map after a big load (index-only scans
  // need it); done at once here so the measure is the steady state. PGlite has no autovacuum.
  const analyze = opts.vacuum ? 'VACUUM ANALYZE' : 'ANALYZE'
  for (const t of ['events', 'documents', 'event_rollup']) await db.query(`${analyze} ${t}`)
}

async function load(db: Queryable, from: number, to: number): Promise<void> {
  await db.query('SELECT setseed($1::float8)', [0.42 - from / 1e8])
  for (let start = from; start < to; start += 100 * PER_DOC) {
    const d0 = start / PER_DOC
    const d1 = Math.min(to, start + 100 * PER_DOC) / PER_DOC
    await db.query(
      `INSERT INTO documents (id, source, title, outlet, published_at, language, format,
         content_hash, text)
       SELECT 'doc_bench' || lpad(g::text, 8, '0'), 'bench://bulk/' || g, 'Bulk ' || g,
              'Outlet ' || (g % 7), date '2023-01-01' + (g % 700), 'en', 'txt',
              'bench' || lpad(g::text, 59, '0'), 'Report ' || g
       FROM generate_series($1::int, $2::int - 1) g`,
      [d0, d1],
    )
    await db.query(
      `INSERT INTO events (event_id, doc_id, seq, event_date, time_precision, event_type,
         sub_event_type, actor1, actor2, inter1, inter2, country, admin1, location, latitude,
         longitude, geo_precision, fatalities, certainty, tier, evidence, extractor)
       SELECT doc || ':' || s, doc, s, date '2023-01-01' + (random() * 700)::int, 1,
              ${TYPES}[1 + floor(random() * 4)::int], 'Armed clash',
              ${ACTORS}[1 + floor(random() * 3)::int], 'Civilians (Mali)', 1, 7, 'Mali', 'Mopti',
              ${PLACES}[p], ${LATS}[p] + (random() - 0.5) * 0.5,
              ${LONS}[p] + (random() - 0.5) * 0.5,
              1, floor(random() * 10)::int, 'reported', 'news',
              '[{"start":0,"end":6,"text":"Report","field":"type"}]'::jsonb,
              '{"name":"bench","version":"0"}'::jsonb
       FROM (SELECT 'doc_bench' || lpad(g::text, 8, '0') AS doc, s,
               1 + floor(random() * 8)::int AS p
             FROM generate_series($1::int, $2::int - 1) g, generate_series(1, ${PER_DOC}) s) x`,
      [d0, d1],
    )
  }
}
