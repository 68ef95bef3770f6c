/**
 * @module
 * Incident-level exports: `writeIncidentExport(format, incidents, out)` writes CSV (compact claim
 * columns, `incident-csv.ts`), GeoJSON (one Point per located incident, the whole incident with
 * every claim as properties) or JSON Lines (one full incident per line, every claim included).
 * `streamIncidents` pages through `Store.listIncidents` so memory holds one page at a time.
 */
import type { Incident } from '../../corroborate/incident.js'
import { FaultlineError } from '../../errors.js'
import type { Store } from '../../store/store.js'
import type { EventFilter } from '../filters.js'
import { writeIncidentCsv } from './incident-csv.js'
import { chunkWriter } from './_write.js'

/** Pages of this many incidents (the store's largest page). */
const PAGE = 1000

/** Every incident matching `filter`, newest first, fetched a page at a time. */
export async function* streamIncidents(
  store: Pick<Store, 'listIncidents'>,
  filter: EventFilter,
  pageSize = PAGE,
): AsyncGenerator<Incident> {
  for (let offset = 0; ; offset += pageSize) {
    const { items } = await store.listIncidents(filter, { limit: pageSize, offset })
    yield* items
    if (items.length < pageSize) return
  }
}

/** One JSON object per line; returns the number of incidents. */
export async function writeIncidentJsonl(
  incidents: AsyncIterable<Incident>,
  out: NodeJS.WritableStream,
): Promise<number> {
  const w = chunkWriter(out)
  let n = 0
  for await (const i of incidents) {
    await w.write(`${JSON.stringify(i)}\n`)
    n++
  }
  await w.flush()
  return n
}

/** A FeatureCollection of the incidents with coordinates; returns the number of features. */
export async function writeIncidentGeojson(
  incidents: AsyncIterable<Incident>,
  out: NodeJS.WritableStream,
): Promise<number> {
  const w = chunkWriter(out)
  let n = 0
  await w.write('{"type":"FeatureCollection","features":[')
  for await (const i of incidents) {
    if (i.latitude === null || i.longitude === null) continue
    const { latitude, longitude, ...properties } = i
    const feature = {
      type: 'Feature',
      id: i.id,
      // GeoJSON (RFC 7946) is [longitude, latitude].
      geometry: { type: 'Point', coordinates: [longitude, latitude] },
      properties,
    }
    await w.write(`${n === 0 ? '\n' : ',\n'}${JSON.stringify(feature)}`)
    n++
  }
  await w.write('\n]}\n')
  await w.flush()
  return n
}

const WRITERS = {
  csv: writeIncidentCsv,
  geojson: writeIncidentGeojson,
  jsonl: writeIncidentJsonl,
} as const

/**
 * @example
 * const n = await writeIncidentExport('csv', streamIncidents(store, {}), process.stdout)
 */
export async function writeIncidentExport(
  format: string,
  incidents: AsyncIterable<Incident>,
  out: NodeJS.WritableStream,
): Promise<number> {
  if (!Object.hasOwn(WRITERS, format)) {
    throw new FaultlineError('E_BAD_ARGUMENT', `unknown --format ${format}`, {
      hint: 'pass --format csv, --format geojson or --format jsonl',
    })
  }
  return WRITERS[format as keyof typeof WRITERS](incidents, out)
}
