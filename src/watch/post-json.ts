/**
 * @module
 * One webhook POST. In: an http(s) URL, the JSON body, headers and a time limit. Out: the
 * response status, or a thrown error (network, timeout, E_SSRF_BLOCKED). The target is checked by
 * the fetcher's SSRF guard (`ingest/fetch/guard-host.ts`: every resolved address, refused when
 * not public unless `allowPrivate`) and the connection is pinned to the checked address, so a
 * second DNS answer cannot swap in another (the same rule as feed fetching). Redirects are not
 * followed: a webhook answers where it was registered. The response body is drained, unread.
 */
import type { LookupAddress } from 'node:dns'
import { request as httpRequest } from 'node:http'
import { request as httpsRequest } from 'node:https'
import type { LookupFunction } from 'node:net'
import { FaultlineError, isFaultlineError } from '../errors.js'
import { bareHost, guardHost } from '../ingest/fetch/guard-host.js'
import { settingsFrom } from '../ingest/fetch/options.js'
import type { Resolver } from '../ingest/fetch/options.js'
import { USER_AGENT } from '../ingest/fetch/options.js'

export interface PostOptions {
  readonly allowPrivate?: boolean | undefined
  readonly timeoutMs?: number | undefined
  /** Hostname resolution (tests); default the system resolver. */
  readonly resolve?: Resolver | undefined
}

/** Checks a webhook URL: http(s), and a public address unless `allowPrivate`. */
export async function guardWebhook(url: string, opts: PostOptions = {}): Promise<LookupAddress> {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    throw new FaultlineError('E_BAD_ARGUMENT', `not a URL: ${url}`, { hint: 'give an http(s) URL' })
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new FaultlineError('E_BAD_ARGUMENT', `webhook must be http(s): ${url}`, {
      hint: 'give an http:// or https:// URL',
    })
  }
  return guardHost(parsed, settingsFrom({ allowPrivate: opts.allowPrivate, resolve: opts.resolve }))
}

/**
 * The check at registration: a malformed URL or a refused address is an error; a name that does
 * not resolve now (offline, DNS not set up yet) is accepted, since delivery checks it again.
 */
export async function checkWebhookTarget(url: string, opts: PostOptions = {}): Promise<void> {
  try {
    await guardWebhook(url, opts)
  } catch (e) {
    if (!(isFaultlineError(e) && e.code === 'E_FETCH')) throw e
  }
}

/** POSTs `body` to `url`; resolves with the HTTP status. */
export async function postJson(
  url: string,
  body: string,
  headers: Readonly<Record<string, string>>,
  opts: PostOptions = {},
): Promise<number> {
  const address = await guardWebhook(url, opts)
  const target = new URL(url)
  const timeoutMs = opts.timeoutMs ?? 10_000
  return new Promise((resolve, reject) => {
    const pinned: LookupFunction = (_host, o, cb) => {
      if (o.all) cb(null, [address])
      else cb(null, address.address, address.family)
    }
    const send = target.protocol === 'https:' ? httpsRequest : httpRequest
    const req = send({
      protocol: target.protocol,
      hostname: bareHost(target),
      port: target.port || undefined,
      path: `${target.pathname}${target.search}`,
      method: 'POST',
      headers: {
        'Content-Type': 'application/json; charset=utf-8',
        'Content-Length': String(Buffer.byteLength(body)),
        'User-Agent': USER_AGENT,
        ...headers,
      },
      lookup: pinned,
      agent: false,
      timeout: timeoutMs,
    })
    req.on('timeout', () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)))
    req.on('error', reject)
    req.on('response', (res) => {
      res.resume()
      res.on('end', () => resolve(res.statusCode ?? 0))
      res.on('error', reject)
    })
    req.end(body)
  })
}
