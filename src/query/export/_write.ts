/**
 * @module
 * Writes a chunk and, when the stream's buffer is full, waits for `'drain'` (backpressure), so an
 * export of a million events never queues a million strings in memory. Rejects if the stream
 * errors while we wait.
 * @internal
 */
import { once } from 'node:events'

export async function writeChunk(out: NodeJS.WritableStream, chunk: string): Promise<void> {
  if (!out.write(chunk)) await once(out, 'drain')
}
