/**
 * @module
 * A webhook receiver for tests: a node:http server on a loopback port that records every POST
 * (headers and raw body) and answers 500 to the first `failures` requests, then 200.
 * @internal
 */
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface Received {
  readonly headers: Record<string, string | string[] | undefined>
  readonly body: string
  readonly status: number
}

export interface Receiver {
  readonly url: string
  readonly received: Received[]
  /** Answers 500 to this many more requests before answering 200 again. */
  fail(n: number): void
  close(): Promise<void>
}

export async function startReceiver(failures = 0): Promise<Receiver> {
  const received: Received[] = []
  let left = failures
  const server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      const status = left > 0 ? 500 : 200
      if (left > 0) left--
      received.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8'), status })
      res.writeHead(status, { 'Content-Type': 'text/plain' }).end(status === 200 ? 'ok' : 'oops')
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/hooks/faultline`,
    received,
    fail: (n) => {
      left = n
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}
