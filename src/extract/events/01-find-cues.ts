/**
 * @module
 * Pass 1: finds event cues (see `data/cues.ts`) in a range of the accent-folded text. Also
 * reads ACLED-style note labels ("Looting: …") at the start of the range.
 */
import { CUES, type Family, LABELS, SEIZED_NEARBY } from './data/cues.js'

export interface CueHit {
  readonly family: Family
  readonly weight: number
  readonly start: number
  readonly end: number
}

export interface LabelHit {
  readonly event_type: string
  readonly sub_event_type: string
  readonly start: number
  readonly end: number
}

const GLOBAL = CUES.map((c) => ({ ...c, re: new RegExp(c.re.source, 'g') }))

/** Cue hits in `folded[from, to)`, in text order. */
export function findCues(folded: string, from: number, to: number): CueHit[] {
  const part = folded.slice(from, to)
  const out: CueHit[] = []
  for (const cue of GLOBAL) {
    const re = cue.re
    re.lastIndex = 0
    for (let m = re.exec(part); m; m = re.exec(part)) {
      if (m[0].length === 0) {
        re.lastIndex++
        continue
      }
      out.push({
        family: cue.family,
        weight: cue.weight,
        start: from + m.index,
        end: from + m.index + m[0].length,
      })
    }
  }
  return out.sort((a, b) => a.start - b.start || b.weight - a.weight)
}

/** The ACLED note label opening `folded[from, …)`, if any. */
export function findLabel(folded: string, from: number, to: number): LabelHit | null {
  const part = folded.slice(from, to)
  for (const [re, event_type, sub_event_type] of LABELS) {
    const m = re.exec(part)
    if (m)
      return {
        event_type,
        sub_event_type,
        start: from + m.index,
        end: from + m.index + m[0].length,
      }
  }
  return null
}

const WEAPON_FAMILIES: ReadonlySet<Family> = new Set([
  'ied',
  'air',
  'shelling',
  'grenade',
  'suicide',
])

/** Drops weapon cues that name seized or found materiel ("IEDs and ammunition seized"). */
export function dropSeizedWeapons(hits: readonly CueHit[], folded: string): CueHit[] {
  return hits.filter((h) => {
    if (!WEAPON_FAMILIES.has(h.family)) return true
    const left = folded.slice(Math.max(0, h.start - 60), h.start)
    const right = folded.slice(h.end, h.end + 60)
    const clause = `${left.slice(left.search(/[^,;.]*$/))} ${right.slice(0, (right.search(/[,;.]/) + 61) % 61 || 60)}`
    return !SEIZED_NEARBY.test(clause)
  })
}
