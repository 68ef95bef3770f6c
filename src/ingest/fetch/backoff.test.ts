/**
 * @module
 * Tests for Retry-After parsing, the retryable statuses and the jittered backoff bounds.
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { MAX_BACKOFF_MS, backoffDelay, isRetryableStatus, parseRetryAfter } from './backoff.js'

test('parseRetryAfter: seconds, HTTP dates, junk', () => {
  const now = Date.parse('2024-01-01T00:00:00Z')
  const cases: [label: string, value: string | undefined, ms: number | null][] = [
    ['absent', undefined, null],
    ['seconds', '120', 120_000],
    ['zero', '0', 0],
    ['an HTTP date 30 s ahead', 'Mon, 01 Jan 2024 00:00:30 GMT', 30_000],
    ['a date in the past is no wait', 'Sun, 31 Dec 2023 23:00:00 GMT', 0],
    ['junk', 'soon', null],
    ['a negative number', '-5', null],
  ]
  for (const [label, value, ms] of cases) assert.equal(parseRetryAfter(value, now), ms, label)
})

test('isRetryableStatus: 429 and 5xx except 501', () => {
  const cases: [status: number, retry: boolean][] = [
    [429, true],
    [500, true],
    [502, true],
    [503, true],
    [504, true],
    [501, false],
    [404, false],
    [403, false],
    [200, false],
  ]
  for (const [status, retry] of cases)
    assert.equal(isRetryableStatus(status), retry, `HTTP ${status}`)
})

test('backoffDelay: half to all of base × 2^attempt, capped', () => {
  const cases: [label: string, attempt: number, random: number, ms: number][] = [
    ['first retry, lowest', 0, 0, 250],
    ['first retry, highest', 0, 1, 500],
    ['third retry, middle', 2, 0.5, 1500],
    ['capped', 20, 1, MAX_BACKOFF_MS],
  ]
  for (const [label, attempt, random, ms] of cases) {
    assert.equal(
      backoffDelay(attempt, 500, () => random),
      ms,
      label,
    )
  }
})
