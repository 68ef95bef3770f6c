/**
 * @module
 * A GET that behaves: http(s) only, a User-Agent naming Faultline, robots.txt obeyed, the SSRF
 * guard run on every hop, redirects followed by hand (at most 5), conditional requests from the
 * caller's validators, and retries with backoff on 429, 5xx and network errors. In: a URL and
 * `FetchOptions`. Out: the final status, headers and body; non-2xx statuses are returned, not
 * thrown. Failures the user can act on are E_FETCH, E_SSRF_BLOCKED, E_ROBOTS or E_TOO_LARGE.
 */
import { setTimeout as sleep } from 'node:timers/promises'
import { FaultlineError } from '../../errors.js'
import { backoffDelay, isRetryableStatus, parseRetryAfter } from './backoff.js'
import { guardHost } from './guard-host.js'
import { ROBOTS_AGENT, settingsFrom } from './options.js'
import type { FetchOptions, Settings, Validators } from './options.js'
import { isCertificateError, isFinal, requestOnce } from './request-once.js'
import type { RawResponse } from './request-once.js'
import { MAX_ROBOTS_BYTES, checkRobots } from './robots-cache.js'

export interface FetchResult {
  readonly status: number
  /** Response headers, names lower-cased. */
  readonly headers: Readonly<Record<string, string>>
  readonly body: Uint8Array
  /** The URL the body came from, after redirects. */
  readonly finalUrl: string
  /** True on 304: the caller's copy (its `validators`) is still current. */
  readonly notModified: boolean
  /** Validators to send next time (from this response, or the caller's on a 304). */
  readonly validators: Validators
}

const REDIRECTS = new Set([301, 302, 303, 307, 308])

/** Parses and checks a URL: absolute, http or https. */
export function parseHttpUrl(input: string | URL): URL {
  let url: URL
  try {
    url = new URL(input)
  } catch {
    throw new FaultlineError('E_BAD_ARGUMENT', `not a URL: ${String(input)}`, {
      hint: 'Give an absolute http:// or https:// address.',
    })
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new FaultlineError('E_BAD_ARGUMENT', `${url.href}: only http and https are fetched`, {
      hint: 'Give an http:// or https:// address; read local files by path instead.',
    })
  }
  return url
}

function requestHeaders(s: Settings): Record<string, string> {
  const headers: Record<string, string> = {
    'user-agent': s.userAgent,
    accept: s.accept,
    'accept-encoding': 'gzip, deflate, br',
  }
  if (s.validators?.etag) headers['if-none-match'] = s.validators.etag
  if (s.validators?.lastModified) headers['if-modified-since'] = s.validators.lastModified
  return headers
}

/** One hop: guard, request, and retries on 429/5xx/network errors. */
async function fetchHop(url: URL, s: Settings): Promise<RawResponse> {
  const headers = requestHeaders(s)
  for (let attempt = 1; ; attempt++) {
    const address = await guardHost(url, s)
    let wait: number
    try {
      const res = await requestOnce(url, address, headers, { ...s, signal: s.signal })
      if (!isRetryableStatus(res.status) || attempt >= s.attempts) return res
      const asked = parseRetryAfter(res.headers['retry-after'])
      if (asked !== null && asked > s.maxRetryAfterMs) {
        const secs = Math.ceil(asked / 1000)
        const message = `${url.href}: HTTP ${res.status}, and the server asks to wait ${secs} s`
        throw new FaultlineError('E_FETCH', message, {
          hint: 'The site is rate limiting or down for a while; try again later.',
        })
      }
      wait = asked ?? backoffDelay(attempt - 1, s.backoffMs)
    } catch (error) {
      if (isFinal(error)) throw error
      const why = (error as Error).message || String(error)
      if (isCertificateError(error)) {
        throw new FaultlineError('E_FETCH', `${url.href}: TLS certificate rejected: ${why}`, {
          hint: 'The site’s certificate is invalid for this name, expired or untrusted.',
          cause: error,
        })
      }
      if (attempt >= s.attempts) {
        throw new FaultlineError('E_FETCH', `${url.href}: ${why} (after ${attempt} attempts)`, {
          hint: 'Check the address and your network connection, or try again later.',
          cause: error,
        })
      }
      wait = backoffDelay(attempt - 1, s.backoffMs)
    }
    await sleep(wait, undefined, s.signal ? { signal: s.signal } : {})
  }
}

/**
 * Fetches a URL politely; see the module notes for what that means.
 * @example
 * const res = await politeFetch('https://example.org/news/1', { timeoutMs: 10_000 })
 * if (res.status === 200) console.log(res.body.length, res.finalUrl)
 */
export async function politeFetch(
  input: string | URL,
  opts: FetchOptions = {},
): Promise<FetchResult> {
  const s = settingsFrom(opts)
  let url = parseHttpUrl(input)
  const robotsGet = (robotsUrl: URL) =>
    politeFetch(robotsUrl, {
      ...opts,
      robots: false,
      validators: undefined,
      accept: 'text/plain,*/*;q=0.5',
      maxBytes: MAX_ROBOTS_BYTES,
    })
  for (let hop = 0; ; hop++) {
    if (s.robots) {
      // Guard first, so a refused address is reported for the page, not for its robots.txt.
      await guardHost(url, s)
      await checkRobots(url, ROBOTS_AGENT, robotsGet, s.robotsCache)
    }
    const res = await fetchHop(url, s)
    const location = res.headers.location
    if (REDIRECTS.has(res.status) && location) {
      if (hop >= s.maxRedirects) {
        throw new FaultlineError('E_FETCH', `${input}: more than ${s.maxRedirects} redirects`, {
          hint: 'The site redirects in a loop or too often; open it in a browser to find the page.',
        })
      }
      url = parseHttpUrl(new URL(location, url))
      continue
    }
    const notModified = res.status === 304
    return {
      status: res.status,
      headers: res.headers,
      body: res.body,
      finalUrl: url.href,
      notModified,
      validators: notModified
        ? (s.validators ?? {})
        : { etag: res.headers.etag, lastModified: res.headers['last-modified'] },
    }
  }
}
