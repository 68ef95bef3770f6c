/**
 * @module
 * A small map on the event page: the event's point on the offline basemap, drawn like on the main
 * map (type colour, fatalities size, precision fill), with the document's other events as grey dots.
 * Not interactive beyond zoom/pan; shows a note instead when the event has no coordinates.
 */
import L from 'leaflet'
import type { EventRecord } from '../api.js'
import { h } from '../dom.js'
import { addBasemap } from './basemap.js'
import { markerStyle } from './map-view.js'

/** Builds the map into `host` (which must already be in the page so Leaflet can measure it). */
export function showPlaceMap(host: HTMLElement, e: EventRecord, others: readonly EventRecord[]): void {
  if (e.latitude === null || e.longitude === null) {
    host.replaceChildren(h('p', { class: 'muted' }, 'No coordinates for this event.'))
    host.classList.add('empty')
    return
  }
  const map = L.map(host, { preferCanvas: true, zoomControl: true, attributionControl: false, minZoom: 2, maxZoom: 12 })
  map.setView([e.latitude, e.longitude], e.geo_precision === 3 ? 4 : 5)
  void addBasemap(map).catch(() => {})
  for (const o of others) {
    if (o.latitude === null || o.longitude === null) continue
    L.circleMarker([o.latitude, o.longitude], { radius: 4, color: '#6c757d', weight: 1, fillOpacity: 0.4, interactive: false }).addTo(map)
  }
  L.circleMarker([e.latitude, e.longitude], { ...markerStyle(e), interactive: false }).addTo(map)
}
