/**
 * @module
 * The consumer side: the `extract` task handler. It checks the payload, extracts the document's
 * events and stores document and events in one transaction through the ordinary pipeline.
 * Storing is idempotent on the content hash, so a job that runs again after a crash (the worker
 * died after COMMIT but before the queue marked the job done) writes nothing the second time:
 * every document is processed exactly once in effect.
 */
import type { Task } from 'graphile-worker'
import { z } from 'zod'
import { FaultlineError } from '../errors.js'
import type { Extractor } from '../extract/extractor.js'
import { ingestRawDoc } from '../pipeline.js'
import type { RawDoc } from '../schema/document.js'
import type { IngestResult, Store } from '../store/store.js'

const RawDocSchema = z.object({
  source: z.string(),
  text: z.string(),
  title: z.string().nullable(),
  outlet: z.string().nullable(),
  author: z.string().nullable(),
  published_at: z.string().nullable(),
  language: z.string().nullable(),
  format: z.enum(['txt', 'md', 'html', 'pdf']),
  content_hash: z.string().min(1),
})

/** The document in an `extract` job's payload, or E_BAD_ARGUMENT (the job then fails). */
export function payloadDoc(payload: unknown): RawDoc {
  const parsed = z.object({ doc: RawDocSchema }).safeParse(payload)
  if (!parsed.success) {
    throw new FaultlineError('E_BAD_ARGUMENT', `malformed extract job: ${parsed.error.message}`, {
      hint: 'queue documents with faultline ingest --queue',
    })
  }
  return parsed.data.doc
}

export type JobReport = (result: IngestResult & { source: string }) => void

/** The handler for `extract` jobs, storing into `store`; `report` hears each stored result. */
export function extractTask(
  store: Store,
  report: JobReport = () => {},
  extractor?: Extractor,
): Task {
  return async (payload) => {
    const raw = payloadDoc(payload)
    const { docId, created, events } = await ingestRawDoc(store, raw, extractor)
    report({ docId, created, events, source: raw.source })
  }
}
