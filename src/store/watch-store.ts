/**
 * @module
 * The watchlist part of the `Store` contract (`store.ts` extends it): watchlists, the alerts
 * corroboration raises on them, and the webhook delivery log, over the repositories
 * `watchlist-repo.ts`, `alert-repo.ts` and `delivery-repo.ts`. Kept apart so the storage
 * interface of alerting reads in one place.
 */
import type {
  Alert, AlertOutcome, CreatedWatchlist, Delivery, Watchlist, WatchlistInput,
} from '../schema/watchlist.js'
import type { AlertQuery } from './alert-repo.js'
import { evaluateWatchlists, getAlert, listAlerts } from './alert-repo.js'
import type { AttemptOutcome, Claim, PendingDelivery } from './delivery-repo.js'
import {
  claimAttempt, finishAttempt, listDeliveries, pendingDeliveries,
} from './delivery-repo.js'
import type { Queryable } from './queryable.js'
import { addWatchlist, getWatchlist, listWatchlists, removeWatchlist } from './watchlist-repo.js'

export type { AlertQuery, AttemptOutcome, Claim, PendingDelivery }

export interface WatchStore {
  /** Creates a watchlist (E_BAD_ARGUMENT when the name is taken); the secret is shown once. */
  addWatchlist(input: WatchlistInput): Promise<CreatedWatchlist>
  listWatchlists(): Promise<Watchlist[]>
  /** A watchlist by numeric id or by name; null when unknown. */
  getWatchlist(ref: string): Promise<Watchlist | null>
  /** Deletes a watchlist with its alerts and delivery log; false when unknown. */
  removeWatchlist(ref: string): Promise<boolean>
  /**
   * Matches incidents just touched by corroboration against every watchlist: one alert per
   * watchlist and incident, revised (not repeated) when a later report changes the summary.
   */
  evaluateWatchlists(incidentIds: readonly string[]): Promise<AlertOutcome[]>
  /** Alerts, last revised first (the dashboard's notification list with `since`). */
  listAlerts(query: AlertQuery): Promise<Alert[]>
  getAlert(id: number): Promise<Alert | null>
  /** Current alert revisions still to be POSTed to a webhook, each with when it is due. */
  pendingDeliveries(): Promise<PendingDelivery[]>
  /** Claims the next attempt of an alert revision (a logged row with a lease); null if none. */
  claimAttempt(
    alertId: number, revision: number, url: string, leaseMs: number,
  ): Promise<Claim | null>
  /** Writes the outcome of a claimed attempt. */
  finishAttempt(id: number, outcome: AttemptOutcome): Promise<void>
  /** A watchlist's delivery log, newest first. */
  listDeliveries(watchlistId: number): Promise<Delivery[]>
}

/** The watchlist methods over a database. */
export function watchStore(db: Queryable): WatchStore {
  return {
    addWatchlist: (input) => addWatchlist(db, input),
    listWatchlists: () => listWatchlists(db),
    getWatchlist: (ref) => getWatchlist(db, ref),
    removeWatchlist: (ref) => removeWatchlist(db, ref),
    evaluateWatchlists: (ids) => evaluateWatchlists(db, ids),
    listAlerts: (query) => listAlerts(db, query),
    getAlert: (id) => getAlert(db, id),
    pendingDeliveries: () => pendingDeliveries(db),
    claimAttempt: (id, rev, url, lease) => claimAttempt(db, id, rev, url, lease),
    finishAttempt: (id, outcome) => finishAttempt(db, id, outcome),
    listDeliveries: (id) => listDeliveries(db, id),
  }
}
