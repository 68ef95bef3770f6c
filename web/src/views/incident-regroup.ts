/**
 * @module
 * The analyst's correction of corroboration on the incident page: tick reports and split them
 * into an incident of their own, or merge this incident with another by id. Both go through the
 * write API (`POST /api/incidents/:id/split`, `POST /api/incidents/merge`, token asked on 401);
 * the page then opens the resulting incident. The server keeps each decision, so it survives
 * later documents and re-corroboration.
 */
import type { Incident } from '../api.js'
import { h } from '../dom.js'
import { navigate } from '../router.js'
import { writeFetch } from './review-api.js'

const href = (id: string) => `/incidents/${encodeURIComponent(id)}`

async function post<T>(path: string, body: unknown): Promise<T> {
  const res = await writeFetch(path, { method: 'POST',
    headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) })
  return (await res.json()) as T
}

/** The "Correct the grouping" form for incident `i`. */
export function regroupForm(i: Incident): HTMLElement {
  const status = h('p', { role: 'status', class: 'muted' })
  const fail = (err: unknown) => {
    status.textContent = `Not saved: ${err instanceof Error ? err.message : String(err)}`
  }
  const boxes = i.claims.map((c, n) => h('input', { type: 'checkbox', name: 'move', value: c.event_id,
    id: `move-${n}` }))
  const split = h('button', { type: 'button', disabled: i.claims.length < 2 },
    'Split the ticked reports into a new incident')
  split.addEventListener('click', () => {
    const ids = boxes.filter((b) => b.checked).map((b) => b.value)
    if (ids.length === 0 || ids.length === i.claims.length) {
      status.textContent = 'Tick some, but not all, of the reports to split them off.'
      return
    }
    post<{ items: Incident[] }>(`/api/incidents/${encodeURIComponent(i.id)}/split`,
      { event_ids: ids })
      .then((r) => {
        const moved = r.items.find((x) => x.claims.some((c) => c.event_id === ids[0]))
        navigate(href(moved?.id ?? i.id))
      }, fail)
  })
  const other = h('input', { name: 'merge_with', placeholder: 'inc_…', pattern: 'inc_[0-9a-f]{16}',
    id: 'merge-with', autocomplete: 'off' })
  const merge = h('button', { type: 'button' }, 'Merge')
  merge.addEventListener('click', () => {
    const id = other.value.trim()
    if (!/^inc_[0-9a-f]{16}$/.test(id)) {
      status.textContent = 'Paste the id of the other incident (inc_ + 16 hex digits).'
      return
    }
    post<{ incident: Incident }>('/api/incidents/merge', { incident_ids: [i.id, id] })
      .then((r) => navigate(href(r.incident.id)), fail)
  })
  return h('section', { class: 'regroup', 'aria-labelledby': 'regroup-h' },
    h('h2', { id: 'regroup-h' }, 'Correct the grouping'),
    h('fieldset', {}, h('legend', {}, 'Reports that describe another happening'),
      ...i.claims.map((c, n) => h('label', { for: `move-${n}`, class: 'edit-check' }, boxes[n],
        `report ${n + 1} — ${c.outlet ?? 'no outlet'}, ${c.event_date ?? 'undated'}`)),
      split),
    h('p', {}, h('label', { for: 'merge-with' }, 'Same happening as incident '), other, ' ', merge),
    status)
}
