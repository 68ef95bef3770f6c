/**
 * @module
 * The `webhook_deliveries` log: one row per attempt to POST an alert revision to its
 * watchlist's webhook. `pendingDeliveries` lists the current revisions of alerts not yet
 * delivered whose retries are not used up, with the time each is due: right away when never
 * tried, else the `next_attempt_at` of its last failed attempt (null there means given up).
 * `watch/deliver.ts` sends them and records every attempt here.
 */
import type { Delivery } from '../schema/watchlist.js'
import type { Queryable } from './queryable.js'
import { ISO } from './watchlist-repo.js'

export interface PendingDelivery {
  readonly alertId: number
  readonly revision: number
  readonly url: string
  readonly secret: string
  /** Attempts already made for this revision. */
  readonly attempts: number
  /** When it is due (ISO); never-tried ones are due now. */
  readonly dueAt: string
}

export interface AttemptRecord {
  readonly alertId: number
  readonly revision: number
  readonly url: string
  readonly attempt: number
  readonly status: number | null
  readonly error: string | null
  readonly delivered: boolean
  /** When to retry; null once delivered or given up. */
  readonly nextAttemptAt: Date | null
}

const DELIVERY_SELECT = `d.id::int AS id, d.alert_id::int AS alert_id, d.revision, d.url,
  d.attempt, d.status, d.error, ${ISO('d.at')} AS at,
  CASE WHEN d.next_attempt_at IS NULL THEN NULL ELSE ${ISO('d.next_attempt_at')} END
    AS next_attempt_at, d.delivered`

export async function pendingDeliveries(db: Queryable): Promise<PendingDelivery[]> {
  const { rows } = await db.query<PendingDelivery & { given_up: boolean }>(
    `SELECT a.id::int AS "alertId", a.revision, w.webhook_url AS url, w.webhook_secret AS secret,
       coalesce(l.attempt, 0)::int AS attempts,
       ${ISO('coalesce(l.next_attempt_at, now())')} AS "dueAt",
       (l.attempt IS NOT NULL AND l.next_attempt_at IS NULL) AS given_up
     FROM alerts a JOIN watchlists w ON w.id = a.watchlist_id
     LEFT JOIN LATERAL (
       SELECT d.attempt, d.next_attempt_at, d.delivered FROM webhook_deliveries d
       WHERE d.alert_id = a.id AND d.revision = a.revision ORDER BY d.attempt DESC LIMIT 1
     ) l ON TRUE
     WHERE w.webhook_url IS NOT NULL AND a.merged_into IS NULL
       AND coalesce(l.delivered, false) = false
     ORDER BY a.id`,
  )
  return rows.filter((r) => !r.given_up).map(({ given_up: _g, ...r }) => r)
}

export async function recordAttempt(db: Queryable, a: AttemptRecord): Promise<void> {
  await db.query(
    `INSERT INTO webhook_deliveries
       (alert_id, revision, url, attempt, status, error, next_attempt_at, delivered)
     VALUES ($1::bigint, $2::int, $3::text, $4::int, $5::int, $6::text, $7::timestamptz, $8::bool)`,
    [a.alertId, a.revision, a.url, a.attempt, a.status, a.error,
      a.nextAttemptAt?.toISOString() ?? null, a.delivered],
  )
}

/** The delivery log of a watchlist, newest first. */
export async function listDeliveries(
  db: Queryable,
  watchlistId: number,
  limit = 200,
): Promise<Delivery[]> {
  const { rows } = await db.query<Delivery>(
    `SELECT ${DELIVERY_SELECT} FROM webhook_deliveries d JOIN alerts a ON a.id = d.alert_id
     WHERE a.watchlist_id = $1::bigint ORDER BY d.at DESC, d.id DESC LIMIT $2::int`,
    [watchlistId, limit],
  )
  return rows
}
