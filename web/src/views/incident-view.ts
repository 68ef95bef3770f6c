/**
 * @module
 * The incident page (`/incidents/ID`): one happening as every report tells it. A summary of the
 * chosen values, each with the rule that chose it and a flag when reports disagree, then the
 * reports side by side (one column each: outlet, its own date, type, actors, place, fatalities,
 * certainty), rows where they differ marked. Actors and outlets link to their pages, each report
 * to its event (and so to its evidence). Below, the analyst can split or merge incidents.
 */
import './pages.css'
import type { Claim, Incident } from '../api.js'
import { ApiError, getIncident } from '../api.js'
import { type Child, h } from '../dom.js'
import { eventHref } from '../format.js'
import { actorHref, outletHref } from './framing-table.js'
import { regroupForm } from './incident-regroup.js'

type Field = readonly [label: string, get: (c: Claim) => string, link?: (v: string) => string]

const FIELDS: readonly Field[] = [
  ['Date', (c) => c.event_date ?? 'undated'],
  ['Event type', (c) => c.event_type],
  ['Sub-event type', (c) => c.sub_event_type || '—'],
  ['Actor 1', (c) => c.actor1 || '—', actorHref],
  ['Actor 2', (c) => c.actor2 || '—', actorHref],
  ['Location', (c) => [c.location, c.admin1, c.country].filter(Boolean).join(', ') || '—'],
  ['Geo precision', (c) => String(c.geo_precision)],
  ['Fatalities', (c) => String(c.fatalities)],
  ['Certainty', (c) => c.certainty],
  ['Independent source', (c) => `#${c.source}`],
]

function cell(value: string, link?: (v: string) => string): Child {
  return link && value !== '—' ? h('a', { href: link(value), 'data-link': true }, value) : value
}

function summary(i: Incident): HTMLElement {
  const item = (label: string, value: string, rule: string, conflict: boolean) =>
    h('li', { class: conflict ? 'conflict' : null },
      h('strong', {}, `${label}: `), value,
      h('span', { class: 'muted' }, ` — ${rule}`),
      conflict ? h('span', { class: 'badge disagree' }, 'reports disagree') : null)
  const f = i.fatalities
  return h('ul', { class: 'incident-summary' },
    item('Date', i.date.value ?? 'undated', i.date.rule, i.date.conflict),
    item('Location', i.location.value || '—', i.location.rule, i.location.conflict),
    item('Fatalities', f.min === f.max ? String(f.value)
      : `${f.value} (claims ${f.min}–${f.max})`, f.rule, f.conflict),
    item('Perpetrator', i.perpetrator.value || '—', i.perpetrator.rule, i.perpetrator.conflict),
  )
}

function claimsTable(i: Incident): HTMLElement {
  const head = h('tr', {}, h('th', { scope: 'col' }, 'Field'), ...i.claims.map((c, n) =>
    h('th', { scope: 'col' },
      c.outlet ? h('a', { href: outletHref(c.outlet), 'data-link': true }, c.outlet) : 'no outlet',
      h('br'),
      h('a', { href: eventHref(c.event_id), 'data-link': true, class: 'sub' }, `report ${n + 1}`))))
  const rows = FIELDS.map(([label, get, link]) => {
    const values = i.claims.map(get)
    const differ = new Set(values).size > 1
    return h('tr', { class: differ ? 'differ' : null },
      h('th', { scope: 'row' }, label,
        differ ? h('span', { class: 'visually-hidden' }, ' (differs)') : null),
      ...values.map((v) => h('td', {}, cell(v, link))))
  })
  return h('div', { class: 'table-wrap' },
    h('table', { class: 'data claims' },
      h('caption', {}, 'Each report side by side; shaded rows differ between reports'),
      h('thead', {}, head), h('tbody', {}, ...rows)))
}

/** Renders incident `id` into `root`. */
export async function showIncident(root: HTMLElement, id: string): Promise<void> {
  const status = h('p', { role: 'status' }, 'Loading incident…')
  const view = h('div', { class: 'incident-view page' }, status)
  root.replaceChildren(view)
  document.title = 'Incident — Faultline'
  const back = h('a', { href: '/', 'data-link': true, class: 'back' }, '‹ All events')
  try {
    const i = await getIncident(id)
    const sources = `${i.reports} report${i.reports === 1 ? '' : 's'} from ` +
      `${i.independent_sources} independent source${i.independent_sources === 1 ? '' : 's'}`
    view.replaceChildren(
      back,
      h('h1', {}, `${i.event_type} — ${i.location.value || i.country || 'unknown place'}`),
      h('p', { class: 'summary' }, `${sources} · outlets: `,
        ...i.outlets.flatMap((o, n) => [n ? ', ' : '',
          h('a', { href: outletHref(o), 'data-link': true }, o)])),
      summary(i),
      h('h2', {}, 'Reports side by side'),
      claimsTable(i),
      regroupForm(i),
    )
    document.title = `Incident ${i.date.value ?? ''} ${i.location.value} — Faultline`
    view.dataset.ready = 'true'
  } catch (err) {
    status.textContent = err instanceof ApiError && err.status === 404
      ? `No incident with id “${id}”.`
      : `Could not load incident: ${err instanceof Error ? err.message : String(err)}`
    view.replaceChildren(back, status)
    view.dataset.ready = 'error'
  }
}
