/**
 * @module
 * Fetching from the web, politely and safely. In: http(s) URLs. Out: response bytes
 * (`politeFetch`) or a RawDoc (`fetchDocument`). Timeouts, size limits, robots.txt, conditional
 * GET, retries with backoff, and an SSRF guard that refuses non-public addresses after DNS
 * resolution and on every redirect unless `allowPrivate` is set.
 */
export { fetchDocument, outletFromUrl } from './fetch-document.js'
export type { FetchDocumentOptions } from './fetch-document.js'
export { ALLOW_PRIVATE_HINT, guardHost } from './guard-host.js'
export { blockedRange, embeddedIpv4 } from './ip-policy.js'
export type { BlockedRange } from './ip-policy.js'
export { ROBOTS_AGENT, USER_AGENT, systemResolver } from './options.js'
export type { FetchOptions, Resolver, Validators } from './options.js'
export { parseHttpUrl, politeFetch } from './polite-fetch.js'
export type { FetchResult } from './polite-fetch.js'
export { RobotsCache } from './robots-cache.js'
export { isAllowed, parseRobots } from './robots.js'
export type { RobotsRules } from './robots.js'
