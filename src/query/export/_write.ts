/**
 * @module
 * Output for exports: small writes are gathered into chunks of about 64 KiB (one stream write per
 * chunk, not per row: a file stream's buffer is only 16 KiB), and when the stream's buffer is full
 * the writer waits for `'drain'` (backpressure), so an export of a million events never queues a
 * million strings in memory. Rejects if the stream errors while we wait.
 * @internal
 */
import { once } from 'node:events'

const CHUNK = 64 * 1024

export interface ChunkWriter {
  write(text: string): Promise<void>
  /** Writes what is gathered; call once at the end. */
  flush(): Promise<void>
}

export function chunkWriter(out: NodeJS.WritableStream, size = CHUNK): ChunkWriter {
  let pending = ''
  const flush = async (): Promise<void> => {
    if (pending === '') return
    const chunk = pending
    pending = ''
    if (!out.write(chunk)) await once(out, 'drain')
  }
  return {
    write: async (text) => {
      pending += text
      if (pending.length >= size) await flush()
    },
    flush,
  }
}
