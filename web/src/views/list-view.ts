/**
 * @module
 * The home view: filters on top, the map and the timeline on one side, the paginated table on the
 * other. Built once and kept (so the map keeps its zoom when coming back from a detail);
 * `show(search)` reads the filters from the URL and reloads what changed: the table on every
 * change, the map and timeline (server-side aggregates) only when the filters change. Brushing the
 * timeline or clicking a region of the map sets the filters through the URL like the form does.
 */
import { listActors, listEvents, listOutlets } from '../api.js'
import { h } from '../dom.js'
import {
  type Filters, PAGE_SIZE, apiParams, filterParams, filtersToSearch, readFilters,
} from '../filters.js'
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

/** Navigates to the list with `changes` merged into the current filters. */
function refine(changes: Filters): void {
  const { filters } = readFilters(location.search)
  navigate(`/${filtersToSearch({ ...filters, ...changes })}`)
}

export function createListView(): ListView {
  const open = (id: string) => navigate(eventHref(id))
  const form = createFilterForm((filters: Filters) => navigate(`/${filtersToSearch(filters)}`))
  const map = createMapView({
    onOpen: open,
    onRegion: (admin1, country) => refine({ admin1, country }),
  })
  const timeline = createTimeline((since, until) => refine({ since, until }))
  const table = createEventTable(open)
  const el = h(
    'div',
    { class: 'list-view' },
    h('h1', { class: 'visually-hidden' }, 'Events'),
    form.el,
    h('div', { class: 'list-grid' }, h('div', { class: 'left' }, map.el, timeline.el), table.el),
  )

  let mapKey: string | null = null
  /** Values seen in any result so far, so a filter does not shrink its own suggestions. */
  const seen = { country: new Set<string>(), admin1: new Set<string>() }
  let tableCtl: AbortController | null = null

  void listActors()
    .then((actors) => form.setSuggestions('actor', actors.map((a) => a.name)))
    .catch(() => {})
  void listOutlets()
    .then((outlets) => form.setSuggestions('outlet', outlets.map((o) => o.name)))
    .catch(() => {})

  async function loadTable(filters: Filters, page: number): Promise<void> {
    tableCtl?.abort()
    const ctl = (tableCtl = new AbortController())
    table.setLoading()
    try {
      const params = apiParams(filters, PAGE_SIZE, (page - 1) * PAGE_SIZE)
      const res = await listEvents(params, ctl.signal)
      if (ctl.signal.aborted) return
      table.setPage(res, filters, page)
      for (const e of res.items) {
        if (e.country) seen.country.add(e.country)
        if (e.admin1) seen.admin1.add(e.admin1)
      }
      form.setSuggestions('country', [...seen.country].sort())
      form.setSuggestions('admin1', [...seen.admin1].sort())
    } catch (err) {
      if (!ctl.signal.aborted) table.setError(err instanceof Error ? err.message : String(err))
    }
  }

  async function loadCharts(filters: Filters, key: string): Promise<void> {
    const params = filterParams(filters)
    const [agg] = await Promise.all([map.setFilters(params), timeline.setFilters(params)])
    if (key !== mapKey) return
    for (const p of agg?.points ?? []) {
      if (p.country) seen.country.add(p.country)
      if (p.admin1) seen.admin1.add(p.admin1)
    }
    el.dataset.mapReady = 'true'
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
        void loadCharts(filters, key)
      }
    },
  }
}
