/**
 * @module
 * `faultline ingest -` with 1 GB on stdin: the CLI stops reading at its byte cap (50 MB) and exits
 * with E_TOO_LARGE and a hint, instead of buffering the whole stream. The gigabyte is a sparse
 * file (fs truncate), so the test costs no disk; the child must exit on its own, with stdin still
 * open and data still coming, well before the stream could have been read in full.
 */
import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { createReadStream } from 'node:fs'
import { open, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import { ROOT, tempDir } from '../e2e/_cli.js'

describe('stdin of 1 GB', () => {
  let dir: string
  let file: string
  before(async () => {
    dir = tempDir('faultline-stdin-')
    file = join(dir, 'huge.txt')
    const fh = await open(file, 'w')
    await fh.write('Gunmen attacked Koro on Sunday, residents said.\n')
    await fh.truncate(1024 ** 3)
    await fh.close()
  })
  after(() => rm(dir, { recursive: true, force: true }))

  it('is refused at the byte cap with E_TOO_LARGE, unread past it', { timeout: 120_000 }, async () => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), 'ingest', '-', '--db', 'memory://'],
      { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] },
    )
    let stderr = ''
    child.stderr.on('data', (d) => (stderr += d))
    let sent = 0
    const source = createReadStream(file, { highWaterMark: 1 << 20 })
    source.on('data', (chunk) => (sent += chunk.length))
    child.stdin.on('error', () => source.destroy()) // EPIPE once the child stops reading
    source.pipe(child.stdin)
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve))
    source.destroy()
    assert.equal(code, 1, stderr)
    assert.match(stderr, /larger than \d+ bytes/)
    assert.match(stderr, /split the input or save it to a file/, 'the hint is shown')
    assert.ok(sent < 512 * 1024 ** 2, `stopped early: ${(sent / 1e6).toFixed(0)} MB sent of 1074`)
  })
})
