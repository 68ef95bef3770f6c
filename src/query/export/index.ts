/**
 * @module
 * One entry point for exports: pick a writer by `--format` name. Each writer streams an
 * `AsyncIterable` of events (typically `store.streamEvents(filter)`) to a writable stream, waiting
 * on backpressure, and returns how many records it wrote.
 */
import { FaultlineError } from '../../errors.js'
import type { EventRecord } from '../../schema/event.js'
import { writeAcledCsv } from './acled-csv.js'
import { writeGeojson } from './geojson.js'
import { writeJsonl } from './jsonl.js'

export const EXPORT_FORMATS = ['csv', 'geojson', 'jsonl'] as const
export type ExportFormat = (typeof EXPORT_FORMATS)[number]

/** Events as exports take them: a record, plus its document's outlet when the store joined it. */
export type ExportEvent = EventRecord & { readonly outlet?: string | null }

type Writer = (events: AsyncIterable<ExportEvent>, out: NodeJS.WritableStream) => Promise<number>

const WRITERS: Record<ExportFormat, Writer> = {
  csv: writeAcledCsv,
  geojson: writeGeojson,
  jsonl: writeJsonl,
}

export function isExportFormat(format: string): format is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(format)
}

/**
 * @example
 * const n = await writeExport('csv', store.streamEvents({ country: 'Mali' }), process.stdout)
 */
export async function writeExport(
  format: ExportFormat | (string & {}),
  events: AsyncIterable<ExportEvent>,
  out: NodeJS.WritableStream,
): Promise<number> {
  if (!isExportFormat(format)) {
    const message = `unknown --format ${format}: use csv, geojson or jsonl`
    throw new FaultlineError('E_BAD_ARGUMENT', message, {
      hint: 'pass --format csv, --format geojson or --format jsonl',
    })
  }
  return WRITERS[format](events, out)
}

export { ACLED_COLUMNS, CSV_HEADER, FAULTLINE_COLUMNS, writeAcledCsv } from './acled-csv.js'
export { writeGeojson } from './geojson.js'
export { writeJsonl } from './jsonl.js'
export { INCIDENT_CSV_HEADER, writeIncidentCsv } from './incident-csv.js'
export { streamIncidents, writeIncidentExport } from './incidents.js'
