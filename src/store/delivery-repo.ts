/**
 * @module
 * The `webhook_deliveries` log: one row per attempt to POST an alert revision to its
 * watchlist's webhook. `pendingDeliveries` lists the current revisions of alerts not yet
 * delivered whose retries are not used up, with the time each is due: right away when never
 * tried, else the `next_attempt_at` of its last failed attempt (null there means given up).
 * `watch/deliver.ts` claims each attempt (`claimAttempt`: a row written before the request, under
 * a per-alert lock, so concurrent processes never send one revision twice at once), sends it and
 * writes the outcome (`finishAttempt`).
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

/** Advisory lock key of delivery claims ("hook"), with the alert id as second key. */
const LOCK_KEY = 0x686f6f6b

export interface Claim {
  readonly id: number
  readonly attempt: number
}

/**
 * Claims the next attempt of an alert revision, so two processes never POST it at once: under
 * a per-alert lock, when the revision is still current, not delivered, not given up and due, an
 * attempt row is written with a lease (`next_attempt_at` = now + `leaseMs`: if this process dies
 * mid-request the attempt is due again after it). Null when there is nothing to claim.
 */
export async function claimAttempt(
  db: Queryable,
  alertId: number,
  revision: number,
  url: string,
  leaseMs: number,
): Promise<Claim | null> {
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1::int, $2::int)', [LOCK_KEY, alertId])
    const { rows } = await tx.query<{ attempt: number | null; due: boolean; current: boolean }>(
      `SELECT l.attempt,
         (l.attempt IS NULL OR (NOT l.delivered AND l.next_attempt_at <= now())) AS due,
         (a.revision = $2::int AND a.merged_into IS NULL) AS current
       FROM alerts a LEFT JOIN LATERAL (
         SELECT d.attempt, d.next_attempt_at, d.delivered FROM webhook_deliveries d
         WHERE d.alert_id = a.id AND d.revision = $2::int ORDER BY d.attempt DESC LIMIT 1
       ) l ON TRUE
       WHERE a.id = $1::bigint`,
      [alertId, revision],
    )
    const r = rows[0]
    if (r === undefined || !r.current || !r.due) return null
    const attempt = (r.attempt ?? 0) + 1
    const { rows: made } = await tx.query<{ id: number }>(
      `INSERT INTO webhook_deliveries (alert_id, revision, url, attempt, error, next_attempt_at)
       VALUES ($1::bigint, $2::int, $3::text, $4::int, 'in flight',
         now() + make_interval(secs => $5::float8 / 1000))
       RETURNING id::int AS id`,
      [alertId, revision, url, attempt, leaseMs],
    )
    return { id: made[0]?.id as number, attempt }
  })
}

export interface AttemptOutcome {
  readonly status: number | null
  readonly error: string | null
  readonly delivered: boolean
  /** When to retry; null once delivered or given up. */
  readonly nextAttemptAt: Date | null
}

/** Writes the outcome of a claimed attempt. */
export async function finishAttempt(db: Queryable, id: number, o: AttemptOutcome): Promise<void> {
  await db.query(
    `UPDATE webhook_deliveries SET status = $2::int, error = $3::text, delivered = $4::bool,
       next_attempt_at = $5::timestamptz, at = now()
     WHERE id = $1::bigint`,
    [id, o.status, o.error, o.delivered, o.nextAttemptAt?.toISOString() ?? null],
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
