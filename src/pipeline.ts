/**
 * @module
 * The one place where stage order lives: ingest → extract (→ resolve inside extract) → store →
 * corroborate (link the new reports into incidents with other outlets' reports) → frame (how the
 * outlet labels each actor, relations between actors) → alert (incidents matching a watchlist
 * raise or revise one alert each, then webhooks are delivered: `watch/`).
 * Commands (CLI, API) call these functions instead of wiring stages themselves, so a new stage
 * (corroboration, framing) is added here once.
 */
import { docIdFor, readBytes, readDocument } from './ingest/index.js'
import type { Extractor } from './extract/extractor.js'
import { ruleExtractor } from './extract/index.js'
import type { RawDoc } from './schema/document.js'
import type { EventRecord } from './schema/event.js'
import { FaultlineError } from './errors.js'
import type { IngestResult, Store } from './store/store.js'
import type { AlertOutcome } from './schema/watchlist.js'
import type { DeliverOptions } from './watch/config.js'
import { raiseAlerts } from './watch/raise-alerts.js'

/** The extractor used when none is named: rule-based and fully offline. */
export const defaultExtractor: Extractor = ruleExtractor

export interface IngestOptions {
  readonly outlet?: string
  readonly published?: string
  readonly extractor?: Extractor
}

/** Events of one raw document, under the id the store will give it. */
export function extractRawDoc(raw: RawDoc, extractor: Extractor = defaultExtractor): EventRecord[] {
  const id = docIdFor(raw.content_hash)
  return extractor.extract({ id, text: raw.text, published_at: raw.published_at })
}

/** Reads one file (or `-` with `stdin` bytes), extracts its events and stores both in one transaction. */
export async function ingestPath(
  store: Store,
  path: string,
  opts: IngestOptions & { stdin?: Uint8Array } = {},
): Promise<IngestResult & { title: string | null }> {
  const raw =
    path === '-'
      ? await readBytes(opts.stdin ?? new Uint8Array(), '-', opts)
      : await readDocument(path, opts)
  return ingestRawDoc(store, raw, opts.extractor)
}

/**
 * Stores an already-read document with its events, then corroborates them (incidents). Storing is
 * a no-op when the content hash is known; corroboration is idempotent and runs again anyway, so a
 * document whose corroboration was interrupted is linked on its next ingest.
 */
export async function ingestRawDoc(
  store: Store,
  raw: RawDoc,
  extractor: Extractor = defaultExtractor,
  opts: { alerts?: DeliverOptions } = {},
): Promise<IngestResult & { title: string | null; alerts: AlertOutcome[] }> {
  const events = extractRawDoc(raw, extractor)
  const result = await store.ingest(raw, docIdFor(raw.content_hash), events)
  const incidents = await store.updateIncidents(result.docId)
  // Framing lens: labels, loaded language and relations, replaced per document (idempotent).
  await store.updateFraming(result.docId)
  // Watchlists: one alert per matching incident, revised when this report changed it.
  const alerts = await raiseAlerts(store, incidents, opts.alerts)
  return { ...result, title: raw.title, alerts }
}

/**
 * Re-extracts a stored document (a newer extractor, or to undo analyst rejections' side effects):
 * its events are re-created from the stored text, the analyst's overrides re-applied to them
 * (corrections survive), then incidents and framing are brought up to date.
 */
export async function reextractDocument(
  store: Store,
  docId: string,
  extractor: Extractor = defaultExtractor,
): Promise<{ docId: string; events: number }> {
  const doc = await store.getDocument(docId)
  if (doc === null) {
    throw new FaultlineError('E_NOT_FOUND', `no document with id '${docId}'`, {
      hint: 'document ids are the doc_id field of events (GET /api/events)',
    })
  }
  const events = extractor.extract({ id: docId, text: doc.text, published_at: doc.published_at })
  const kept = await store.replaceEvents(docId, events)
  const incidents = await store.updateIncidents(docId)
  await store.updateFraming(docId)
  await raiseAlerts(store, incidents)
  return { docId, events: kept }
}
