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
import { writeFeatureCollection } from './geojson.js'
import { writeJsonLines } from './jsonl.js'

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
export function writeIncidentJsonl(
  incidents: AsyncIterable<Incident>,
  out: NodeJS.WritableStream,
): Promise<number> {
  return writeJsonLines(incidents, out)
}

/** A FeatureCollection of the incidents with coordinates; returns the number of features. */
export function writeIncidentGeojson(
  incidents: AsyncIterable<Incident>,
  out: NodeJS.WritableStream,
): Promise<number> {
  return writeFeatureCollection(incidents, (i) => i.id, out)
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
