/**
 * @module
 * Writable sinks for export tests: `collect()` gathers everything written; `slowSink()` has a
 * tiny buffer and a slow consumer, so `write()` returns false and writers must wait for `'drain'`.
 * @internal
 */
import { Writable } from 'node:stream'

export function collect(): { out: Writable; text: () => string } {
  const chunks: string[] = []
  const out = new Writable({
    write(chunk: Buffer, _enc, done) {
      chunks.push(chunk.toString('utf8'))
      done()
    },
  })
  return { out, text: () => chunks.join('') }
}

export function slowSink(): { out: Writable; text: () => string; drains: () => number } {
  const chunks: string[] = []
  let drains = 0
  const out = new Writable({
    highWaterMark: 16,
    write(chunk: Buffer, _enc, done) {
      chunks.push(chunk.toString('utf8'))
      setImmediate(done)
    },
  })
  out.on('drain', () => drains++)
  return { out, text: () => chunks.join(''), drains: () => drains }
}

export async function* fromArray<T>(items: readonly T[]): AsyncGenerator<T> {
  for (const item of items) yield item
}
