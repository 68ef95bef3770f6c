/**
 * @module
 * `Store` over any `Queryable`: the same SQL serves PGlite today and a PostgreSQL server later.
 * It composes the per-table repositories and owns the one rule that spans tables: a document and
 * its events are written in one transaction, or not at all.
 */
import { FaultlineError } from '../errors.js'
import type { RawDoc } from '../schema/document.js'
import type { EventRecord } from '../schema/event.js'
import { aggregateMap } from '../query/aggregate-map.js'
import { aggregateOutlets } from '../query/aggregate-outlets.js'
import { aggregateTimeline } from '../query/aggregate-timeline.js'
import { labelOf, listChanges, recordChanges } from './change-repo.js'
import { findByHash, getDocument, insertDocument } from './document-repo.js'
import { eventsOfDocument, getEvent, insertEvents, listEvents, streamEvents } from './event-repo.js'
import { corroboratePending, getIncident, listIncidents, updateIncidents } from './incident-repo.js'
import { mergeIncidents, splitIncident } from './incident-links-repo.js'
import { getActor, listActorRelations } from './actor-repo.js'
import { framingFor, framingPending, updateFraming } from './framing-repo.js'
import { getOutlet, listOutlets, updateOutlet } from './outlet-repo.js'
import type { Database } from './queryable.js'
import { listActors, summary } from './stats-repo.js'
import { reviewQueue } from './review-queue.js'
import { replaceEvents } from './review-reapply.js'
import { codingOf, eventAudit, reviewEvent } from './review-repo.js'
import {
  createSnapshot, diffSnapshots, getSnapshot, listSnapshots, streamSnapshotEvents,
} from './snapshot-repo.js'
import type { IngestResult, Store } from './store.js'
import { watchStore } from './watch-store.js'

async function ingest(
  db: Database,
  doc: RawDoc,
  docId: string,
  events: readonly EventRecord[],
): Promise<IngestResult> {
  const stray = events.find((e) => e.doc_id !== docId)
  if (stray !== undefined) {
    const message = `event ${stray.event_id} belongs to ${stray.doc_id}, not ${docId}`
    throw new FaultlineError('E_BAD_ARGUMENT', message, {
      hint: 'ingest a document with the events extracted from it (same doc_id)',
    })
  }
  return db.transaction(async (tx) => {
    if (!(await insertDocument(tx, doc, docId))) {
      const known = await findByHash(tx, doc.content_hash)
      // Only reachable if the row vanished between the two statements (a concurrent delete).
      if (known === null) throw new FaultlineError('E_DB', `document ${docId} could not be stored`)
      return { docId: known.id, created: false, events: known.events }
    }
    await insertEvents(tx, docId, events)
    const reason = `ingested ${labelOf(doc.title, docId)}`
    await recordChanges(tx, events.map((e) => ({ event_id: e.event_id, doc_id: docId,
      kind: 'added' as const, reason, after: { ...e, coded_by: 'machine' } })))
    return { docId, created: true, events: events.length }
  })
}

/** The store over an open, migrated database; `close()` closes the database. */
export function createSqlStore(db: Database): Store {
  return {
    ingest: (doc, docId, events) => ingest(db, doc, docId, events),
    getDocument: (id) => getDocument(db, id),
    getEvent: (id) => getEvent(db, id),
    listEvents: (filter, page) => listEvents(db, filter, page),
    streamEvents: (filter, opts) => streamEvents(db, filter, opts?.batchSize),
    eventsOfDocument: (docId) => eventsOfDocument(db, docId),
    listActors: () => listActors(db),
    summary: () => summary(db),
    updateIncidents: (docId) => updateIncidents(db, docId),
    corroboratePending: () => corroboratePending(db),
    listIncidents: (filter, page) => listIncidents(db, filter, page),
    getIncident: (id) => getIncident(db, id),
    mergeIncidents: (ids, by) => mergeIncidents(db, ids, by),
    splitIncident: (id, eventIds, by) => splitIncident(db, id, eventIds, by),
    updateFraming: (docId) => updateFraming(db, docId),
    framingPending: () => framingPending(db),
    framingFor: (query) => framingFor(db, query),
    listActorRelations: (actor) => listActorRelations(db, actor),
    getActor: (name) => getActor(db, name),
    aggregateMap: (filter, query) => aggregateMap(db, filter, query),
    aggregateTimeline: (filter, query) => aggregateTimeline(db, filter, query),
    aggregateOutlets: (filter) => aggregateOutlets(db, filter),
    listOutlets: () => listOutlets(db),
    getOutlet: (name) => getOutlet(db, name),
    updateOutlet: (name, patch, opts) => updateOutlet(db, name, patch, opts),
    reviewQueue: (page) => reviewQueue(db, page),
    reviewEvent: (id, input) => reviewEvent(db, id, input),
    eventAudit: (id) => eventAudit(db, id),
    codingOf: (ids) => codingOf(db, ids),
    replaceEvents: (docId, events) => replaceEvents(db, docId, events),
    ...watchStore(db),
    listChanges: (q) => listChanges(db, { since: q.since, after: q.after_seq, kinds: q.kinds,
      limit: q.limit }),
    createSnapshot: (name, note) => createSnapshot(db, name, note),
    listSnapshots: () => listSnapshots(db),
    getSnapshot: (name) => getSnapshot(db, name),
    streamSnapshotEvents: (name) => streamSnapshotEvents(db, name),
    diffSnapshots: (a, b) => diffSnapshots(db, a, b),
    close: () => db.close(),
  }
}
