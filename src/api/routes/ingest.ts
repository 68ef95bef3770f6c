/**
 * @module
 * Ingest from the browser: `POST /api/documents` takes a file (multipart field `file`), a URL
 * (`{url}`, fetched politely with the SSRF guard) or pasted text (`{text, title?, outlet?,
 * published?}`), and runs the same pipeline as `faultline ingest` (`pipeline.ts`): read →
 * extract → store → corroborate → frame. It answers the document id, whether it was new, and its
 * events. `POST /api/documents/:id/reextract` re-creates a stored document's events with the
 * current extractor, re-applying the analyst's corrections. Bodies over `MAX_UPLOAD_BYTES` are
 * refused (413) before they are read whole.
 */
import { Hono } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { z } from 'zod'
import { FaultlineError } from '../../errors.js'
import { readBytes, readText } from '../../ingest/index.js'
import { fetchDocument } from '../../ingest/fetch/index.js'
import { ingestRawDoc, reextractDocument } from '../../pipeline.js'
import { IsoDate } from '../../schema/document.js'
import type { RawDoc } from '../../schema/document.js'
import type { Store } from '../../store/store.js'
import { describeZodError } from '../on-error.js'
import { inTextOrder } from './documents.js'

/** Largest request body (an uploaded PDF or pasted article), in bytes. */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024

const meta = {
  title: z.string().trim().max(500).optional(),
  outlet: z.string().trim().min(1).max(200).optional(),
  published: IsoDate.optional(),
}
export const IngestJsonSchema = z.union([
  z.object({ url: z.url({ protocol: /^https?$/ }), ...meta }).strict(),
  z.object({ text: z.string().min(1), ...meta }).strict(),
])

const tooLarge = () => {
  throw new FaultlineError('E_TOO_LARGE', `the upload is over ${MAX_UPLOAD_BYTES >> 20} MB`, {
    hint: 'split the document, or ingest it with the CLI: faultline ingest <file>',
  })
}

const badBody = (message: string) =>
  new FaultlineError('E_BAD_ARGUMENT', message, {
    hint: 'send multipart/form-data with a file field, or JSON {"url": …} or {"text": …}',
  })

const readOpts = (m: { outlet?: string | undefined; published?: string | undefined }) => ({
  ...(m.outlet ? { outlet: m.outlet } : {}),
  ...(m.published ? { published: m.published } : {}),
  maxBytes: MAX_UPLOAD_BYTES,
})

/** The uploaded or posted document as a RawDoc. */
async function readRequest(req: Request): Promise<RawDoc> {
  const type = req.headers.get('content-type') ?? ''
  if (type.startsWith('multipart/form-data')) {
    const form = await req.formData()
    const file = form.get('file')
    if (!(file instanceof File)) throw badBody("the form has no 'file' field")
    const fields = z.object(meta).safeParse({
      outlet: form.get('outlet') || undefined, published: form.get('published') || undefined,
    })
    if (!fields.success) throw badBody(describeZodError(fields.error))
    const bytes = new Uint8Array(await file.arrayBuffer())
    return readBytes(bytes, `upload:${file.name || 'document'}`, readOpts(fields.data))
  }
  let body: unknown
  try {
    body = await req.json()
  } catch {
    throw badBody('the body is neither a form upload nor JSON')
  }
  const parsed = IngestJsonSchema.safeParse(body)
  if (!parsed.success) throw badBody(describeZodError(parsed.error))
  const input = parsed.data
  const raw = 'url' in input
    ? await fetchDocument(input.url, readOpts(input))
    : readText(input.text, 'paste:text', readOpts(input))
  return input.title ? { ...raw, title: input.title } : raw
}

/** Routes mounted under `/api/documents` beside the document read. */
export function ingestRoutes(store: Store): Hono {
  const app = new Hono()

  app.post('/', bodyLimit({ maxSize: MAX_UPLOAD_BYTES + 64 * 1024, onError: tooLarge }), async (c) => {
    const raw = await readRequest(c.req.raw)
    const result = await ingestRawDoc(store, raw)
    const items = inTextOrder(await store.eventsOfDocument(result.docId))
    return c.json(
      { doc_id: result.docId, created: result.created, title: result.title, events: items.length,
        items },
      result.created ? 201 : 200,
    )
  })

  app.post('/:id/reextract', async (c) => {
    const { docId, events } = await reextractDocument(store, c.req.param('id'))
    const items = inTextOrder(await store.eventsOfDocument(docId))
    return c.json({ doc_id: docId, events, items })
  })

  return app
}
