/**
 * @module
 * One event in full: every field of the record with its value, and beside it the source document
 * with this event's evidence spans highlighted in the colour of the field they support (legend
 * above the text). The document text is rendered only as text nodes (see `highlight.ts`), so a
 * hostile article's markup is shown, never run. Other events of the same document are linked below.
 */
import {
  type DocumentWithEvents, type EventRecord, getDocument, getEvent, incidentsOfDocument,
} from '../api.js'
import { FIELD_STYLES, fieldStyle, typeColor } from '../colors.js'
import { type Child, h } from '../dom.js'
import { filtersToSearch } from '../filters.js'
import { eventHref, fatalitiesLabel, geoPrecisionLabel, placeLabel, timePrecisionLabel } from '../format.js'
import { mismatchedSpans, renderHighlighted } from '../highlight.js'
import { actorHref, outletHref } from './framing-table.js'
import { showPlaceMap } from './place-map.js'

type Row = readonly [label: string, value: Child, evidenceField?: string]

/** A link to the event list filtered on this value (e.g. every event of an actor). */
function filterLink(key: 'actor' | 'country', value: string): Child {
  if (!value) return '—'
  const href = `/${filtersToSearch({ [key]: value })}`
  const link = h('a', { href, 'data-link': true, title: `All events with ${key} ${value}` }, value)
  if (key !== 'actor') return link
  const page = h('a', { href: actorHref(value), 'data-link': true, class: 'profile',
    'aria-label': `Actor page of ${value}` }, '(actor page)')
  return h('span', {}, link, ' ', page)
}

/** Fills `slot` with a link to the incident holding event `e`, when corroboration made one. */
async function linkIncident(slot: HTMLElement, e: EventRecord): Promise<void> {
  const incidents = await incidentsOfDocument(e.doc_id).catch(() => [])
  const mine = incidents.find((i) => i.claims.some((c) => c.event_id === e.event_id))
  if (!mine) {
    slot.textContent = 'not linked to other reports'
    return
  }
  const others = mine.reports - 1
  const text = others > 0
    ? `told by ${mine.reports} reports (${mine.independent_sources} independent sources)`
    : 'this report only'
  const href = `/incidents/${encodeURIComponent(mine.id)}`
  slot.replaceChildren(h('a', { href, 'data-link': true }, text))
}

function rows(e: EventRecord): Row[] {
  const dash = (v: string | number | null | undefined) => (v === null || v === undefined || v === '' ? '—' : v)
  return [
    ['Event id', e.event_id],
    ['Date', dash(e.event_date), 'date'],
    ['Time precision', timePrecisionLabel(e.time_precision), 'date'],
    ['Event type', e.event_type, 'type'],
    ['Sub-event type', dash(e.sub_event_type), 'type'],
    ['Actor 1', filterLink('actor', e.actor1), 'actor1'],
    ['Associated actor 1', dash(e.assoc_actor_1), 'actor1'],
    ['Inter 1', e.inter1, 'actor1'],
    ['Actor 2', filterLink('actor', e.actor2), 'actor2'],
    ['Associated actor 2', dash(e.assoc_actor_2), 'actor2'],
    ['Inter 2', e.inter2, 'actor2'],
    ['Location', dash(e.location), 'location'],
    ['Admin 2', dash(e.admin2), 'location'],
    ['Admin 1', dash(e.admin1), 'location'],
    ['Country', filterLink('country', e.country), 'location'],
    ['Latitude', dash(e.latitude), 'location'],
    ['Longitude', dash(e.longitude), 'location'],
    ['Geo precision', geoPrecisionLabel(e.geo_precision), 'location'],
    ['Fatalities', fatalitiesLabel(e), 'fatalities'],
    ['Certainty', e.certainty, 'certainty'],
    ['Tier', e.tier],
    ['Extractor', `${e.extractor.name} ${e.extractor.version}`],
    ['Document', e.doc_id],
    ['Incident', h('span', { class: 'incident-slot' }, '…')],
  ]
}

function chip(field: string): HTMLElement {
  const s = fieldStyle(field)
  const el = h('span', { class: 'chip', 'aria-hidden': 'true' })
  el.style.setProperty('--hl-bg', s.bg)
  el.style.setProperty('--hl-line', s.line)
  return el
}

function fieldTable(e: EventRecord): HTMLElement {
  const withEvidence = new Set(e.evidence.map((s) => s.field ?? 'other'))
  return h(
    'table',
    { class: 'fields' },
    h('caption', { class: 'visually-hidden' }, 'Event fields'),
    h('tbody', {}, ...rows(e).map(([label, value, field]) => {
      const supported = field !== undefined && withEvidence.has(field)
      return h(
        'tr',
        { 'data-field': field ?? null },
        h('th', { scope: 'row' }, supported ? chip(field) : null, label),
        h('td', {}, value),
      )
    })),
  )
}

function legend(e: EventRecord): HTMLElement {
  const counts = new Map<string, number>()
  for (const s of e.evidence) counts.set(s.field ?? 'other', (counts.get(s.field ?? 'other') ?? 0) + 1)
  const fields = [...Object.keys(FIELD_STYLES), ...[...counts.keys()].filter((f) => !(f in FIELD_STYLES))]
  return h(
    'ul',
    { class: 'legend', 'aria-label': 'Highlight colours' },
    ...fields.map((f) =>
      h('li', { class: counts.has(f) ? null : 'absent' }, chip(f), `${fieldStyle(f).label} (${counts.get(f) ?? 0})`),
    ),
  )
}

function documentPanel(e: EventRecord, doc: DocumentWithEvents): HTMLElement {
  const bad = mismatchedSpans(doc.text, e.evidence)
  const rest = [doc.published_at, doc.author].filter(Boolean).join(' · ')
  const meta: Child[] = doc.outlet
    ? [h('a', { href: outletHref(doc.outlet), 'data-link': true }, doc.outlet),
      rest ? ` · ${rest}` : '']
    : [rest]
  const others = doc.events.filter((o) => o.event_id !== e.event_id)
  return h(
    'section',
    { class: 'doc-panel', 'aria-labelledby': 'doc-title' },
    h('h2', { id: 'doc-title' }, doc.title ?? 'Untitled document'),
    h('p', { class: 'doc-meta' }, ...(doc.outlet || rest ? meta : ['no outlet or date']), h('br'), h('span', { class: 'source' }, `Source: ${doc.source}`)),
    legend(e),
    bad.length > 0
      ? h('p', { class: 'warn', role: 'note' }, `${bad.length} evidence span(s) do not match the stored text at their offsets.`)
      : null,
    h('div', { class: 'doc-text', tabindex: 0, 'aria-label': 'Document text with evidence highlighted' }, renderHighlighted(doc.text, e.evidence)),
    others.length > 0
      ? h(
          'div',
          { class: 'doc-events' },
          h('h3', {}, 'Other events in this document'),
          h('ul', {}, ...others.map((o) =>
            h('li', {}, h('a', { href: eventHref(o.event_id), 'data-link': true }, `${o.event_date ?? 'undated'} — ${o.event_type} — ${placeLabel(o)}`)),
          )),
        )
      : null,
  )
}

/** Renders the detail of event `id` into `root` (loading and error states included). */
export async function showEvent(root: HTMLElement, id: string, backHref: string): Promise<void> {
  const back = h('a', { href: backHref, 'data-link': true, class: 'back' }, '‹ Back to events')
  const status = h('p', { role: 'status' }, 'Loading event…')
  const view = h('div', { class: 'event-view' }, back, status)
  root.replaceChildren(view)
  try {
    const e = await getEvent(id)
    const doc = await getDocument(e.doc_id)
    const placeHost = h('div', { class: 'place-map', role: 'img', 'aria-label': `Map: ${placeLabel(e)}` })
    const swatch = h('span', { class: 'type-dot', 'aria-hidden': 'true' })
    swatch.style.setProperty('background', typeColor(e.event_type))
    const title = h('h1', {}, swatch, `${e.event_type}${e.sub_event_type ? ` — ${e.sub_event_type}` : ''}`)
    const summary = h('p', { class: 'summary' }, `${e.event_date ?? 'Undated'} · ${placeLabel(e)} · ${e.fatalities} fatalities · ${e.certainty}`)
    view.replaceChildren(
      back,
      title,
      summary,
      h('div', { class: 'detail-grid' }, h('section', { class: 'fields-panel', 'aria-label': 'Fields' }, placeHost, fieldTable(e)), documentPanel(e, doc)),
    )
    showPlaceMap(placeHost, e, doc.events.filter((o) => o.event_id !== e.event_id))
    const slot = view.querySelector<HTMLElement>('.incident-slot')
    if (slot) void linkIncident(slot, e)
    document.title = `${e.event_type} ${e.event_date ?? ''} — Faultline`
    scrollToFirstMark(view)
    view.dataset.ready = 'true'
  } catch (err) {
    status.textContent = `Could not load event: ${err instanceof Error ? err.message : String(err)}`
  }
}

/** Scrolls the text box (only it, not the page) so the first highlight is in view. */
function scrollToFirstMark(view: HTMLElement): void {
  const box = view.querySelector<HTMLElement>('.doc-text')
  const mark = box?.querySelector<HTMLElement>('mark.evidence')
  if (!box || !mark) return
  box.scrollTop = Math.max(0, mark.offsetTop - box.clientHeight / 3)
}
