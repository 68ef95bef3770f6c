/**
 * @module
 * `faultline ingest --queue`: reads each input like `ingest` does (files, `-`, http(s) URLs) but
 * queues one `extract` job per document on the PostgreSQL server instead of extracting here;
 * `faultline worker` does the rest. Per-input problems are reported and skipped (exit 3) as in
 * plain ingest; documents already stored are not queued again.
 * @internal
 */
import { isFaultlineError } from '../../errors.js'
import { fetchDocument } from '../../ingest/fetch/index.js'
import { readBytes, readDocument } from '../../ingest/index.js'
import { enqueueDocument } from '../../queue/enqueue.js'
import { prepareQueue, requireServer } from '../../queue/queue-setup.js'
import type { RawDoc } from '../../schema/document.js'
import { openDatabase, storeLocation } from '../../store/open-store.js'
import { EXIT } from '../_exit-codes.js'
import { describeError, info, out } from '../_output.js'

export interface EnqueueInputsOptions {
  readonly db?: string | undefined
  readonly json?: boolean | undefined
  readonly outlet?: string
  readonly published?: string
  readonly allowPrivate?: boolean
  readonly stdin?: Uint8Array | undefined
}

const isUrl = (s: string) => /^https?:\/\//i.test(s)

function read(path: string, o: EnqueueInputsOptions): Promise<RawDoc> {
  const meta = {
    ...(o.outlet ? { outlet: o.outlet } : {}),
    ...(o.published ? { published: o.published } : {}),
  }
  if (isUrl(path)) return fetchDocument(path, { ...meta, allowPrivate: o.allowPrivate === true })
  if (path === '-') return readBytes(o.stdin ?? new Uint8Array(), '-', meta)
  return readDocument(path, meta)
}

/** Queues `inputs` (already expanded: folders walked) and reports like `ingest`. */
export async function enqueueInputs(inputs: readonly string[], o: EnqueueInputsOptions) {
  const url = requireServer(storeLocation(o.db))
  const { db } = await openDatabase({ db: url })
  let queued = 0
  let stored = 0
  let skipped = 0
  try {
    await prepareQueue(db, url)
    for (const path of inputs) {
      try {
        const r = await enqueueDocument(db, await read(path, o))
        if (r.queued) queued++
        else stored++
        if (o.json) out(JSON.stringify({ path, doc_id: r.docId, queued: r.queued }))
        else if (r.queued) info(`queued ${path} [${r.docId}]`)
        else info(`unchanged ${path}: already stored as ${r.docId}`)
      } catch (error) {
        if (!isFaultlineError(error) || error.code === 'E_DB') throw error
        skipped++
        const why = describeError(error)
        if (o.json) out(JSON.stringify({ path, error: { code: error.code, message: why } }))
        info(`skipped ${path}: ${why}`)
      }
    }
  } finally {
    await db.close()
  }
  info(`${queued} queued for 'faultline worker', ${stored} already stored, ${skipped} skipped`)
  if (skipped > 0) process.exitCode = queued + stored > 0 ? EXIT.partial : EXIT.failure
}
