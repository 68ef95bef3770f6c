/**
 * @module
 * Incident-level CSV: one row per incident (one happening, many reports) with each summary value,
 * the rule that chose it and whether the reports disagree, the number of independent outlets,
 * and the claims side by side in compact cells (`fatalities_claims`: `6 (Desert Wire); 8 (Sahel
 * Courier)`). Same RFC 4180 quoting and formula guard as the event CSV (`acled-csv.ts`).
 */
import type { Claim, Incident } from '../../corroborate/incident.js'
import { csvCell } from './acled-csv.js'
import { chunkWriter } from './_write.js'

export const INCIDENT_CSV_HEADER = [
  'incident_id', 'event_type', 'event_date', 'date_rule', 'date_conflict', 'country', 'admin1',
  'location', 'location_rule', 'location_conflict', 'latitude', 'longitude', 'fatalities',
  'fatalities_min', 'fatalities_max', 'fatalities_rule', 'fatalities_conflict', 'perpetrator',
  'perpetrator_rule', 'perpetrator_conflict', 'reports', 'independent_sources', 'outlets',
  'date_claims', 'fatalities_claims', 'perpetrator_claims', 'location_claims', 'event_ids',
] as const

/** Separates claims in a cell; an outlet's name never holds it after `compactName`. */
export const CLAIM_SEPARATOR = '; '

/** A name safe inside a compact cell: no separator, no parentheses to confuse a reader. */
const compactName = (s: string) => s.replace(/;/g, ',').replace(/\s+/g, ' ').trim()

/**
 * `value (Outlet A, Outlet B); other (Outlet C)`: each distinct value once, in the order first
 * claimed, with the outlets that claim it; a report without an outlet shows its document id.
 */
export function claimsCell(
  claims: readonly Claim[],
  valueOf: (c: Claim) => string | number | null,
): string {
  const byValue = new Map<string, string[]>()
  for (const c of claims) {
    const raw = valueOf(c)
    const value = raw === null || raw === '' ? '?' : compactName(String(raw))
    const who = compactName(c.outlet ?? c.doc_id)
    const outlets = byValue.get(value) ?? []
    if (!outlets.includes(who)) outlets.push(who)
    byValue.set(value, outlets)
  }
  return [...byValue].map(([v, o]) => `${v} (${o.join(', ')})`).join(CLAIM_SEPARATOR)
}

const flag = (b: boolean) => (b ? 'true' : 'false')

/** The row's cells in `INCIDENT_CSV_HEADER` order. */
export function incidentCsvRow(i: Incident): (string | number | null)[] {
  const c = i.claims
  return [
    i.id, i.event_type, i.date.value, i.date.rule, flag(i.date.conflict), i.country, i.admin1,
    i.location.value, i.location.rule, flag(i.location.conflict), i.latitude, i.longitude,
    i.fatalities.value, i.fatalities.min, i.fatalities.max, i.fatalities.rule,
    flag(i.fatalities.conflict), i.perpetrator.value, i.perpetrator.rule,
    flag(i.perpetrator.conflict), i.reports, i.independent_sources,
    i.outlets.map(compactName).join(CLAIM_SEPARATOR),
    claimsCell(c, (x) => x.event_date),
    claimsCell(c, (x) => x.fatalities),
    claimsCell(c, (x) => x.actor1),
    claimsCell(c, (x) => x.location),
    c.map((x) => x.event_id).join(' '),
  ]
}

const line = (cells: readonly (string | number | null)[]): string =>
  `${cells.map(csvCell).join(',')}\r\n`

/** Writes the header and one row per incident; returns the number of rows. */
export async function writeIncidentCsv(
  incidents: AsyncIterable<Incident>,
  out: NodeJS.WritableStream,
): Promise<number> {
  const w = chunkWriter(out)
  let n = 0
  await w.write(line(INCIDENT_CSV_HEADER))
  for await (const i of incidents) {
    await w.write(line(incidentCsvRow(i)))
    n++
  }
  await w.flush()
  return n
}
