/**
 * @module
 * How long to wait before retrying. In: the attempt number and the server's `Retry-After`
 * header if any. Out: a delay in milliseconds. Without a header: exponential backoff with jitter
 * (between half and all of `base × 2^attempt`, capped), so clients retrying after one outage
 * spread out instead of arriving together, yet never come straight back. With one: the
 * server's wait, given in seconds or as a date.
 */

/** Longest backoff without a Retry-After, whatever the attempt. */
export const MAX_BACKOFF_MS = 30_000

/** Statuses worth retrying: rate limited, or a server error that may pass. */
export function isRetryableStatus(status: number): boolean {
  return status === 429 || (status >= 500 && status <= 599 && status !== 501)
}

/** A `Retry-After` (delta-seconds or an HTTP date) in ms from `now`; null if absent or bad. */
export function parseRetryAfter(
  value: string | undefined,
  now: number = Date.now(),
): number | null {
  if (value === undefined) return null
  const text = value.trim()
  if (/^\d+$/.test(text)) return Number(text) * 1000
  const at = Date.parse(text)
  if (Number.isNaN(at) || !/[a-z]/i.test(text)) return null
  return Math.max(0, at - now)
}

/** Jittered exponential backoff for retry number `attempt` (0 for the first retry). */
export function backoffDelay(
  attempt: number,
  baseMs: number,
  random: () => number = Math.random,
): number {
  const ceiling = Math.min(MAX_BACKOFF_MS, baseMs * 2 ** attempt)
  return Math.round(ceiling / 2 + (random() * ceiling) / 2)
}
