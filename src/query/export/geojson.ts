/**
 * @module
 * GeoJSON export: a FeatureCollection of Point features, one per geocoded event (events without
 * coordinates are skipped), written feature by feature rather than stringified whole. Properties
 * are the full record (evidence included) plus the document's `outlet` when known.
 */
import type { EventRecord } from '../../schema/event.js'
import { chunkWriter } from './_write.js'

/** Returns the number of features written. */
export async function writeGeojson(
  events: AsyncIterable<EventRecord>,
  out: NodeJS.WritableStream,
): Promise<number> {
  const w = chunkWriter(out)
  let n = 0
  await w.write('{"type":"FeatureCollection","features":[')
  for await (const e of events) {
    if (e.latitude === null || e.longitude === null) continue
    const { latitude, longitude, ...properties } = e
    const feature = {
      type: 'Feature',
      id: e.event_id,
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
