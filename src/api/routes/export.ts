/**
 * @module
 * `GET /api/export?format=csv|geojson|jsonl[&snapshot=NAME][&filters]`: the export `faultline
 * export` writes, streamed (flat memory whatever the size). With `snapshot` the frozen records of
 * that snapshot, the same bytes on every request (filters are refused: a snapshot is exported
 * whole); without, the live events matching the filters of `/api/events`. Every response carries
 * its citation in `X-Faultline-Citation` (snapshot name and content hash, or the time of the live
 * data), so the body stays clean CSV/GeoJSON/JSON Lines.
 */
import { PassThrough, Readable } from 'node:stream'
import { Hono } from 'hono'
import { z } from 'zod'
import { FaultlineError } from '../../errors.js'
import { liveCitation, snapshotCitation } from '../../query/export/citation.js'
import { EXPORT_FORMATS, writeExport } from '../../query/export/index.js'
import type { Store } from '../../store/store.js'
import { parseFilterQuery } from '../event-query.js'

export const ExportQuerySchema = z.object({
  format: z.enum(EXPORT_FORMATS),
  snapshot: z.string().min(1).max(100).optional(),
})

const CONTENT_TYPES: Record<(typeof EXPORT_FORMATS)[number], string> = {
  csv: 'text/csv; charset=utf-8',
  geojson: 'application/geo+json',
  jsonl: 'application/x-ndjson',
}
const EXTENSIONS = { csv: 'csv', geojson: 'geojson', jsonl: 'jsonl' } as const

/** Routes mounted under `/api/export`. */
export function exportRoutes(store: Store): Hono {
  const app = new Hono()

  app.get('/', async (c) => {
    const { filter, query } = parseFilterQuery(new URL(c.req.url).searchParams, ExportQuerySchema)
    let citation: string
    let rows
    if (query.snapshot !== undefined) {
      if (Object.values(filter).some((v) => v !== undefined)) {
        throw new FaultlineError('E_BAD_ARGUMENT', 'a snapshot is exported whole', {
          hint: 'drop the filter parameters, or export live data without snapshot=',
        })
      }
      const snapshot = await store.getSnapshot(query.snapshot)
      if (snapshot === null) {
        throw new FaultlineError('E_NOT_FOUND', `no snapshot named '${query.snapshot}'`, {
          hint: 'list the snapshots with GET /api/snapshots',
        })
      }
      citation = snapshotCitation({ snapshot })
      rows = store.streamSnapshotEvents(snapshot.name)
    } else {
      // Headers go before the bytes, so no hash of them here: a snapshot gives a citable one.
      citation = liveCitation({ asOf: new Date() })
      rows = store.streamEvents(filter)
    }
    const body = new PassThrough()
    writeExport(query.format, rows, body).then(
      () => body.end(),
      (e: unknown) => body.destroy(e instanceof Error ? e : new Error(String(e))),
    )
    const name = `faultline-${query.snapshot ?? 'live'}.${EXTENSIONS[query.format]}`
    return new Response(Readable.toWeb(body) as ReadableStream, {
      headers: {
        'Content-Type': CONTENT_TYPES[query.format],
        'Content-Disposition': `attachment; filename="${name}"`,
        'X-Faultline-Citation': citation,
      },
    })
  })

  return app
}
