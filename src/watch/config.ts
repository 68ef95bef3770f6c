/**
 * @module
 * How alerts are delivered, from options and the environment. In: a partial `DeliverOptions`
 * and `process.env`. Out: every setting filled in. `FAULTLINE_ALLOW_PRIVATE=1` lets webhooks
 * target private and loopback addresses (refused by default, like feed fetching);
 * `FAULTLINE_WEBHOOK_ATTEMPTS` and `FAULTLINE_WEBHOOK_BACKOFF_MS` tune the retries.
 */
import type { Resolver } from '../ingest/fetch/options.js'

export interface DeliverOptions {
  /** false: record alerts only, POST nothing now (a later `deliver` sends them). */
  readonly deliver?: boolean
  readonly allowPrivate?: boolean
  /** Attempts per alert revision, the first included (default 5). */
  readonly attempts?: number
  /** First retry delay; doubles per retry, with jitter (default 1000 ms). */
  readonly backoffMs?: number
  /** Wait in-process for retries until each delivery succeeds or gives up (default true). */
  readonly waitForRetries?: boolean
  /** Longest in-process wait for retries; later ones stay pending for the next run (30 s). */
  readonly maxWaitMs?: number
  readonly timeoutMs?: number
  /** Address of the dashboard, for links in webhook bodies (default relative links). */
  readonly baseUrl?: string
  readonly resolve?: Resolver
}

export type DeliverSettings = Required<Omit<DeliverOptions, 'resolve' | 'baseUrl'>> &
  Pick<DeliverOptions, 'resolve' | 'baseUrl'>

const int = (v: string | undefined, fallback: number) => {
  const n = Number(v)
  return v !== undefined && Number.isInteger(n) && n >= 0 ? n : fallback
}

/** True when FAULTLINE_ALLOW_PRIVATE is 1/true/yes. */
export const allowPrivateFromEnv = (env: NodeJS.ProcessEnv = process.env) =>
  /^(1|true|yes)$/i.test(env['FAULTLINE_ALLOW_PRIVATE']?.trim() ?? '')

export function deliverSettings(
  opts: DeliverOptions = {},
  env: NodeJS.ProcessEnv = process.env,
): DeliverSettings {
  return {
    deliver: opts.deliver ?? true,
    allowPrivate: opts.allowPrivate ?? allowPrivateFromEnv(env),
    attempts: Math.max(1, opts.attempts ?? int(env['FAULTLINE_WEBHOOK_ATTEMPTS'], 5)),
    backoffMs: opts.backoffMs ?? int(env['FAULTLINE_WEBHOOK_BACKOFF_MS'], 1000),
    waitForRetries: opts.waitForRetries ?? true,
    maxWaitMs: opts.maxWaitMs ?? 30_000,
    timeoutMs: opts.timeoutMs ?? 10_000,
    baseUrl: opts.baseUrl ?? env['FAULTLINE_BASE_URL'],
    resolve: opts.resolve,
  }
}
