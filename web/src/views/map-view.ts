/**
 * @module
 * The event map: Leaflet on a canvas renderer (`preferCanvas`) over the offline basemap. Each
 * event with coordinates is a circle coloured by event type, with area growing with fatalities;
 * the fill tells the geographic precision (solid = exact place, pale = near, hollow dashed =
 * region only). Hover shows a tooltip built from text nodes; click opens the event.
 */
import 'leaflet/dist/leaflet.css'
import L from 'leaflet'
import type { EventRecord } from '../api.js'
import { EVENT_TYPE_LIST, typeColor } from '../colors.js'
import { h } from '../dom.js'
import { actorsLabel, placeLabel } from '../format.js'
import { addBasemap } from './basemap.js'
import { type Cluster, clusterGrid, dominant } from './cluster.js'

export interface MapView {
  readonly el: HTMLElement
  setEvents(events: readonly EventRecord[], total: number): void
  /** Call after the element is (re)attached to the page. */
  refresh(): void
}

/** Radius in px: area proportional to fatalities, 4 px for none, capped at 22 px. */
export function markerRadius(fatalities: number): number {
  return Math.min(22, 4 + 2.2 * Math.sqrt(Math.max(0, fatalities)))
}

export function markerStyle(e: EventRecord): L.CircleMarkerOptions {
  const color = typeColor(e.event_type)
  const precision = e.geo_precision
  return {
    radius: markerRadius(e.fatalities),
    color,
    weight: precision === 3 ? 2 : 1.5,
    fillColor: color,
    fillOpacity: precision === 1 ? 0.75 : precision === 2 ? 0.3 : 0,
    dashArray: precision === 3 ? '4 3' : undefined,
  }
}

function tooltipContent(e: EventRecord): HTMLElement {
  return h(
    'div',
    { class: 'map-tip' },
    h('strong', {}, e.event_type),
    h('div', {}, e.event_date ?? 'undated'),
    h('div', {}, actorsLabel(e)),
    h('div', {}, placeLabel(e)),
    h('div', {}, `Fatalities: ${e.fatalities}`),
  )
}

export function createMapView(onOpen: (id: string) => void): MapView {
  const mapEl = h('div', { class: 'map', role: 'region', 'aria-label': 'Map of events' })
  const note = h('p', { class: 'map-note', 'aria-live': 'polite' })
  const el = h('section', { class: 'map-panel', 'aria-label': 'Map' }, mapEl, note, legend())
  const renderer = L.canvas({ padding: 0.5 })
  const map = L.map(mapEl, {
    preferCanvas: true,
    renderer,
    worldCopyJump: false,
    minZoom: 2,
    maxZoom: 12,
    attributionControl: true,
  }).setView([15, 0], 4)
  map.attributionControl.setPrefix(false)
  map.attributionControl.addAttribution('Boundaries: Natural Earth (world-atlas)')
  const markers = L.layerGroup().addTo(map)

  void addBasemap(map).catch((err: unknown) => {
    note.textContent = `Basemap unavailable: ${String(err)}`
  })

  let placedEvents: EventRecord[] = []

  /** Draws the events at the current zoom: dense cells as cluster badges, the rest as points. */
  function draw(): void {
    markers.clearLayers()
    const zoom = map.getZoom()
    const projected = placedEvents.map((e) => {
      const p = map.project([e.latitude as number, e.longitude as number], zoom)
      return { item: e, x: p.x, y: p.y }
    })
    // At the last zoom levels points are shown as they are, even if stacked.
    const { clusters, singles } =
      zoom >= map.getMaxZoom() - 1 ? { clusters: [], singles: placedEvents } : clusterGrid(projected)
    // Biggest first so small markers stay clickable on top.
    for (const e of [...singles].sort((a, b) => b.fatalities - a.fatalities)) {
      L.circleMarker([e.latitude as number, e.longitude as number], markerStyle(e))
        .bindTooltip(tooltipContent(e), { direction: 'top', offset: [0, -4] })
        .on('click', () => onOpen(e.event_id))
        .addTo(markers)
    }
    for (const c of clusters) clusterMarker(c, zoom).addTo(markers)
  }

  function clusterMarker(c: Cluster<EventRecord>, zoom: number): L.Marker {
    const n = c.items.length
    const size = Math.round(Math.min(56, 26 + 7 * Math.log10(n) * 2))
    const badge = h('span', { class: 'cluster-badge' }, String(n))
    badge.style.setProperty('--cluster-color', typeColor(dominant(c.items, (e) => e.event_type)))
    badge.style.setProperty('width', `${size}px`)
    badge.style.setProperty('height', `${size}px`)
    const icon = L.divIcon({ html: badge, className: 'cluster', iconSize: [size, size] })
    const center = map.unproject([c.x, c.y], zoom)
    const bounds = L.latLngBounds(c.items.map((e) => [e.latitude as number, e.longitude as number]))
    return L.marker(center, { icon, title: `${n} events here — zoom in`, alt: `${n} events`, keyboard: true })
      .on('click', () => {
        const next = map.getBoundsZoom(bounds, false, L.point(40, 40))
        if (next > zoom) map.fitBounds(bounds, { padding: [40, 40] })
        else map.setView(center, Math.min(map.getMaxZoom(), zoom + 2))
      })
  }

  map.on('zoomend', draw)

  function setEvents(events: readonly EventRecord[], total: number): void {
    placedEvents = events.filter((e) => e.latitude !== null && e.longitude !== null)
    const placed = placedEvents.map((e): [number, number] => [e.latitude as number, e.longitude as number])
    const unplaced = events.length - placed.length
    const parts = [`${placed.length} event${placed.length === 1 ? '' : 's'} on the map`]
    if (unplaced > 0) parts.push(`${unplaced} without coordinates`)
    if (total > events.length) parts.push(`first ${events.length} of ${total} matching shown`)
    note.textContent = parts.join(' · ')
    if (placed.length > 0) {
      const before = map.getZoom()
      map.fitBounds(L.latLngBounds(placed), { padding: [30, 30], maxZoom: 7, animate: false })
      if (map.getZoom() === before) draw()
    } else {
      draw()
    }
  }

  return { el, setEvents, refresh: () => map.invalidateSize() }
}

function legend(): HTMLElement {
  const types = h(
    'ul',
    { class: 'type-legend', 'aria-label': 'Event type colours' },
    ...EVENT_TYPE_LIST.map((t) => {
      const dot = h('span', { class: 'type-dot', 'aria-hidden': 'true' })
      dot.style.setProperty('background', typeColor(t))
      return h('li', {}, dot, t)
    }),
  )
  const item = (cls: string, label: string) =>
    h('li', {}, h('span', { class: `prec-swatch ${cls}`, 'aria-hidden': 'true' }), label)
  const precision = h(
    'ul',
    { class: 'map-legend', 'aria-label': 'Marker precision' },
    item('prec-1', 'exact place'),
    item('prec-2', 'near'),
    item('prec-3', 'region only'),
    h('li', { class: 'muted' }, 'size = fatalities'),
  )
  return h('div', {}, types, precision)
}
