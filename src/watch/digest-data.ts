/**
 * @module
 * What a digest says, gathered from the store. In: a watchlist, a period (a day or a week
 * ending with `date`, UTC) and the dashboard's base URL. Out: a `Digest`: the alerts raised or
 * revised in the period with, per alert, the claims the outlets disagree on (outlet by outlet)
 * and evidence quotes (the events' evidence spans, the very text the values rest on) with links;
 * counts by event type and the death toll. The writers (`digest-md.ts`, `digest-html.ts`) only
 * format this.
 */
import { FaultlineError } from '../errors.js'
import type { Span } from '../schema/event.js'
import type { Alert, Watchlist } from '../schema/watchlist.js'
import type { Store } from '../store/store.js'
import { eventLink, incidentLink } from './links.js'
import type { Town } from './map-svg.js'
import { mapFrame } from './map-svg.js'
import { referenceTowns } from './map-towns.js'

export type Period = 'day' | 'week'

export interface Quote {
  readonly outlet: string | null
  readonly text: string
  /** The fields the quoted spans support (type, actor1, fatalities…). */
  readonly fields: readonly string[]
  readonly event: string
  readonly link: string
  /** The document's own address when it was fetched from the web. */
  readonly source: string | null
}

export interface DigestItem {
  readonly alert: Alert
  readonly link: string
  /** Conflicting fields with each outlet's value, e.g. fatalities: [["River Post", "8"], …]. */
  readonly disagreements: readonly { field: string; claims: readonly [string, string][] }[]
  readonly quotes: readonly Quote[]
}

export interface Digest {
  readonly watchlist: Watchlist
  readonly period: Period
  readonly from: string
  readonly to: string
  readonly items: readonly DigestItem[]
  readonly byType: readonly { type: string; count: number }[]
  readonly fatalities: number
  /** Reference towns for the map around the alerts' points. */
  readonly towns: readonly Town[]
}

const QUOTES_PER_ALERT = 6
const QUOTE_MAX = 400
const CLAIM_FIELD = { fatalities: 'fatalities', perpetrator: 'actor1', date: 'event_date',
  location: 'location' } as const

/** `[from, to)` of the period ending with day `date` (YYYY-MM-DD), as ISO instants. */
export function periodBounds(period: Period, date: string): { from: string; to: string } {
  const end = Date.parse(`${date}T00:00:00Z`)
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(end)) {
    throw new FaultlineError('E_BAD_ARGUMENT', `not a date: ${date}`, { hint: 'use YYYY-MM-DD' })
  }
  const to = end + 86_400_000
  const from = to - (period === 'week' ? 7 : 1) * 86_400_000
  return { from: new Date(from).toISOString(), to: new Date(to).toISOString() }
}

/**
 * The sentence(s) holding an event's evidence spans: from the sentence start before the first
 * span to the sentence end after the last, whitespace folded; the spans alone (joined by …) when
 * that is longer than `QUOTE_MAX`. Null without spans.
 */
export function quoteOf(text: string, spans: readonly Span[]): string | null {
  if (spans.length === 0) return null
  const from = Math.min(...spans.map((sp) => sp.start))
  const to = Math.max(...spans.map((sp) => sp.end))
  const before = text.slice(0, from).search(/[.!?\n][^.!?\n]*$/)
  const after = text.slice(to).search(/[.!?\n]/)
  const start = before < 0 ? 0 : before + 1
  const end = after < 0 ? text.length : to + after + 1
  const fold = (t: string) => t.replace(/\s+/g, ' ').trim()
  const whole = fold(text.slice(start, end))
  if (whole.length <= QUOTE_MAX) return whole
  const ordered = [...spans].sort((a, b) => a.start - b.start)
  const parts = fold(ordered.map((sp) => sp.text).join(' … '))
  return parts.length > QUOTE_MAX ? `${parts.slice(0, QUOTE_MAX - 1)}…` : parts
}

async function itemOf(store: Store, alert: Alert, base: string | undefined): Promise<DigestItem> {
  const incident = await store.getIncident(alert.incident_id)
  const disagreements = alert.state.conflicts.flatMap((field) => {
    const key = CLAIM_FIELD[field as keyof typeof CLAIM_FIELD]
    if (incident === null || key === undefined) return []
    const claims = incident.claims.map((c) =>
      [c.outlet ?? 'unknown outlet', String(c[key] ?? 'unknown')] as [string, string])
    return [{ field, claims }]
  })
  const quotes: Quote[] = []
  for (const id of alert.state.event_ids) {
    const event = await store.getEvent(id)
    if (event === null) continue
    const doc = await store.getDocument(event.doc_id)
    const text = doc === null ? null : quoteOf(doc.text, event.evidence)
    if (doc === null || text === null) continue
    quotes.push({
      outlet: doc.outlet, event: id, text, link: eventLink(base, id),
      fields: [...new Set(event.evidence.flatMap((sp) => sp.field ?? []))],
      source: /^https?:\/\//.test(doc.source) ? doc.source : null,
    })
  }
  return {
    alert, link: incidentLink(base, alert.incident_id), disagreements,
    quotes: quotes.slice(0, QUOTES_PER_ALERT),
  }
}

/** Gathers the digest of `watchlist` for the period ending with `date` (default today, UTC). */
export async function buildDigest(
  store: Store,
  watchlist: Watchlist,
  opts: { period: Period; date?: string | undefined; base?: string | undefined },
): Promise<Digest> {
  const date = opts.date ?? new Date().toISOString().slice(0, 10)
  const { from, to } = periodBounds(opts.period, date)
  // Raised or revised in the period; each shows its current state (later revisions included).
  const inPeriod = await store.listAlerts({
    watchlistId: watchlist.id, period: { from, to }, limit: 1000,
  })
  const items: DigestItem[] = []
  for (const a of inPeriod) items.push(await itemOf(store, a, opts.base))
  const counts = new Map<string, number>()
  for (const { state: s } of inPeriod) counts.set(s.event_type, (counts.get(s.event_type) ?? 0) + 1)
  const frame = mapFrame(inPeriod.flatMap(({ state: s }) =>
    s.latitude === null || s.longitude === null ? [] : [{ lat: s.latitude, lon: s.longitude }]))
  return {
    watchlist, period: opts.period, from, to, items,
    towns: frame === null ? [] : referenceTowns(frame),
    byType: [...counts].map(([type, count]) => ({ type, count }))
      .sort((a, b) => b.count - a.count || a.type.localeCompare(b.type)),
    fatalities: inPeriod.reduce((n, a) => n + a.state.fatalities, 0),
  }
}
