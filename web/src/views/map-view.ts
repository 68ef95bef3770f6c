/**
 * @module
 * The event map: Leaflet on a canvas renderer over the offline basemap, fed by the server's map
 * aggregate (`GET /api/aggregate/map`) so its cost follows the screen, not the store: on a filter
 * change it asks once without a box (for the extent and totals) and fits the view; after every
 * pan or zoom it asks for the cells and points of what is in view at that zoom (debounced, the
 * previous request aborted). Dense cells are badges that zoom in on click; points open the event.
 */
import 'leaflet/dist/leaflet.css'
import L from 'leaflet'
import { type MapAggregate, aggregateMap } from '../api.js'
import { h } from '../dom.js'
import { addBasemap } from './basemap.js'
import { cellMarker, legend, pointMarker } from './map-marks.js'

export { markerRadius, markerStyle } from './map-marks.js'

export interface MapView {
  readonly el: HTMLElement
  /**
   * Loads the map for these filters (API query parameters); resolves once it is drawn. The view
   * is fitted to the events unless `fit` is false (playback keeps the frame still).
   */
  setFilters(params: URLSearchParams, opts?: { fit?: boolean }): Promise<MapAggregate | null>
  /** Call after the element is (re)attached to the page. */
  refresh(): void
}

export interface MapOptions {
  readonly onOpen: (eventId: string) => void
  /** A click on a first-level region (admin1) of the basemap. */
  readonly onRegion?: (name: string, country: string) => void
}

/** `west,south,east,north` of the view, padded by a quarter on each side. */
function bboxOf(map: L.Map): string {
  const b = map.getBounds().pad(0.25)
  const f = (n: number) => n.toFixed(4)
  return [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()].map(f).join(',')
}

function noteText(agg: MapAggregate): string {
  const placed = agg.total - agg.unplaced
  const parts = [`${placed} event${placed === 1 ? '' : 's'} on the map`]
  if (agg.unplaced > 0) parts.push(`${agg.unplaced} without coordinates`)
  if (agg.cells.length > 0) parts.push('numbered circles group nearby events')
  return parts.join(' · ')
}

export function createMapView(opts: MapOptions): MapView {
  const mapEl = h('div', { class: 'map', role: 'region', 'aria-label': 'Map of events' })
  const note = h('p', { class: 'map-note', 'aria-live': 'polite' })
  const el = h('section', { class: 'map-panel', 'aria-label': 'Map' }, mapEl, note, legend())
  const map = L.map(mapEl, {
    preferCanvas: true,
    renderer: L.canvas({ padding: 0.5 }),
    minZoom: 2,
    maxZoom: 12,
  }).setView([15, 0], 4)
  map.attributionControl.setPrefix(false)
  const markers = L.layerGroup().addTo(map)
  void addBasemap(map, opts.onRegion).catch((err: unknown) => {
    note.textContent = `Basemap unavailable: ${String(err)}`
  })

  let params = new URLSearchParams()
  let ctl: AbortController | null = null
  let timer: ReturnType<typeof setTimeout> | undefined
  /** Suppresses the moveend reload while the view is being fitted to new filters. */
  let fitting = false

  function draw(agg: MapAggregate): void {
    markers.clearLayers()
    const zoomTo = (bounds: L.LatLngBounds) => {
      const zoom = map.getZoom()
      const next = map.getBoundsZoom(bounds, false, L.point(40, 40))
      if (next > zoom) map.fitBounds(bounds, { padding: [40, 40] })
      else map.setView(bounds.getCenter(), Math.min(map.getMaxZoom(), zoom + 2))
    }
    // Biggest first so small markers stay clickable on top.
    for (const p of [...agg.points].sort((a, b) => b.fatalities - a.fatalities)) {
      pointMarker(p, opts.onOpen).addTo(markers)
    }
    for (const c of agg.cells) cellMarker(c, zoomTo).addTo(markers)
    el.dataset.cells = String(agg.cells.length)
    el.dataset.points = String(agg.points.length)
  }

  /** Set by `setFilters`: the next answer (whichever request it was) fits the view to it. */
  let fitPending = false
  let settle: ((agg: MapAggregate | null) => void) | null = null

  async function load(withBox: boolean): Promise<void> {
    ctl?.abort()
    const mine = (ctl = new AbortController())
    const view = { zoom: map.getZoom(), bbox: withBox && !fitPending ? bboxOf(map) : undefined }
    try {
      const agg = await aggregateMap(params, view, mine.signal)
      if (mine.signal.aborted) return
      note.textContent = noteText(agg)
      if (fitPending && agg.extent) {
        fitPending = false
        const { south, west, north, east } = agg.extent
        fitting = true
        const fit = { padding: [30, 30] as [number, number], maxZoom: 7, animate: false }
        map.fitBounds([[south, west], [north, east]], fit)
        fitting = false
        // Redraw for the fitted view unless the answer already matches it.
        if (map.getZoom() !== agg.zoom) return void (await load(true))
      }
      fitPending = false
      draw(agg)
      settle?.(agg)
      settle = null
    } catch (err) {
      if (mine.signal.aborted) return
      note.textContent = `Could not load the map: ${String(err)}`
      settle?.(null)
      settle = null
    }
  }

  map.on('moveend', () => {
    if (fitting) return
    clearTimeout(timer)
    timer = setTimeout(() => void load(true), 120)
  })

  return {
    el,
    setFilters(next, opts) {
      params = next
      fitPending = opts?.fit !== false
      clearTimeout(timer)
      settle?.(null)
      const done = new Promise<MapAggregate | null>((resolve) => (settle = resolve))
      void load(!fitPending)
      return done
    },
    refresh: () => map.invalidateSize(),
  }
}
