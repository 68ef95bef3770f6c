/**
 * @module
 * The store summary as people read it: documents, events by type, top actors, top places.
 */
import type { StoreSummary } from '../store/store.js'
import { formatTable } from './_output.js'

export function formatSummary(s: StoreSummary): string {
  const lines = [`${s.documents} document(s), ${s.events} event(s)`, '']
  if (s.byType.length) {
    lines.push('Events by type', formatTable(['TYPE', 'N'], s.byType.map((t) => [t.type, String(t.count)])), '')
  }
  if (s.topActors.length) {
    lines.push('Top actors', formatTable(['ACTOR', 'N'], s.topActors.map((a) => [a.name, String(a.count)]), 60), '')
  }
  if (s.topPlaces.length) {
    lines.push('Top places', formatTable(['PLACE', 'N'], s.topPlaces.map((p) => [[p.location, p.country].filter(Boolean).join(', '), String(p.count)])), '')
  }
  return lines.join('\n').trimEnd()
}
