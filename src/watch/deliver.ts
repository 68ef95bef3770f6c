/**
 * @module
 * Webhook delivery. In: the store (pending alert revisions, `store/delivery-repo.ts`) and the
 * delivery settings (`config.ts`). Out: every attempt logged in `webhook_deliveries`, and counts.
 * Each pending revision is POSTed as JSON (`webhookBody`) signed with the watchlist's secret
 * (`X-Faultline-Signature`, `webhook-sign.ts`) under a delivery id that stays the same across
 * retries (`X-Faultline-Delivery: <alert>.<revision>`, so a receiver can drop duplicates). A
 * network error, 408, 429 or 5xx is retried with jittered exponential backoff up to `attempts`;
 * any other answer, or a target the SSRF guard refuses, ends the delivery. Only an alert's
 * latest revision is sent: a revision superseded before it went out is not sent late.
 */
import { isFaultlineError } from '../errors.js'
import { backoffDelay, isRetryableStatus } from '../ingest/fetch/backoff.js'
import type { Alert } from '../schema/watchlist.js'
import type { PendingDelivery } from '../store/delivery-repo.js'
import type { Store } from '../store/store.js'
import type { DeliverOptions, DeliverSettings } from './config.js'
import { deliverSettings } from './config.js'
import { eventLink, incidentLink } from './links.js'
import { postJson } from './post-json.js'
import { DELIVERY_HEADER, SIGNATURE_HEADER, signBody } from './webhook-sign.js'

export interface DeliveryReport {
  readonly delivered: number
  readonly failed: number
  readonly givenUp: number
}

/** The JSON a webhook receives for one alert revision. */
export function webhookBody(alert: Alert, base: string | undefined): string {
  return JSON.stringify({
    watchlist: { id: alert.watchlist_id, name: alert.watchlist },
    alert: {
      id: alert.id, incident_id: alert.incident_id, first_at: alert.first_at,
      updated_at: alert.updated_at, changed: alert.changed,
    },
    revision: alert.revision,
    incident: alert.state,
    links: {
      incident: incidentLink(base, alert.incident_id),
      events: alert.state.event_ids.map((id) => eventLink(base, id)),
    },
  })
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

async function attempt(store: Store, p: PendingDelivery, s: DeliverSettings) {
  const alert = await store.getAlert(p.alertId)
  if (alert === null) return 'gone' as const
  // The lease outlasts the request, so only a crashed sender's attempt is taken over.
  const claim = await store.claimAttempt(p.alertId, p.revision, p.url, s.timeoutMs + 30_000)
  if (claim === null) return 'taken' as const
  const body = webhookBody(alert, s.baseUrl)
  const headers = {
    [SIGNATURE_HEADER]: signBody(body, p.secret),
    [DELIVERY_HEADER]: `${p.alertId}.${p.revision}`,
  }
  let status: number | null = null
  let error: string | null = null
  let final = false
  try {
    status = await postJson(p.url, body, headers, s)
  } catch (e) {
    error = (e as Error).message
    final = isFaultlineError(e) && e.code !== 'E_FETCH'
  }
  const delivered = status !== null && status >= 200 && status < 300
  if (status !== null && !delivered && !isRetryableStatus(status) && status !== 408) final = true
  if (claim.attempt >= s.attempts) final = true
  const wait = backoffDelay(claim.attempt - 1, s.backoffMs)
  const nextAttemptAt = delivered || final ? null : new Date(Date.now() + wait)
  await store.finishAttempt(claim.id, { status, error, delivered, nextAttemptAt })
  return delivered ? ('delivered' as const) : final ? ('gave-up' as const) : ('failed' as const)
}

/**
 * Sends every due delivery once; with `waitForRetries` (the default) it then sleeps until the
 * next retry is due and goes on until each delivery succeeded or gave up, or `maxWaitMs` passed.
 */
export async function deliverPending(
  store: Store,
  opts: DeliverOptions = {},
): Promise<DeliveryReport> {
  const s = deliverSettings(opts)
  const counts = { delivered: 0, failed: 0, givenUp: 0 }
  const started = Date.now()
  for (;;) {
    const pending = await store.pendingDeliveries()
    const now = Date.now()
    const due = pending.filter((p) => p.attempts === 0 || Date.parse(p.dueAt) <= now)
    let sent = 0
    for (const p of due) {
      const r = await attempt(store, p, s)
      if (r !== 'taken' && r !== 'gone') sent++
      if (r === 'delivered') counts.delivered++
      else if (r === 'failed') counts.failed++
      else if (r === 'gave-up') counts.givenUp++
    }
    if (!s.waitForRetries) break
    const left = await store.pendingDeliveries()
    if (left.length === 0) break
    const next = Math.min(...left.map((p) => (p.attempts === 0 ? now : Date.parse(p.dueAt))))
    // Past the budget the retries stay pending for the next run (ingest, `watchlist deliver`).
    if (next - started > s.maxWaitMs) break
    // Nothing sent (another process holds them, or the database clock is behind ours): pause.
    await sleep(Math.max(sent === 0 ? 200 : 0, next - Date.now()))
  }
  return counts
}
