/**
 * @module
 * What a caller can set on a polite fetch, and the defaults. In: a partial `FetchOptions`.
 * Out: `Settings` with every limit filled in. The resolver and the IP policy are options so
 * tests (whose server is on loopback) can stand in "public" hosts without weakening the guard.
 */
import { lookup } from 'node:dns/promises'
import type { LookupAddress } from 'node:dns'
import { VERSION } from '../../version.js'
import { blockedRange } from './ip-policy.js'
import type { BlockedRange } from './ip-policy.js'
import type { RobotsCache } from './robots-cache.js'

/** Hostname to addresses, like `dns.lookup(host, { all: true })`. */
export type Resolver = (hostname: string) => Promise<readonly LookupAddress[]>

/** Cache validators from an earlier response, for a conditional GET. */
export interface Validators {
  readonly etag?: string | undefined
  readonly lastModified?: string | undefined
}

export interface FetchOptions {
  /** Allow loopback, private, link-local and other non-public addresses (`--allow-private`). */
  readonly allowPrivate?: boolean
  /** Hostname resolution (default `dns.lookup` with `all: true`). */
  readonly resolve?: Resolver
  /** Which resolved addresses are refused (default: every non-public range). */
  readonly blockedRange?: BlockedRange
  /** Time to open the TCP connection, per attempt (default 10 s). */
  readonly connectTimeoutMs?: number
  /** Time for a whole request and its body, per attempt (default 30 s). */
  readonly timeoutMs?: number
  /** Largest response body accepted after decompression (default 20 MB). */
  readonly maxBytes?: number
  /** Redirects followed before giving up (default 5). */
  readonly maxRedirects?: number
  /** Attempts per request, the first included (default 3). */
  readonly attempts?: number
  /** First backoff delay; it doubles per retry, with full jitter (default 500 ms). */
  readonly backoffMs?: number
  /** Longest wait honoured from a `Retry-After`; longer means give up (default 60 s). */
  readonly maxRetryAfterMs?: number
  /** Check robots.txt before each request (default true). */
  readonly robots?: boolean
  /** Where robots.txt rules are kept between fetches (default: one shared in-process cache). */
  readonly robotsCache?: RobotsCache
  /** ETag / Last-Modified of the copy the caller has: a 304 then comes back as `notModified`. */
  readonly validators?: Validators
  /** Trusted CA certificates (PEM) for https, instead of the built-in roots (a private CA). */
  readonly ca?: string
  /** The Accept header. */
  readonly accept?: string
  readonly userAgent?: string
  /** Aborts the fetch, including waits between retries (Ctrl-C). */
  readonly signal?: AbortSignal
}

/** The product token robots.txt groups are matched against. */
export const ROBOTS_AGENT = 'faultline'

export const USER_AGENT = `Faultline/${VERSION} (conflict-event extractor; obeys robots.txt)`

export const DEFAULT_ACCEPT =
  'text/html,application/xhtml+xml,application/pdf;q=0.9,text/plain;q=0.8,*/*;q=0.5'

/** Every option filled in. @internal */
export type Settings = Required<
  Omit<FetchOptions, 'validators' | 'signal' | 'robotsCache' | 'ca'>
> &
  Pick<FetchOptions, 'validators' | 'signal' | 'robotsCache' | 'ca'>

/** The system resolver, keeping the order DNS gives. */
export const systemResolver: Resolver = (hostname) =>
  lookup(hostname, { all: true, verbatim: true })

/** Fills in defaults. @internal */
export function settingsFrom(opts: FetchOptions): Settings {
  return {
    allowPrivate: false,
    resolve: systemResolver,
    blockedRange,
    connectTimeoutMs: 10_000,
    timeoutMs: 30_000,
    maxBytes: 20 * 1024 * 1024,
    maxRedirects: 5,
    attempts: 3,
    backoffMs: 500,
    maxRetryAfterMs: 60_000,
    robots: true,
    accept: DEFAULT_ACCEPT,
    userAgent: USER_AGENT,
    ...Object.fromEntries(Object.entries(opts).filter(([, v]) => v !== undefined)),
  }
}
