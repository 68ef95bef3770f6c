/**
 * @module
 * What the event map draws, from the server's map aggregate: each point a circle coloured by event
 * type with area growing with fatalities and a fill telling the geographic precision (solid =
 * exact place, pale = near, hollow dashed = region only); each dense grid cell a round badge with
 * its count, ringed in its most frequent type's colour. Tooltips are built from text nodes.
 */
import L from 'leaflet'
import type { MapCell, MapPoint } from '../api.js'
import { EVENT_TYPE_LIST, typeColor } from '../colors.js'
import { h } from '../dom.js'

/** Radius in px: area proportional to fatalities, 4 px for none, capped at 22 px. */
export function markerRadius(fatalities: number): number {
  return Math.min(22, 4 + 2.2 * Math.sqrt(Math.max(0, fatalities)))
}

type Styled = { event_type: string; fatalities: number; geo_precision: number }

export function markerStyle(e: Styled): L.CircleMarkerOptions {
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

function pointTip(p: MapPoint): HTMLElement {
  const actors = p.actor2 ? `${p.actor1} vs ${p.actor2}` : p.actor1 || '—'
  const place = [p.location, p.admin1, p.country].filter((x, i, all) => x && all.indexOf(x) === i)
  return h(
    'div',
    { class: 'map-tip' },
    h('strong', {}, p.event_type),
    h('div', {}, p.event_date ?? 'undated'),
    h('div', {}, actors),
    h('div', {}, place.join(', ') || '—'),
    h('div', {}, `Fatalities: ${p.fatalities}`),
  )
}

export function pointMarker(p: MapPoint, onOpen: (id: string) => void): L.CircleMarker {
  return L.circleMarker([p.lat, p.lon], markerStyle(p))
    .bindTooltip(pointTip(p), { direction: 'top', offset: [0, -4] })
    .on('click', () => onOpen(p.event_id))
}

function cellTip(c: MapCell): HTMLElement {
  const types = Object.entries(c.by_type).sort((a, b) => b[1] - a[1])
  return h(
    'div',
    { class: 'map-tip' },
    h('strong', {}, `${c.count} events, ${c.fatalities} fatalities`),
    ...types.map(([t, n]) => h('div', {}, `${t}: ${n}`)),
    h('div', { class: 'muted' }, 'Click to zoom in'),
  )
}

/** A cluster badge; clicking it calls `onZoom` with the cell's bounds. */
export function cellMarker(c: MapCell, onZoom: (bounds: L.LatLngBounds) => void): L.Marker {
  const size = Math.round(Math.min(56, 26 + 14 * Math.log10(c.count)))
  const badge = h('span', { class: 'cluster-badge' }, String(c.count))
  badge.style.setProperty('--cluster-color', typeColor(c.type))
  badge.style.setProperty('width', `${size}px`)
  badge.style.setProperty('height', `${size}px`)
  const icon = L.divIcon({ html: badge, className: 'cluster', iconSize: [size, size] })
  const bounds = L.latLngBounds([c.south, c.west], [c.north, c.east])
  const label = `${c.count} events here — zoom in`
  return L.marker([c.lat, c.lon], { icon, title: label, alt: label, keyboard: true })
    .bindTooltip(cellTip(c), { direction: 'top', offset: [0, -size / 2] })
    .on('click', () => onZoom(bounds))
}

export function legend(): HTMLElement {
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
    h('li', { class: 'muted' }, 'size = fatalities; numbered circles = many events'),
  )
  return h('div', {}, types, precision)
}
