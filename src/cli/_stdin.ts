/**
 * @module
 * Reads all of stdin as UTF-8, refusing more than `maxBytes` (the same limit as files).
 */
import { FaultlineError } from '../errors.js'

export async function readStdin(maxBytes = 50 * 1024 * 1024): Promise<string> {
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
  return Buffer.concat(chunks).toString('utf8')
}
