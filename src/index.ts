/**
 * @module
 * Faultline as a library: read documents, extract ACLED-style events with evidence, store and
 * query them, serve the API. The CLI (`src/cli`) is a thin shell over these same functions.
 *
 * @example
 * import { openStore, readDocument, ingestRawDoc } from 'faultline'
 * const store = await openStore({ db: 'memory://' })
 * await ingestRawDoc(store, await readDocument('report.html'))
 * const { items } = await store.listEvents({ country: 'Mali' }, { limit: 10, offset: 0 })
 */

// Boundaries: schemas and errors
export * from './schema/index.js'
export { FaultlineError, isFaultlineError } from './errors.js'
export type { ErrorCode } from './errors.js'

// Pipeline: stage order lives in pipeline.ts
export { defaultExtractor, extractRawDoc, ingestPath, ingestRawDoc } from './pipeline.js'

// Ingest: bytes → RawDoc
export { docIdFor, listInputs, readBytes, readDocument, readText } from './ingest/index.js'

// Web: polite fetching (SSRF guard, robots.txt, retries) and RSS/Atom feeds
export { fetchDocument, politeFetch } from './ingest/fetch/index.js'
export { fetchFeed, parseFeed } from './ingest/feed/index.js'

// Extract and resolve
export type { Extractor } from './extract/extractor.js'
export { extractEvents, ruleExtractor } from './extract/index.js'
export { findActorMentions, listActors, resolveActorName } from './resolve/actors/index.js'
export { findPlaceMentions, locateEvent } from './resolve/gazetteer/index.js'

// Corroborate: many reports, one incident, claims side by side
export { buildIncident, sameHappening } from './corroborate/index.js'
export type { Claim, Incident } from './corroborate/index.js'

// Framing lens: loaded language, labels per actor, relations
export { analyzeFraming, framingTable } from './framing/index.js'

// Store and query
export { openStore } from './store/open-store.js'
export type { Store, StoredDocument, StoreSummary } from './store/store.js'
export { EventFilterSchema, PageSchema } from './query/filters.js'
export type { EventFilter, Page } from './query/filters.js'
export { writeExport } from './query/export/index.js'

// Watchlists and alerts: webhook signatures (for receivers), digests
export { signBody, verifySignature } from './watch/webhook-sign.js'
export { buildDigest } from './watch/digest-data.js'
export { digestHtml } from './watch/digest-html.js'
export { digestMarkdown } from './watch/digest-md.js'
export type { Alert, Watchlist, WatchlistInput } from './schema/watchlist.js'

// API
export { createApp } from './api/app.js'
export { serve } from './api/serve.js'
