/**
 * @module
 * One HTTP GET, pinned to an address the SSRF guard already checked. In: the URL, that address,
 * request headers and limits. Out: status, lower-cased headers and the (decompressed) body.
 * Redirect bodies are discarded. The body is counted as it streams: past `maxBytes` the
 * request is aborted with E_TOO_LARGE, so a huge or endless (or gzip-bomb) response costs at
 * most the limit. Timeouts (connect, then the whole exchange) are E_FETCH; socket errors are
 * passed on raw so the caller can retry them.
 */
import type { LookupAddress } from 'node:dns'
import { request as httpRequest } from 'node:http'
import type { IncomingMessage } from 'node:http'
import { request as httpsRequest } from 'node:https'
import type { LookupFunction } from 'node:net'
import type { Readable } from 'node:stream'
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib'
import { FaultlineError } from '../../errors.js'
import { tooLarge } from '../options.js'
import { bareHost } from './guard-host.js'

export interface RawResponse {
  readonly status: number
  readonly headers: Readonly<Record<string, string>>
  readonly body: Uint8Array
}

export interface RequestLimits {
  readonly connectTimeoutMs: number
  readonly timeoutMs: number
  readonly maxBytes: number
  readonly signal?: AbortSignal | undefined
  /** Trusted CA certificates (PEM) for https, instead of the built-in roots. */
  readonly ca?: string | undefined
}

/** Marks an error that retrying cannot fix (timeouts, aborts, limits). @internal */
export function isFinal(error: unknown): boolean {
  return error instanceof FaultlineError || (error as Error)?.name === 'AbortError'
}

/** A TLS verification failure: retrying gives the same answer. @internal */
export function isCertificateError(error: unknown): boolean {
  const code = String((error as { code?: unknown })?.code ?? '')
  return /CERT|TLS|SSL|SIGNATURE/.test(code)
}

function timedOut(url: URL, what: string, ms: number): FaultlineError {
  return new FaultlineError('E_FETCH', `${url.href}: ${what} timed out after ${ms} ms`, {
    hint: 'The server is slow or unreachable; try again later.',
  })
}

function decoded(res: IncomingMessage): Readable {
  const encoding = (res.headers['content-encoding'] ?? '').trim().toLowerCase()
  if (encoding === 'gzip' || encoding === 'x-gzip') return res.pipe(createGunzip())
  if (encoding === 'deflate') return res.pipe(createInflate())
  if (encoding === 'br') return res.pipe(createBrotliDecompress())
  return res
}

function flatHeaders(res: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [k, v] of Object.entries(res.headers)) {
    if (v !== undefined) out[k] = Array.isArray(v) ? v.join(', ') : v
  }
  return out
}

/** Sends one GET to `address` (with the URL's host name for Host and TLS SNI). */
export function requestOnce(
  url: URL,
  address: LookupAddress,
  headers: Readonly<Record<string, string>>,
  limits: RequestLimits,
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const pinned: LookupFunction = (_host, opts, cb) => {
      if (opts.all) cb(null, [address])
      else cb(null, address.address, address.family)
    }
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest
    const req = send({
      protocol: url.protocol,
      hostname: bareHost(url),
      port: url.port || undefined,
      path: `${url.pathname}${url.search}`,
      method: 'GET',
      headers: { ...headers },
      lookup: pinned,
      agent: false,
      ...(limits.ca ? { ca: limits.ca } : {}),
    })
    let settled = false
    const timers: NodeJS.Timeout[] = []
    const finish = (error: unknown, value?: RawResponse) => {
      if (settled) return
      settled = true
      for (const t of timers) clearTimeout(t)
      limits.signal?.removeEventListener('abort', onAbort)
      if (error) {
        req.destroy()
        reject(error)
      } else if (value) resolve(value)
    }
    const onAbort = () => finish(limits.signal?.reason ?? new Error('aborted'))
    if (limits.signal?.aborted) return onAbort()
    limits.signal?.addEventListener('abort', onAbort, { once: true })
    const connectTimer = setTimeout(
      () => finish(timedOut(url, 'connecting', limits.connectTimeoutMs)),
      limits.connectTimeoutMs,
    )
    timers.push(
      connectTimer,
      setTimeout(() => finish(timedOut(url, 'request', limits.timeoutMs)), limits.timeoutMs),
    )
    req.on('socket', (socket) => {
      if (!socket.connecting) clearTimeout(connectTimer)
      else socket.once('connect', () => clearTimeout(connectTimer))
    })
    req.on('error', (e) => finish(e))
    req.on('response', (res) => {
      const status = res.statusCode ?? 0
      const head = flatHeaders(res)
      if (status >= 300 && status < 400) {
        res.resume()
        return finish(null, { status, headers: head, body: new Uint8Array() })
      }
      const declared = Number(head['content-length'])
      if (!head['content-encoding'] && declared > limits.maxBytes) {
        return finish(tooLarge(url.href, declared, limits.maxBytes))
      }
      const chunks: Buffer[] = []
      let size = 0
      const body = decoded(res)
      body.on('data', (chunk: Buffer) => {
        size += chunk.length
        if (size > limits.maxBytes) finish(tooLarge(url.href, size, limits.maxBytes))
        else chunks.push(chunk)
      })
      body.on('error', (e) => finish(e))
      res.on('error', (e) => finish(e))
      res.on('aborted', () => finish(new Error('connection closed before the body was complete')))
      body.on('end', () => finish(null, { status, headers: head, body: Buffer.concat(chunks) }))
    })
    req.end()
  })
}
