/**
 * @module
 * Pass 5: one record per event. ACLED codes one event per type, day and place, so a report that
 * returns to the same attack or protest ("the protest… the protesters… the demonstration")
 * yields one record: the first, with the others' evidence and the highest toll.
 */
import type { EventRecord } from '../../schema/event.js'

function key(e: EventRecord): string {
  return [e.event_type, e.event_date ?? '', e.location.toLowerCase(), e.tier].join('|')
}

/** Merges records of the same type, date, place and tier; renumbers ids in text order. */
export function dedupeEvents(events: readonly EventRecord[], docId: string): EventRecord[] {
  const out: EventRecord[] = []
  const byKey = new Map<string, number>()
  for (const e of events) {
    const k = key(e)
    const at = byKey.get(k)
    const kept = at === undefined ? undefined : out[at]
    if (at === undefined || !kept || !e.location) {
      byKey.set(k, out.length)
      out.push(e)
      continue
    }
    out[at] = {
      ...kept,
      fatalities: Math.max(kept.fatalities, e.fatalities),
      evidence: [...kept.evidence, ...e.evidence],
    }
  }
  return out.map((e, i) => ({ ...e, event_id: `${docId}:${i + 1}` }))
}
