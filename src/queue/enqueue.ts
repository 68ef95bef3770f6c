/**
 * @module
 * The producer side of the queue: one `extract` job per document, carrying the whole `RawDoc`
 * in its payload. Nothing is written to the store yet; the worker stores the document and its
 * events together in one transaction (`extract-task.ts`), so a document is either fully stored or
 * still queued, never half-done. A document whose content hash is already stored is not queued,
 * and the job key (the document id) keeps a document queued twice from running twice.
 */
import { docIdFor } from '../ingest/index.js'
import type { RawDoc } from '../schema/document.js'
import { findByHash } from '../store/document-repo.js'
import type { Queryable } from '../store/queryable.js'
import { EXTRACT_TASK } from './queue-setup.js'

/** Attempts before a failing job is left as failed (graphile-worker backs off between them). */
export const MAX_ATTEMPTS = 5

export interface EnqueueResult {
  readonly docId: string
  /** false when the document is already stored: nothing was queued. */
  readonly queued: boolean
}

/** The payload of an `extract` job. */
export interface ExtractPayload {
  readonly doc: RawDoc
}

/** Queues `raw` for extraction unless it is already stored (the queue must be prepared). */
export async function enqueueDocument(db: Queryable, raw: RawDoc): Promise<EnqueueResult> {
  const docId = docIdFor(raw.content_hash)
  return db.transaction(async (tx) => {
    const known = await findByHash(tx, raw.content_hash)
    if (known !== null) return { docId: known.id, queued: false }
    const payload: ExtractPayload = { doc: raw }
    await tx.query(
      `SELECT graphile_worker.add_job(identifier => $1::text, payload => $2::json,
         max_attempts => $3::int, job_key => $4::text)`,
      [EXTRACT_TASK, JSON.stringify(payload), MAX_ATTEMPTS, docId],
    )
    return { docId, queued: true }
  })
}
