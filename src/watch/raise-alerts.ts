/**
 * @module
 * The alerting stage of the pipeline. In: the incidents corroboration just touched. Out: the
 * alerts raised or revised (`store.evaluateWatchlists`), whose webhooks are then delivered
 * (`deliver.ts`) unless `deliver: false`, with any earlier delivery still due. A webhook failure
 * never fails an ingest: it is logged in the delivery log and retried.
 */
import type { AlertOutcome } from '../schema/watchlist.js'
import type { Store } from '../store/store.js'
import type { DeliverOptions } from './config.js'
import { deliverSettings } from './config.js'
import { deliverPending } from './deliver.js'

export async function raiseAlerts(
  store: Store,
  incidentIds: readonly string[],
  opts: DeliverOptions = {},
): Promise<AlertOutcome[]> {
  const outcomes = await store.evaluateWatchlists(incidentIds)
  // Deliveries left pending by an earlier run (retries due, a restart) go out here too; only
  // this run's own alerts are worth waiting for.
  if (deliverSettings(opts).deliver) {
    try {
      await deliverPending(store, outcomes.length > 0 ? opts : { ...opts, waitForRetries: false })
    } catch (e) {
      process.emitWarning(`webhook delivery failed: ${(e as Error).message}`)
    }
  }
  return outcomes
}
