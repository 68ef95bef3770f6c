/**
 * @module
 * The audit trail of one event as a list: when, who, what (confirm, correct a field, reject),
 * the value before and after, and the note. Values are shown as short text (a place by its name
 * and point, a type by type — sub-type), never as markup.
 */
import { h } from '../dom.js'
import type { ReviewRecord } from './review-api.js'

/** A stored value in a few words. */
export function describeValue(v: unknown): string {
  if (v === null || v === undefined || v === '') return '—'
  if (typeof v !== 'object') return String(v)
  const o = v as Record<string, unknown>
  if ('event_type' in o && 'sub_event_type' in o) return `${String(o.event_type)} — ${String(o.sub_event_type)}`
  if ('location' in o && 'latitude' in o) {
    return `${String(o.location || '—')} (${String(o.latitude ?? '?')}, ${String(o.longitude ?? '?')})`
  }
  if ('event_id' in o) return `event ${String(o.event_id)}`
  return JSON.stringify(v)
}

const VERB = { confirm: 'confirmed', correct: 'corrected', reject: 'rejected' } as const

/** The trail, oldest first, or a note when the event has never been reviewed. */
export function auditList(items: readonly ReviewRecord[]): HTMLElement {
  if (items.length === 0) {
    return h('p', { class: 'muted audit-empty' }, 'Not reviewed yet: every value is the machine’s.')
  }
  return h('ol', { class: 'audit', 'aria-label': 'Audit trail' },
    ...items.map((r) => h('li', { 'data-action': r.action },
      h('time', { datetime: r.created_at }, r.created_at.replace('T', ' ').slice(0, 19)),
      ' ', h('strong', {}, r.reviewer), ` ${VERB[r.action]} `,
      r.action === 'correct' ? h('code', {}, r.field) : null,
      r.action === 'correct'
        ? h('span', { class: 'change' }, ` ${describeValue(r.before)} → ${describeValue(r.after)}`)
        : null,
      r.note ? h('span', { class: 'note' }, ` “${r.note}”`) : null)))
}
