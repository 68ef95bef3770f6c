/**
 * @module
 * JSON Lines export: one full `EventRecord` per line, exactly the shape `faultline extract`
 * prints, so an export can be fed back to anything that reads extraction output.
 */
import type { EventRecord } from '../../schema/event.js'
import { chunkWriter } from './_write.js'

/** Writes each event as one JSON line (the document's `outlet`, if carried, is left out). */
export async function writeJsonl(
  events: AsyncIterable<EventRecord>,
  out: NodeJS.WritableStream,
): Promise<number> {
  const w = chunkWriter(out)
  let n = 0
  for await (const row of events) {
    const { outlet: _outlet, ...record } = row as EventRecord & { outlet?: unknown }
    await w.write(`${JSON.stringify(record)}\n`)
    n++
  }
  await w.flush()
  return n
}
