/**
 * @module
 * Binds the API app to a TCP port with @hono/node-server. `port: 0` picks a free port and the
 * returned `url` carries the real one. A port already in use becomes a `FaultlineError`
 * (`E_BAD_ARGUMENT`, hint `use --port N`) instead of an unhandled 'error' event. `close()` stops
 * the HTTP server only: the caller opened the store and closes it.
 */
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createAdaptorServer } from '@hono/node-server'
import { FaultlineError } from '../errors.js'
import type { Store } from '../store/store.js'
import { createApp } from './app.js'
import { tokenFromEnv } from './auth.js'

export interface ServeOptions {
  readonly store: Store
  readonly port: number
  /** Interface to listen on; defaults to loopback so nothing is exposed by accident. */
  readonly host?: string
  readonly version: string
  readonly log?: (err: unknown) => void
  /** Write token; defaults to `FAULTLINE_TOKEN`. Writes need it when set. */
  readonly token?: string | undefined
}

export interface RunningServer {
  /** Base URL without a trailing slash, e.g. `http://127.0.0.1:8787`; routes are under `/api`. */
  readonly url: string
  close(): Promise<void>
}

function listenError(err: NodeJS.ErrnoException, host: string, port: number): Error {
  if (err.code === 'EADDRINUSE') {
    return new FaultlineError('E_BAD_ARGUMENT', `port ${port} on ${host} is already in use`, {
      hint: 'use --port N',
      cause: err,
    })
  }
  if (err.code === 'EACCES' || err.code === 'EADDRNOTAVAIL') {
    return new FaultlineError('E_BAD_ARGUMENT', `cannot listen on ${host}:${port} (${err.code})`, {
      hint: 'use --port N (above 1024) or another --host',
      cause: err,
    })
  }
  return err
}

/** Formats a listening address as a URL host (IPv6 literals in brackets). */
function urlHost(address: string): string {
  return address.includes(':') ? `[${address}]` : address
}

/** Starts the API server; resolves once it is listening. */
export async function serve(opts: ServeOptions): Promise<RunningServer> {
  const host = opts.host ?? '127.0.0.1'
  const app = createApp({
    store: opts.store, version: opts.version, log: opts.log,
    token: opts.token ?? tokenFromEnv(),
  })
  const server = createAdaptorServer({ fetch: app.fetch }) as Server

  await new Promise<void>((resolve, reject) => {
    const onError = (err: NodeJS.ErrnoException) => reject(listenError(err, host, opts.port))
    server.once('error', onError)
    server.listen(opts.port, host, () => {
      server.off('error', onError)
      resolve()
    })
  })

  const { address, port } = server.address() as AddressInfo
  return {
    url: `http://${urlHost(address)}:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()))
        server.closeAllConnections()
      }),
  }
}
