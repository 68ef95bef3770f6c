/**
 * @module
 * ACLED-style CSV export: ACLED's columns in ACLED's order, then Faultline's own (`certainty`,
 * `tier`, `doc_id`, `evidence` as JSON, `coded_by`: machine, or analyst once reviewed). RFC 4180
 * quoting with CRLF line ends; text cells that a spreadsheet would run as a formula (starting `=`,
 * `+`, `-`, `@`, tab or CR) get a leading apostrophe. `notes` is the evidence text in text order; `source` is the document's outlet.
 */
import type { EventRecord } from '../../schema/event.js'
import { chunkWriter } from './_write.js'

export const ACLED_COLUMNS = [
  'event_id_cnty', 'event_date', 'year', 'time_precision', 'event_type', 'sub_event_type',
  'actor1', 'assoc_actor_1', 'inter1', 'actor2', 'assoc_actor_2', 'inter2', 'interaction',
  'country', 'admin1', 'admin2', 'admin3', 'location', 'latitude', 'longitude', 'geo_precision',
  'source', 'notes', 'fatalities',
] as const
export const FAULTLINE_COLUMNS = ['certainty', 'tier', 'doc_id', 'evidence', 'coded_by'] as const
export const CSV_HEADER = [...ACLED_COLUMNS, ...FAULTLINE_COLUMNS]

/** Separator between evidence snippets in `notes`. */
export const NOTES_SEPARATOR = ' … '

/** ACLED's interaction code: both inter codes, smaller first (13), or 10 × a sole actor's (60). */
export function interaction(inter1: number, inter2: number): number | null {
  const codes = [inter1, inter2].filter((c) => c > 0).sort((a, b) => a - b)
  const [a, b] = codes
  if (a === undefined) return null
  return b === undefined ? 10 * a : 10 * a + b
}

/** One RFC 4180 cell: numbers as is; text guarded against formulas, quoted when needed. */
export function csvCell(value: string | number | null): string {
  if (value === null) return ''
  if (typeof value === 'number') return String(value)
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** Evidence snippets in text order, each once. */
function notes(e: EventRecord): string {
  const inOrder = [...e.evidence].sort((a, b) => a.start - b.start)
  const texts = inOrder.map((s) => s.text.trim()).filter((t) => t !== '')
  return [...new Set(texts)].join(NOTES_SEPARATOR)
}

/** The row's cells in `CSV_HEADER` order. */
export function csvRow(
  e: EventRecord & { outlet?: string | null; coded_by?: string },
): (string | number | null)[] {
  return [
    e.event_id, e.event_date, e.event_date === null ? null : Number(e.event_date.slice(0, 4)),
    e.time_precision, e.event_type, e.sub_event_type, e.actor1, e.assoc_actor_1, e.inter1,
    e.actor2, e.assoc_actor_2, e.inter2, interaction(e.inter1, e.inter2), e.country, e.admin1,
    e.admin2, '', e.location, e.latitude, e.longitude, e.geo_precision, e.outlet ?? '', notes(e),
    e.fatalities, e.certainty, e.tier, e.doc_id, JSON.stringify(e.evidence), e.coded_by ?? 'machine',
  ]
}

const line = (cells: readonly (string | number | null)[]): string =>
  `${cells.map(csvCell).join(',')}\r\n`

/** Writes the header and one row per event; returns the number of rows (header excluded). */
export async function writeAcledCsv(
  events: AsyncIterable<EventRecord & { outlet?: string | null }>,
  out: NodeJS.WritableStream,
): Promise<number> {
  const w = chunkWriter(out)
  let n = 0
  await w.write(line(CSV_HEADER))
  for await (const e of events) {
    await w.write(line(csvRow(e)))
    n++
  }
  await w.flush()
  return n
}
