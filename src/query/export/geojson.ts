/**
 * @module
 * GeoJSON export: a FeatureCollection of Point features, one per geocoded record (records without
 * coordinates are skipped), written feature by feature rather than stringified whole. For events
 * the properties are the full record (evidence included) plus the document's `outlet` when known;
 * incident exports use the same writer with the incident as properties.
 */
import type { EventRecord } from '../../schema/event.js'
import { chunkWriter } from './_write.js'

/** Anything with a point that may be missing. */
interface Located {
  readonly latitude: number | null
  readonly longitude: number | null
}

/** Writes the located items as Point features with id `idOf(item)`; returns how many. */
export async function writeFeatureCollection<T extends Located>(
  items: AsyncIterable<T>,
  idOf: (item: T) => string,
  out: NodeJS.WritableStream,
): Promise<number> {
  const w = chunkWriter(out)
  let n = 0
  await w.write('{"type":"FeatureCollection","features":[')
  for await (const item of items) {
    if (item.latitude === null || item.longitude === null) continue
    const { latitude, longitude, ...properties } = item
    const feature = {
      type: 'Feature',
      id: idOf(item),
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

/** Returns the number of features written. */
export function writeGeojson(
  events: AsyncIterable<EventRecord>,
  out: NodeJS.WritableStream,
): Promise<number> {
  return writeFeatureCollection(events, (e) => e.event_id, out)
}
