/**
 * @module
 * The paginated event list beside the map. Every row's date cell is a real link to the event (so
 * the table is keyboard- and screen-reader-navigable); clicking anywhere in a row opens it too.
 * Pagination links carry the filters, so page N of a filter is a shareable URL.
 */
import type { EventPage, EventRecord } from '../api.js'
import { typeColor } from '../colors.js'
import { h, replace } from '../dom.js'
import { type Filters, PAGE_SIZE, filtersToSearch } from '../filters.js'
import { actorsLabel, eventHref, shortPlace } from '../format.js'

export interface EventTable {
  readonly el: HTMLElement
  setLoading(): void
  setPage(page: EventPage, filters: Filters, pageNo: number): void
  setError(message: string): void
}

function row(e: EventRecord, onOpen: (id: string) => void): HTMLTableRowElement {
  const tr = h(
    'tr',
    { 'data-event-id': e.event_id },
    h('td', {}, h('a', { href: eventHref(e.event_id), 'data-link': true }, e.event_date ?? 'undated')),
    h(
      'td',
      {},
      h('span', { class: 'type-dot', 'aria-hidden': 'true' }),
      h('span', { class: 'type-name' }, e.event_type.replace('/', '/\u200b')),
      h('div', { class: 'sub' }, e.sub_event_type),
      e.certainty === 'hedged' ? h('span', { class: 'badge', title: 'The report hedges this event' }, 'hedged') : null,
    ),
    h('td', { class: 'actors' }, actorsLabel(e)),
    h('td', {}, shortPlace(e)),
    h('td', { class: 'num' }, e.fatalities),
  )
  tr.querySelector<HTMLElement>('.type-dot')?.style.setProperty('background', typeColor(e.event_type))
  tr.addEventListener('click', (ev) => {
    if ((ev.target as Element).closest('a')) return
    onOpen(e.event_id)
  })
  return tr
}

export function createEventTable(onOpen: (id: string) => void): EventTable {
  const status = h('p', { class: 'table-status', role: 'status', 'aria-live': 'polite' })
  const tbody = h('tbody')
  const table = h(
    'table',
    { class: 'events' },
    h('caption', { class: 'visually-hidden' }, 'Events matching the filters'),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        ...['Date', 'Type', 'Actors', 'Place', 'Fatalities'].map((c) =>
          h('th', { scope: 'col', class: c === 'Fatalities' ? 'num' : null }, c),
        ),
      ),
    ),
    tbody,
  )
  const pager = h('nav', { class: 'pager', 'aria-label': 'Pages' })
  const el = h(
    'section',
    { class: 'list-panel', 'aria-label': 'Event list' },
    status,
    h('div', { class: 'table-wrap' }, table),
    pager,
  )

  return {
    el,
    setLoading() {
      status.textContent = 'Loading…'
    },
    setError(message) {
      status.textContent = `Could not load events: ${message}`
      replace(tbody)
      replace(pager)
    },
    setPage(page, filters, pageNo) {
      const { total, offset, items } = page
      const of = page.total_exact === false ? `${(total - 1).toLocaleString('en')}+` : `${total}`
      status.textContent =
        total === 0
          ? Object.keys(filters).length > 0
            ? 'No events match these filters.'
            : 'No events stored yet. Ingest documents with `faultline ingest <path>` (or `faultline demo`).'
          : `${offset + 1}–${offset + items.length} of ${of} event${total === 1 ? '' : 's'}`
      replace(tbody, ...items.map((e) => row(e, onOpen)))
      const pages = Math.max(1, Math.ceil(total / PAGE_SIZE))
      const link = (n: number, label: string, rel: string) =>
        n >= 1 && n <= pages && n !== pageNo
          ? h('a', { href: `/${filtersToSearch(filters, n)}`, 'data-link': true, rel }, label)
          : h('span', { class: 'disabled', 'aria-disabled': 'true' }, label)
      replace(
        pager,
        link(pageNo - 1, '‹ Previous', 'prev'),
        h('span', { class: 'page-no' }, `Page ${pageNo} of ${pages}`),
        link(pageNo + 1, 'Next ›', 'next'),
      )
    },
  }
}
