/**
 * @module
 * Aggregation across documents: rows outlet × actor × label with counts and evidence, and each
 * outlet's loaded-language rate (loaded and name-calling spans per 1,000 words). Labels are
 * grouped case-insensitively, without a leading determiner ('the junta' = 'Junta').
 */
import type { ActorLabel } from './types.js'

export interface FramingDoc {
  readonly outlet: string | null
  readonly text: string
  readonly labels: readonly ActorLabel[]
  /** Document id or source, carried into the evidence. */
  readonly doc?: string
  /** Loaded + name-calling span count and word count, for the outlet's rate. */
  readonly loadedCount?: number
  readonly words?: number
}

export interface FramingEvidence {
  readonly doc?: string
  readonly start: number
  readonly end: number
  readonly text: string
}

export interface FramingRow {
  readonly outlet: string
  readonly actor: string
  readonly label: string
  readonly count: number
  /** How many of those uses are inside quoted speech (the source's words, not the outlet's). */
  readonly quoted: number
  readonly loaded: boolean
  readonly evidence: readonly FramingEvidence[]
}

export interface OutletRate {
  readonly outlet: string
  readonly docs: number
  readonly words: number
  readonly loaded: number
  /** Loaded spans per 1,000 words. */
  readonly rate: number
}

export interface FramingTable {
  readonly rows: readonly FramingRow[]
  readonly outlets: readonly OutletRate[]
}

const LEADING_DET =
  /^(?:the|a|an|le|la|les|l['’]|un|une|des|du|this|these|cette|ces|ce)\s+|^l['’]/iu
const MAX_EVIDENCE = 5
const UNKNOWN = '(unknown outlet)'

/** The grouping key of a label: lower case, spaces collapsed, no leading determiner. */
export function labelKey(label: string): string {
  return label.replace(/\s+/g, ' ').trim().replace(LEADING_DET, '').toLowerCase()
}

/**
 * Outlet × actor × label rows (most frequent first) and per-outlet loaded-language rates.
 * @example framingTable([{ outlet: 'A', text, labels: analyzeFraming(text).labels }])
 */
export function framingTable(docs: readonly FramingDoc[]): FramingTable {
  const rows = new Map<string, { row: Omit<FramingRow, 'evidence'>; evidence: FramingEvidence[] }>()
  const rates = new Map<string, { docs: number; words: number; loaded: number }>()
  for (const d of docs) {
    const outlet = d.outlet ?? UNKNOWN
    const r = rates.get(outlet) ?? { docs: 0, words: 0, loaded: 0 }
    r.docs++
    r.words += d.words ?? d.text.split(/\s+/).filter(Boolean).length
    r.loaded += d.loadedCount ?? 0
    rates.set(outlet, r)
    for (const l of d.labels) {
      const label = labelKey(l.label)
      const key = `${outlet}\u0000${l.actor}\u0000${label}`
      const hit = rows.get(key) ?? {
        row: { outlet, actor: l.actor, label, count: 0, quoted: 0, loaded: false },
        evidence: [],
      }
      hit.row = {
        ...hit.row,
        count: hit.row.count + 1,
        quoted: hit.row.quoted + (l.quoted ? 1 : 0),
        loaded: hit.row.loaded || l.loaded,
      }
      if (hit.evidence.length < MAX_EVIDENCE) {
        hit.evidence.push({
          ...(d.doc ? { doc: d.doc } : {}),
          start: l.start,
          end: l.end,
          text: l.label,
        })
      }
      rows.set(key, hit)
    }
  }
  const out = [...rows.values()].map(({ row, evidence }) => ({ ...row, evidence }))
  out.sort(
    (a, b) =>
      a.outlet.localeCompare(b.outlet) || a.actor.localeCompare(b.actor) || b.count - a.count,
  )
  const outlets = [...rates].map(([outlet, r]) => ({
    outlet,
    ...r,
    rate: r.words > 0 ? Math.round((r.loaded / r.words) * 100_000) / 100 : 0,
  }))
  return { rows: out, outlets }
}
