/**
 * @module
 * Reads all of stdin as bytes, refusing more than `maxBytes` (the same limit as files). The
 * ingest stage decides what the bytes are (PDF by magic number, UTF-8/UTF-16 text, binary junk).
 */
import { FaultlineError } from '../errors.js'

export async function readStdin(maxBytes = 50 * 1024 * 1024): Promise<Uint8Array> {
  if (process.stdin.isTTY) {
    throw new FaultlineError('E_INPUT_EMPTY', 'stdin is a terminal, not a document', {
      hint: 'pipe a document in, e.g. `cat report.txt | faultline ingest -`',
    })
  }
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of process.stdin) {
    size += (chunk as Buffer).length
    if (size > maxBytes) {
      throw new FaultlineError('E_TOO_LARGE', `stdin is larger than ${maxBytes} bytes`, {
        hint: 'split the input or save it to a file',
      })
    }
    chunks.push(chunk as Buffer)
  }
  return Buffer.concat(chunks)
}
