/**
 * @module
 * Fatalities of an event: the counts of its sentences summed (victims of both sides count, as
 * in ACLED), unless a sentence states a toll, which then stands for the whole event when larger.
 */
import type { DeathCount } from './count.js'

export { countDeaths, type DeathCount } from './count.js'

export interface EventFatalities {
  readonly value: number
  readonly min: number
  readonly max: number | null
  readonly spans: ReadonlyArray<{ readonly start: number; readonly end: number }>
}

/** Combines the per-sentence counts of one event. */
export function combineCounts(counts: ReadonlyArray<DeathCount | null>): EventFatalities {
  const present = counts.filter((c): c is DeathCount => c !== null)
  if (present.length === 0) return { value: 0, min: 0, max: null, spans: [] }
  // "Other sources said 3 had been killed": an alternative figure, not more victims.
  const main = present.filter((c) => !c.alternative)
  const plain = (main.length > 0 ? main : present).filter((c) => !c.toll)
  const tolls = present.filter((c) => c.toll)
  const sum = plain.reduce((s, c) => s + c.value, 0)
  const best = tolls.reduce((m, c) => Math.max(m, c.value), 0)
  const spans = present.flatMap((c) => c.spans)
  if (best > sum) return { value: best, min: best, max: null, spans }
  const max = plain.every((c) => c.max !== null)
    ? plain.reduce((s, c) => s + (c.max ?? 0), 0)
    : null
  return { value: sum, min: sum, max, spans }
}
