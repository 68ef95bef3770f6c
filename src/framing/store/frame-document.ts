/**
 * @module
 * One stored document → the rows the store keeps for the framing lens and the actor graph: its
 * loaded-language spans, scare quotes and rates, the labels it gives each actor, the relations
 * its text states, and the relations its events imply (actor1 attacks actor2 → `hostile_to`, with
 * the event's evidence and date). Pure; the outlet falls back to 'unknown outlet' and the
 * country given to `analyzeFraming` is the one most of the document's news events happened in.
 */
import type { EventRecord } from '../../schema/event.js'
import { analyzeFraming } from '../index.js'
import type { Relation, Span } from '../types.js'
import { keepsEdge, sameActor } from './edge-rules.js'
import { registryEntry } from './registry-entry.js'

export const UNKNOWN_OUTLET = 'unknown outlet'

/** Event types where actor1 acts against actor2. */
const HOSTILE_TYPES = new Set([
  'Battles',
  'Violence against civilians',
  'Explosions/Remote violence',
  'Riots',
])
/** Event evidence kept for an implied relation, in characters. */
const MAX_EVIDENCE = 300

export interface FramedDocInput {
  readonly id: string
  readonly text: string
  readonly outlet: string | null
  readonly published_at: string | null
}

export interface LabelRow {
  readonly actor: string
  readonly label: string
  readonly start: number
  readonly end: number
  readonly loaded: boolean
  readonly quoted: boolean
  readonly via: string
  readonly org: string | null
}

export interface RelationRow {
  readonly a: string
  readonly relation: string
  readonly b: string
  readonly start: number
  readonly end: number
  readonly text: string
  readonly origin: 'text' | 'event'
  readonly event_id: string | null
  readonly observed_on: string | null
}

export interface DocumentFraming {
  readonly outlet: string
  readonly words: number
  /** Loaded and name-calling spans in the outlet's own voice. */
  readonly loadedCount: number
  readonly loadedRate: number
  readonly loadedRateAll: number
  readonly loaded: readonly Span[]
  readonly scareQuotes: readonly Span[]
  readonly labels: readonly LabelRow[]
  readonly relations: readonly RelationRow[]
}

/**
 * The country most of the news events happened in (ties: alphabetical), or null. Context events
 * (a past war recalled in passing) do not make the document's country.
 */
export function mainCountry(events: readonly EventRecord[]): string | null {
  const counts = new Map<string, number>()
  for (const e of events) {
    if (e.country && e.tier === 'news') counts.set(e.country, (counts.get(e.country) ?? 0) + 1)
  }
  const sorted = [...counts].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))
  return sorted[0]?.[0] ?? null
}

/** actor1 attacks actor2 → `hostile_to`, evidence from the type and actor spans. */
export function eventRelations(text: string, events: readonly EventRecord[]): RelationRow[] {
  const out: RelationRow[] = []
  const said = new Set<string>()
  for (const e of events) {
    if (!HOSTILE_TYPES.has(e.event_type) || !keepsEdge(e.actor1, e.actor2, e.inter1)) continue
    const core = e.evidence.filter((s) => ['type', 'actor1', 'actor2'].includes(s.field ?? ''))
    const spans = core.length > 0 ? core : e.evidence
    const start = Math.min(...spans.map((s) => s.start), text.length)
    const end = Math.max(...spans.map((s) => s.end), start)
    // Events split from one passage (one attack, two places) support the edge once.
    const key = `${e.actor1}\u0000${e.actor2}\u0000${start}\u0000${end}`
    if (said.has(key)) continue
    said.add(key)
    const slice = text.slice(start, end)
    out.push({
      a: e.actor1,
      relation: 'hostile_to',
      b: e.actor2,
      start,
      end,
      text: slice.length > MAX_EVIDENCE ? `${slice.slice(0, MAX_EVIDENCE - 1)}…` : slice,
      origin: 'event',
      event_id: e.event_id,
      observed_on: e.event_date,
    })
  }
  return out
}

/** A stated hostility that an event of the same pair already implies from the same words. */
function restates(r: Relation, implied: readonly RelationRow[]): boolean {
  if (r.kind !== 'hostile_to') return false
  return implied.some((e) => {
    // One actor may be named by another period or unit in the text ('Islamic State').
    const pair =
      (sameActor(e.a, r.a) && sameActor(e.b, r.b)) || (sameActor(e.a, r.b) && sameActor(e.b, r.a))
    return pair && e.start < r.end && r.start < e.end
  })
}

/** The registry's inter code of a stated hostility's author ('the ICRC' is civilian: 7). */
function textInter(r: Relation): number | undefined {
  return r.kind === 'hostile_to' ? registryEntry(r.a)?.inter : undefined
}

/** Runs the framing lens on a stored document and shapes what the store keeps. */
export function frameDocument(
  doc: FramedDocInput,
  events: readonly EventRecord[],
): DocumentFraming {
  const outlet = doc.outlet?.trim() || UNKNOWN_OUTLET
  const country = mainCountry(events)
  const f = analyzeFraming(doc.text, {
    outlet,
    published: doc.published_at,
    ...(country ? { country } : {}),
  })
  const published = doc.published_at?.slice(0, 10) ?? null
  const implied = eventRelations(doc.text, events)
  return {
    outlet,
    words: f.words,
    loadedCount: f.loaded.filter((s) => !s.quoted).length,
    loadedRate: f.loadedRate,
    loadedRateAll: f.loadedRateAll,
    loaded: f.loaded,
    scareQuotes: f.scareQuotes,
    labels: f.labels.map((l) => ({
      actor: l.actor,
      label: l.label,
      start: l.start,
      end: l.end,
      loaded: l.loaded,
      quoted: l.quoted === true,
      via: l.via,
      org: l.org ?? null,
    })),
    relations: [
      ...f.relations
        .filter((r) => keepsEdge(r.a, r.b, textInter(r), r.kind) && !restates(r, implied))
        .map((r) => ({
          a: r.a,
          relation: r.kind,
          b: r.b,
          start: r.start,
          end: r.end,
          text: r.evidence,
          origin: 'text' as const,
          event_id: null,
          observed_on: published,
        })),
      ...implied,
    ],
  }
}
