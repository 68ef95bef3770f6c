/**
 * @module
 * The home view: filters on top, the map and the weekly timeline on one side, the paginated table
 * on the other. Built once and kept (so the map keeps its zoom when coming back from a detail);
 * `show(search)` reads the filters from the URL and reloads what changed: the table on every
 * change, the map and timeline only when the filters (not the page number) change.
 */
import { listActors, listEvents } from '../api.js'
import { h } from '../dom.js'
import { type Filters, MAP_LIMIT, PAGE_SIZE, apiParams, filtersToSearch, readFilters } from '../filters.js'
import { eventHref } from '../format.js'
import { navigate } from '../router.js'
import { createEventTable } from './event-table.js'
import { createFilterForm } from './filter-form.js'
import { createMapView } from './map-view.js'
import { createTimeline } from './timeline.js'

export interface ListView {
  readonly el: HTMLElement
  show(search: string): void
}

export function createListView(): ListView {
  const open = (id: string) => navigate(eventHref(id))
  const form = createFilterForm((filters: Filters) => navigate(`/${filtersToSearch(filters)}`))
  const map = createMapView(open)
  const timeline = createTimeline((monday) => {
    const sunday = new Date(Date.parse(`${monday}T00:00:00Z`) + 6 * 86_400_000).toISOString().slice(0, 10)
    const { filters } = readFilters(location.search)
    navigate(`/${filtersToSearch({ ...filters, since: monday, until: sunday })}`)
  })
  const table = createEventTable(open)
  const el = h(
    'div',
    { class: 'list-view' },
    h('h1', { class: 'visually-hidden' }, 'Events'),
    form.el,
    h('div', { class: 'list-grid' }, h('div', { class: 'left' }, map.el, timeline.el), table.el),
  )

  let mapKey: string | null = null
  /** Countries seen in any result so far, so a country filter does not shrink its own list. */
  const seenCountries = new Set<string>()
  let tableCtl: AbortController | null = null
  let mapCtl: AbortController | null = null

  void listActors()
    .then((actors) => form.setSuggestions('actor', actors.map((a) => a.name)))
    .catch(() => {})

  async function loadTable(filters: Filters, page: number): Promise<void> {
    tableCtl?.abort()
    const ctl = (tableCtl = new AbortController())
    table.setLoading()
    try {
      const res = await listEvents(apiParams(filters, PAGE_SIZE, (page - 1) * PAGE_SIZE), ctl.signal)
      if (!ctl.signal.aborted) table.setPage(res, filters, page)
    } catch (err) {
      if (!ctl.signal.aborted) table.setError(err instanceof Error ? err.message : String(err))
    }
  }

  async function loadMap(filters: Filters): Promise<void> {
    mapCtl?.abort()
    const ctl = (mapCtl = new AbortController())
    try {
      const res = await listEvents(apiParams(filters, MAP_LIMIT, 0), ctl.signal)
      if (ctl.signal.aborted) return
      map.setEvents(res.items, res.total)
      timeline.setEvents(res.items)
      for (const e of res.items) if (e.country) seenCountries.add(e.country)
      form.setSuggestions('country', [...seenCountries].sort())
      el.dataset.mapReady = 'true'
    } catch {
      // The table shows the error; the map keeps what it had.
    }
  }

  return {
    el,
    show(search) {
      const { filters, page } = readFilters(search)
      form.set(filters)
      map.refresh()
      void loadTable(filters, page)
      const key = filtersToSearch(filters)
      if (key !== mapKey) {
        mapKey = key
        el.dataset.mapReady = 'false'
        void loadMap(filters)
      }
    },
  }
}
