/**
 * @module
 * Tests for chunkWriter: small writes gathered into chunks, the rest written by flush, and a
 * full stream awaited ('drain') before more is queued.
 */
import assert from 'node:assert/strict'
import { Writable } from 'node:stream'
import { describe, it } from 'node:test'
import { chunkWriter } from './_write.js'

function recorder(highWaterMark: number) {
  const chunks: string[] = []
  const out = new Writable({
    highWaterMark,
    write(chunk: Buffer, _enc, done) {
      chunks.push(chunk.toString('utf8'))
      setImmediate(done)
    },
  })
  return { out, chunks }
}

describe('chunkWriter', () => {
  it('gathers writes into chunks of the given size, flush writes the rest', async () => {
    const { out, chunks } = recorder(1024)
    const w = chunkWriter(out, 10)
    for (const s of ['abcd', 'efgh', 'ijkl', 'mn', 'op']) await w.write(s)
    await w.flush()
    await w.flush()
    await new Promise<void>((resolve) => out.end(resolve))
    assert.deepEqual(chunks, ['abcdefghijkl', 'mnop'], 'two writes, nothing lost, no empty write')
  })

  it('waits for drain when the stream is full', async () => {
    const { out, chunks } = recorder(4)
    let drains = 0
    out.on('drain', () => drains++)
    const w = chunkWriter(out, 8)
    for (let i = 0; i < 10; i++) {
      await w.write('12345678')
      assert.ok(out.writableLength <= 8, `write ${i}: at most one chunk buffered`)
    }
    await w.flush()
    await new Promise<void>((resolve) => out.end(resolve))
    assert.equal(drains, 10, 'one drain per full chunk')
    assert.equal(chunks.join(''), '12345678'.repeat(10), 'all data arrived')
  })
})
