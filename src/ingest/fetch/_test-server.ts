/**
 * @module
 * Test helper: a local HTTP server on 127.0.0.1 (port 0) serving a route table, recording every
 * request, plus fetch options that let tests treat that server as a public host. Only
 * 127.0.0.1 is let through: every other non-public address stays refused, and the test names
 * (`news.test`, …) resolve to 127.0.0.1 only in the injected resolver. Used only by tests.
 * @internal
 */
import type { LookupAddress } from 'node:dns'
import { createServer } from 'node:http'
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { blockedRange } from './ip-policy.js'
import type { ReadOptions } from '../options.js'
import type { FetchOptions } from './options.js'
import { RobotsCache } from './robots-cache.js'

export type Handler = (req: IncomingMessage, res: ServerResponse) => void

export interface TestServer {
  readonly port: number
  /** `http://127.0.0.1:PORT` */
  readonly origin: string
  /** Each request's path and headers, in order. */
  readonly requests: { path: string; headers: IncomingHttpHeaders }[]
  /** How many requests a path got. */
  hits(path: string): number
  close(): Promise<void>
}

/** Serves `routes` (exact path and query); anything else is a 404. */
export async function startServer(routes: Readonly<Record<string, Handler>>): Promise<TestServer> {
  const requests: { path: string; headers: IncomingHttpHeaders }[] = []
  const server = createServer((req, res) => {
    const path = req.url ?? '/'
    requests.push({ path, headers: req.headers })
    const route = routes[path]
    if (route) return route(req, res)
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const port = (server.address() as AddressInfo).port
  return {
    port,
    origin: `http://127.0.0.1:${port}`,
    requests,
    hits: (path) => requests.filter((r) => r.path === path).length,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

/** Replies with a status, headers and body. */
export function reply(
  status: number,
  body: string | Uint8Array = '',
  headers: Record<string, string> = {},
): Handler {
  return (_req, res) => {
    res.writeHead(status, headers).end(body)
  }
}

/** A handler that plays `handlers` in turn, repeating the last one. */
export function sequence(...handlers: Handler[]): Handler {
  let i = 0
  return (req, res) => {
    const h = handlers[Math.min(i++, handlers.length - 1)]
    h?.(req, res)
  }
}

/** A resolver for test names; every other name fails like an unknown host. */
export function fakeResolver(names: Readonly<Record<string, string | string[]>>) {
  return async (host: string): Promise<LookupAddress[]> => {
    const found = names[host]
    if (!found)
      throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND' })
    return [found].flat().map((address) => ({ address, family: address.includes(':') ? 6 : 4 }))
  }
}

/**
 * Options under which 127.0.0.1 counts as public and `news.test` resolves to it; small
 * timeouts and backoff so failures show fast; a fresh robots cache per call.
 */
export function asPublic(extra: FetchOptions & ReadOptions = {}): FetchOptions & ReadOptions {
  return {
    resolve: fakeResolver({ 'news.test': '127.0.0.1' }),
    blockedRange: (ip) => (ip === '127.0.0.1' ? null : blockedRange(ip)),
    robotsCache: new RobotsCache(),
    backoffMs: 5,
    timeoutMs: 2000,
    connectTimeoutMs: 1000,
    ...extra,
  }
}
