/**
 * @module
 * JSON Lines export: one full `EventRecord` per line, exactly the shape `faultline extract`
 * prints, so an export can be fed back to anything that reads extraction output. Incident
 * exports write their lines through the same `writeJsonLines`.
 */
import type { EventRecord } from '../../schema/event.js'
import { chunkWriter } from './_write.js'

/** Writes `shape(item)` of each item as one JSON line; returns the number of lines. */
export async function writeJsonLines<T>(
  items: AsyncIterable<T>,
  out: NodeJS.WritableStream,
  shape: (item: T) => unknown = (item) => item,
): Promise<number> {
  const w = chunkWriter(out)
  let n = 0
  for await (const item of items) {
    await w.write(`${JSON.stringify(shape(item))}\n`)
    n++
  }
  await w.flush()
  return n
}

/** Writes each event as one JSON line (the document's `outlet`, if carried, is left out). */
export function writeJsonl(
  events: AsyncIterable<EventRecord>,
  out: NodeJS.WritableStream,
): Promise<number> {
  return writeJsonLines(events, out, (row) => {
    const { outlet: _outlet, ...record } = row as EventRecord & { outlet?: unknown }
    return record
  })
}
