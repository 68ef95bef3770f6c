/**
 * @module
 * The storage contract. One interface over PGlite (embedded, default) and a PostgreSQL server
 * (later issue): same migrations, same SQL. The implementation is `sql-store.ts` over a
 * `Queryable` (`queryable.ts`); `openStore()` (`open-store.ts`) picks the backend.
 */
import type { LinkAuthor } from './incident-links-repo.js'
import type { Incident } from '../corroborate/incident.js'
import type {
  MapAggregate, MapQuery, OutletCompare, TimelineAggregate, TimelineQuery,
} from '../query/aggregate-schema.js'
import type { EventFilter, Page } from '../query/filters.js'
import type { RawDoc } from '../schema/document.js'
import type { EventRecord } from '../schema/event.js'
import type {
  ChangeKind, ChangePage, Snapshot, SnapshotDiff,
} from '../schema/changes.js'
import type { EventPage } from './event-repo.js'
import type { ActorEdge, ActorProfile, FramingReport } from '../schema/framing.js'
import type { Outlet, OutletPatch } from '../schema/outlet.js'
import type { WatchStore } from './watch-store.js'
import type {
  CodedBy, QueueItem, ReviewInput, ReviewOutcome, ReviewRecord,
} from '../schema/review.js'

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

/** A streamed event with what exports need from its document (`source` in ACLED CSV). */
export type ExportRow = EventRecord & {
  readonly outlet: string | null
  /** machine, or analyst once an analyst confirmed or corrected it (`review-repo.ts`). */
  readonly coded_by?: 'machine' | 'analyst'
}

/** `listChanges` arguments (all optional; `limit` defaults to 1000). */
export interface ChangesQuery {
  readonly since?: string | undefined
  readonly after_seq?: number | undefined
  readonly kinds?: readonly ChangeKind[] | undefined
  readonly limit?: number | undefined
}

/** `framingFor` scope: an actor (typed or canonical name), an outlet, or both. */
export interface FramingQuery {
  readonly actor?: string | undefined
  readonly outlet?: string | undefined
}

/** Watchlists, alerts and webhook deliveries: see `watch-store.ts`. */
export interface Store extends WatchStore {
  /**
   * Stores a document and its events (in text order; `seq` = index) in one transaction:
   * all or nothing. Idempotent on `content_hash`: a known hash returns `created: false` with the
   * stored document's id and event count, and writes nothing. Throws E_BAD_ARGUMENT when an
   * event's `doc_id` is not `docId`, E_DB on a constraint violation (nothing is written).
   */
  ingest(doc: RawDoc, docId: string, events: readonly EventRecord[]): Promise<IngestResult>
  getDocument(id: string): Promise<StoredDocument | null>
  getEvent(id: string): Promise<EventRecord | null>
  /**
   * Newest first (event_date desc, undated last, then event_id); `total` ignores the page and is
   * exact up to `TOTAL_CAP` matches (then a lower bound, `totalExact: false`).
   */
  listEvents(filter: EventFilter, page: Page): Promise<EventPage>
  /**
   * All matching events in stable order (event_date asc, undated last, then event_id), fetched in
   * keyset-paginated batches (default 1000) so memory stays flat whatever the size (for exports).
   */
  streamEvents(filter: EventFilter, opts?: { batchSize?: number }): AsyncIterable<ExportRow>
  eventsOfDocument(docId: string): Promise<EventRecord[]>
  /** Distinct actor1/actor2 names, most events first; `inter` is the name's most common code. */
  listActors(): Promise<ActorSummary[]>
  summary(): Promise<StoreSummary>
  /**
   * Corroboration: links the news reports of a stored document into incidents with the reports of
   * other documents that describe the same happening (only the document's neighbourhood is read).
   * Idempotent. Returns the ids of the incidents holding the document's reports.
   */
  updateIncidents(docId: string): Promise<string[]>
  /** Corroborates the documents stored without it (older databases, restores); returns how many. */
  corroboratePending(): Promise<number>
  /** Incidents with a member report matching `filter`, newest first; `total` ignores the page. */
  listIncidents(filter: EventFilter, page: Page): Promise<{ total: number; items: Incident[] }>
  getIncident(id: string): Promise<Incident | null>
  /** An analyst merges incidents into one (kept when corroboration runs again). */
  mergeIncidents(ids: readonly string[], by: LinkAuthor): Promise<Incident>
  /** An analyst moves reports out of an incident into their own; returns both incidents. */
  splitIncident(id: string, eventIds: readonly string[], by: LinkAuthor): Promise<Incident[]>
  /**
   * Framing lens: analyses a stored document (loaded language, scare quotes, actor labels, stated
   * and event-implied relations) and replaces its framing rows. Idempotent, keyed on the document
   * id; false when there is no such document.
   */
  updateFraming(docId: string): Promise<boolean>
  /** Frames the documents stored without framing (older databases, restores); returns how many. */
  framingPending(): Promise<number>
  /** Outlets × labels (counts, evidence) for an actor and/or outlet, and loaded-language rates. */
  framingFor(query: FramingQuery): Promise<FramingReport>
  /** Actor-graph edges touching `actor` (all when omitted), each with its sources and time span. */
  listActorRelations(actor?: string): Promise<ActorEdge[]>
  /** An actor's registry entry, events summary, edges and framing; null when nothing knows it. */
  getActor(name: string): Promise<ActorProfile | null>
  /** Matching events binned on a grid for the map (dense cells) plus the sparse ones as points. */
  aggregateMap(filter: EventFilter, query: MapQuery): Promise<MapAggregate>
  /** Matching events counted per week or month and type, with fatalities. */
  aggregateTimeline(filter: EventFilter, query: TimelineQuery): Promise<TimelineAggregate>
  /** Per outlet: what it reported of the matching events, and how often it was first. */
  aggregateOutlets(filter: EventFilter): Promise<OutletCompare[]>
  /** Every outlet with its document and event counts, most documents first. */
  listOutlets(): Promise<Outlet[]>
  /** The outlet with this name (any case and spacing), null when unknown. */
  getOutlet(name: string): Promise<Outlet | null>
  /** Edits an outlet (absent fields unchanged); null when unknown unless `create`. */
  updateOutlet(
    name: string,
    patch: OutletPatch,
    opts?: { create?: boolean },
  ): Promise<Outlet | null>
  /** Unreviewed events, those the extractor is least sure of first (`review-queue.ts`). */
  reviewQueue(page: Page): Promise<{ total: number; items: QueueItem[] }>
  /** Confirms, corrects or rejects an event; the audit row and the override in one transaction. */
  reviewEvent(eventId: string, input: ReviewInput): Promise<ReviewOutcome>
  /** An event's audit trail, oldest first (kept after a rejection and across re-extraction). */
  eventAudit(eventId: string): Promise<ReviewRecord[]>
  /** `coded_by` of the given events (absent ids are left out). */
  codingOf(eventIds: readonly string[]): Promise<Record<string, CodedBy>>
  /** Replaces a document's events with re-extracted ones and re-applies analyst overrides. */
  replaceEvents(docId: string, events: readonly EventRecord[]): Promise<number>
  /**
   * The change log, oldest first: entries written at or after `since` (ISO instant) and/or after
   * the cursor `after_seq`, of the given kinds; `next_after` is the cursor to read on from.
   */
  listChanges(query: ChangesQuery): Promise<ChangePage>
  /** Freezes every current event under `name` with a content hash; E_BAD_ARGUMENT if taken. */
  createSnapshot(name: string, note?: string): Promise<Snapshot>
  /** Every snapshot, oldest first. */
  listSnapshots(): Promise<Snapshot[]>
  getSnapshot(name: string): Promise<Snapshot | null>
  /** A snapshot's frozen events in live-export order (E_NOT_FOUND for an unknown name). */
  streamSnapshotEvents(name: string): AsyncIterable<ExportRow>
  /** Events `b` added, changed (with the fields) and removed relative to `a`. */
  diffSnapshots(a: string, b: string): Promise<SnapshotDiff>
  close(): Promise<void>
}
