/**
 * @module
 * The storage contract. One interface over PGlite (embedded, default) and a PostgreSQL server
 * (later issue): same migrations, same SQL. STUB of the contract — implementations live in
 * `src/store/`.
 */
import type { EventFilter, Page } from '../query/filters.js'
import type { RawDoc } from '../schema/document.js'
import type { EventRecord } from '../schema/event.js'

export interface StoredDocument {
  readonly id: string
  readonly source: string
  readonly title: string | null
  readonly outlet: string | null
  readonly author: string | null
  readonly published_at: string | null
  readonly language: string | null
  readonly format: string
  readonly content_hash: string
  readonly ingested_at: string
  readonly text: string
}

export interface IngestResult {
  readonly docId: string
  /** false when a document with the same content hash was already stored (no-op). */
  readonly created: boolean
  readonly events: number
}

export interface ActorSummary {
  readonly name: string
  readonly inter: number
  readonly events: number
}

export interface StoreSummary {
  readonly documents: number
  readonly events: number
  readonly byType: readonly { type: string; count: number }[]
  readonly topActors: readonly { name: string; count: number }[]
  readonly topPlaces: readonly { location: string; country: string; count: number }[]
}

export interface Store {
  /** Stores a document and its events in one transaction; idempotent on content hash. */
  ingest(doc: RawDoc, docId: string, events: readonly EventRecord[]): Promise<IngestResult>
  getDocument(id: string): Promise<StoredDocument | null>
  getEvent(id: string): Promise<EventRecord | null>
  listEvents(filter: EventFilter, page: Page): Promise<{ total: number; items: EventRecord[] }>
  /** All matching events in stable order, streamed in batches (for exports). */
  streamEvents(filter: EventFilter): AsyncIterable<EventRecord>
  eventsOfDocument(docId: string): Promise<EventRecord[]>
  listActors(): Promise<ActorSummary[]>
  summary(): Promise<StoreSummary>
  close(): Promise<void>
}
