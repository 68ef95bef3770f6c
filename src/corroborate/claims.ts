/**
 * @module
 * From the reports of one incident to its record: every claim side by side with its outlet and
 * document, independent sources counted, and a summary value per field chosen by a stated rule,
 * never averaged. Pure; the store passes each report with its document's outlet and fingerprint.
 *
 * Rules:
 * - fatalities: the lowest count among reports not hedged (ACLED's conservative convention),
 *   else the lowest hedged count; a 0 (no count reported) beside a stated count is no claim of
 *   zero and no conflict; `min`/`max` give the range of all claims.
 * - perpetrator (actor1): a named actor over 'Unidentified…'; among several named ones, the one
 *   most independent sources give, then the longest (most specific) name, then alphabetical.
 * - date: the earliest date among the reports with the finest time precision.
 * - location: the report with the finest geo precision, then the smallest event id.
 * - independent sources: reports from the same outlet count once; documents whose fingerprints
 *   are near duplicates (republished wire copy) count once.
 */
import type { EventRecord, EventType } from '../schema/event.js'
import { EVENT_TYPES } from '../schema/event.js'
import { nearDuplicate } from './fingerprint.js'
import type { Claim, Incident } from './incident.js'
import { isGenericActor, normalizeName } from './same-event.js'

/** A member report with what the incident needs from its document. */
export type IncidentReport = EventRecord & {
  readonly outlet: string | null
  readonly fingerprint: string | null
}

const byId = (a: { event_id: string }, b: { event_id: string }) =>
  a.event_id < b.event_id ? -1 : a.event_id > b.event_id ? 1 : 0

/** Source number per document: same outlet or near-duplicate text → same number (first seen). */
export function independentSources(reports: readonly IncidentReport[]): Map<string, number> {
  const docs = [...new Map(reports.map((r) => [r.doc_id, r])).values()].sort((a, b) =>
    a.doc_id < b.doc_id ? -1 : 1,
  )
  const parent = docs.map((_, i) => i)
  const find = (i: number): number => (parent[i] === i ? i : find(parent[i] ?? i))
  const outletKey = (o: string | null) => (o === null || o.trim() === '' ? null : normalizeName(o))
  for (let i = 0; i < docs.length; i++) {
    for (let j = i + 1; j < docs.length; j++) {
      const a = docs[i]
      const b = docs[j]
      if (a === undefined || b === undefined) continue
      const sameOutlet = outletKey(a.outlet) !== null && outletKey(a.outlet) === outletKey(b.outlet)
      if (sameOutlet || nearDuplicate(a.fingerprint, b.fingerprint)) {
        parent[Math.max(find(i), find(j))] = Math.min(find(i), find(j))
      }
    }
  }
  const roots = new Map<number, number>()
  const out = new Map<string, number>()
  docs.forEach((d, i) => {
    const root = find(i)
    if (!roots.has(root)) roots.set(root, roots.size)
    out.set(d.doc_id, roots.get(root) ?? 0)
  })
  return out
}

function fatalities(claims: readonly Claim[]): Incident['fatalities'] {
  const counts = claims.map((c) => c.fatalities)
  // ACLED's 0 is 'no count reported': beside a report that gives a count it contradicts nothing.
  const stating = counts.some((n) => n > 0) ? claims.filter((c) => c.fatalities > 0) : claims
  const firm = stating.filter((c) => c.certainty === 'reported').map((c) => c.fatalities)
  const pool = firm.length > 0 ? firm : stating.map((c) => c.fatalities)
  const [min, max] = [Math.min(...counts), Math.max(...counts)]
  const rule = firm.length > 0
    ? 'lowest count among reports not hedged'
    : 'lowest hedged count (no firm report)'
  const conflict = new Set(stating.map((c) => c.fatalities)).size > 1
  return { value: Math.min(...pool), conflict, rule, min, max }
}

function perpetrator(claims: readonly Claim[]): Incident['perpetrator'] {
  const names = [...new Set(claims.map((c) => c.actor1).filter((n) => n.trim() !== ''))]
  const distinct = new Set(names.map(normalizeName))
  const named = names.filter((n) => !isGenericActor(n))
  const sources = (n: string) =>
    new Set(claims.filter((c) => normalizeName(c.actor1) === normalizeName(n)).map((c) => c.source))
      .size
  const ranked = (named.length > 0 ? named : names).sort(
    (a, b) => sources(b) - sources(a) || b.length - a.length || (a < b ? -1 : a > b ? 1 : 0),
  )
  return {
    value: ranked[0] ?? '',
    conflict: distinct.size > 1,
    rule: 'named actor over unidentified; then most independent sources, longest name',
  }
}

function date(claims: readonly Claim[]): Incident['date'] {
  const dated = claims.filter((c) => c.event_date !== null)
  const finest = Math.min(...dated.map((c) => c.time_precision))
  const best = dated.filter((c) => c.time_precision === finest).map((c) => c.event_date as string)
  return {
    value: best.sort()[0] ?? null,
    conflict: new Set(dated.map((c) => c.event_date)).size > 1,
    rule: 'earliest date among the reports with the finest time precision',
  }
}

function majorityType(claims: readonly Claim[]): EventType {
  const count = (t: EventType) => claims.filter((c) => c.event_type === t).length
  const types = [...EVENT_TYPES].sort((a, b) => count(b) - count(a))
  return types[0] ?? 'Battles'
}

/** The incident record of `reports` (all members of incident `id`, at least one). */
export function buildIncident(id: string, reports: readonly IncidentReport[]): Incident {
  const sorted = [...reports].sort(byId)
  const source = independentSources(sorted)
  const claims: Claim[] = sorted.map((r) => ({
    event_id: r.event_id, doc_id: r.doc_id, outlet: r.outlet, source: source.get(r.doc_id) ?? 0,
    event_date: r.event_date, time_precision: r.time_precision, event_type: r.event_type,
    sub_event_type: r.sub_event_type, actor1: r.actor1, actor2: r.actor2,
    fatalities: r.fatalities, certainty: r.certainty, country: r.country, admin1: r.admin1,
    location: r.location, latitude: r.latitude, longitude: r.longitude,
    geo_precision: r.geo_precision,
  }))
  const place = [...claims].sort((a, b) => a.geo_precision - b.geo_precision || byId(a, b))[0]
  if (place === undefined) throw new Error(`incident ${id} has no reports`)
  const outlets = [...new Set(claims.flatMap((c) => (c.outlet ? [c.outlet] : [])))].sort()
  return {
    id,
    event_type: majorityType(claims),
    date: date(claims),
    location: {
      value: place.location,
      conflict: new Set(claims.map((c) => normalizeName(c.location))).size > 1,
      rule: 'the report with the finest geo precision',
    },
    country: place.country, admin1: place.admin1,
    latitude: place.latitude, longitude: place.longitude,
    fatalities: fatalities(claims),
    perpetrator: perpetrator(claims),
    reports: claims.length,
    independent_sources: new Set(source.values()).size,
    outlets,
    claims,
  }
}
