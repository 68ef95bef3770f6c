/**
 * @module
 * robots.txt fetched once per origin and kept for a day (RFC 9309 asks for no longer). In: a URL
 * about to be fetched, and a way to GET the origin's robots.txt (the polite fetch itself, with
 * robots checks off, so the SSRF guard and redirects apply to it too). Out: nothing when the
 * URL is allowed, else E_ROBOTS. A missing robots.txt (4xx) allows all; a failing one (5xx)
 * disallows all, as the RFC says, until the entry expires.
 */
import { FaultlineError, isFaultlineError } from '../../errors.js'
import { ALLOW_ALL, isAllowed, parseRobots } from './robots.js'
import type { RobotsRules } from './robots.js'

/** robots.txt is read up to this size; rules past it are ignored (RFC 9309: at least 500 KiB). */
export const MAX_ROBOTS_BYTES = 512 * 1024

const DAY_MS = 24 * 60 * 60 * 1000

export class RobotsCache {
  readonly #entries = new Map<string, { rules: RobotsRules; at: number }>()
  readonly #ttlMs: number
  constructor(ttlMs: number = DAY_MS) {
    this.#ttlMs = ttlMs
  }
  get(origin: string, now: number = Date.now()): RobotsRules | undefined {
    const entry = this.#entries.get(origin)
    if (entry && now - entry.at < this.#ttlMs) return entry.rules
    this.#entries.delete(origin)
    return undefined
  }
  set(origin: string, rules: RobotsRules, now: number = Date.now()): void {
    this.#entries.set(origin, { rules, at: now })
  }
}

/** The cache used when the caller passes none. */
export const sharedRobotsCache = new RobotsCache()

/** What checkRobots needs from a fetch: status and body of the robots.txt URL. */
export type RobotsGetter = (url: URL) => Promise<{ status: number; body: Uint8Array }>

async function loadRules(origin: string, agent: string, get: RobotsGetter): Promise<RobotsRules> {
  let res: { status: number; body: Uint8Array }
  try {
    res = await get(new URL('/robots.txt', origin))
  } catch (error) {
    // A robots.txt too large to read is treated as absent rather than as a ban.
    if (isFaultlineError(error) && error.code === 'E_TOO_LARGE') return ALLOW_ALL
    throw error
  }
  if (res.status >= 200 && res.status < 300) {
    return parseRobots(new TextDecoder().decode(res.body), agent)
  }
  if (res.status === 429 || res.status >= 500) {
    return { rules: [], unavailable: `its robots.txt answered HTTP ${res.status}` }
  }
  return ALLOW_ALL
}

/** Throws E_ROBOTS when the site's robots.txt disallows `url` for `agent`. */
export async function checkRobots(
  url: URL,
  agent: string,
  get: RobotsGetter,
  cache: RobotsCache = sharedRobotsCache,
): Promise<void> {
  let rules = cache.get(url.origin)
  if (!rules) {
    rules = await loadRules(url.origin, agent, get)
    cache.set(url.origin, rules)
  }
  if (isAllowed(rules, `${url.pathname}${url.search}`)) return
  const why = rules.unavailable ?? 'its robots.txt disallows this path'
  throw new FaultlineError('E_ROBOTS', `${url.href}: not fetched, ${why} for ${agent}`, {
    hint:
      'The site asks crawlers to stay away from this page; if you may use it, save it by hand ' +
      'and ingest the file.',
  })
}
