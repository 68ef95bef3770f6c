/**
 * @module
 * The review desk's edit form: type and sub-type, actor 1 and 2, date, fatalities and the place,
 * corrected by clicking on a small map (Leaflet over the offline basemap) and naming the spot.
 * `collectCorrections` compares the form with the event and returns one correction per changed
 * field, which the review view posts one by one (each becomes an audit row); a checkbox asks
 * that a corrected actor's name in the text be remembered as an alias of the new actor.
 */
import L from 'leaflet'
// acled-types, not event.ts: the plain lists without zod (86 kB of the main chunk, 25 kB gzipped).
import { type EventType, SUB_EVENT_TYPES } from '../../../src/schema/acled-types.js'
import type { EventRecord } from '../api.js'
import { EVENT_TYPE_LIST } from '../colors.js'
import { h } from '../dom.js'
import { addBasemap } from './basemap.js'
import { markerStyle } from './map-view.js'

export interface Correction {
  readonly field: 'type' | 'actor1' | 'actor2' | 'event_date' | 'fatalities' | 'place'
  readonly value: unknown
  /** On an actor correction: the text's words become an alias of the new actor. */
  readonly add_alias?: boolean
}

export interface EditForm {
  readonly el: HTMLFormElement
  /** Builds the map once the form is in the page (Leaflet measures its box). */
  mountMap(): void
  collectCorrections(): Correction[]
}

const input = (name: string, label: string, value: string, attrs: Record<string, string> = {}) =>
  h('label', { class: 'edit-field' }, label, h('input', { name, value, ...attrs }))

const round = (n: number) => Math.round(n * 10_000) / 10_000

/** The form for `e`; `onSubmit` runs on Save (Enter) and `onCancel` on Cancel (Escape). */
export function createEditForm(e: EventRecord, onSubmit: () => void, onCancel: () => void): EditForm {
  const typeSel = h('select', { name: 'event_type' },
    ...EVENT_TYPE_LIST.map((t) => h('option', { value: t, selected: t === e.event_type }, t)))
  const subSel = h('select', { name: 'sub_event_type' })
  const fillSubs = () => {
    const subs = SUB_EVENT_TYPES[typeSel.value as EventType] ?? []
    subSel.replaceChildren(...subs.map((s) =>
      h('option', { value: s, selected: s === e.sub_event_type }, s)))
  }
  typeSel.addEventListener('change', fillSubs)
  fillSubs()
  const lat = h('input', { name: 'latitude', inputmode: 'decimal', value: e.latitude ?? '',
    'aria-label': 'Latitude' })
  const lon = h('input', { name: 'longitude', inputmode: 'decimal', value: e.longitude ?? '',
    'aria-label': 'Longitude' })
  const mapHost = h('div', { class: 'review-map', role: 'application',
    'aria-label': 'Click the map to set the event place' })
  const form = h('form', { class: 'review-edit', 'aria-label': 'Correct the event' },
    h('label', { class: 'edit-field' }, 'Event type', typeSel),
    h('label', { class: 'edit-field' }, 'Sub-event type', subSel),
    input('actor1', 'Actor 1', e.actor1, { required: 'true' }),
    input('actor2', 'Actor 2', e.actor2),
    h('label', { class: 'edit-check' },
      h('input', { type: 'checkbox', name: 'add_alias', value: 'yes' }),
      'Teach the registry: the text\'s name for a corrected actor becomes an alias'),
    input('event_date', 'Date', e.event_date ?? '', { type: 'date' }),
    input('fatalities', 'Fatalities', String(e.fatalities), { type: 'number', min: '0' }),
    h('fieldset', { class: 'edit-place' },
      h('legend', {}, 'Place — click the map'),
      input('location', 'Location name', e.location),
      h('span', { class: 'coords' }, lat, lon),
      mapHost),
    h('div', { class: 'edit-actions' },
      h('button', { type: 'submit', class: 'primary' }, 'Save corrections'),
      h('button', { type: 'button', onclick: () => onCancel() }, 'Cancel')))
  form.addEventListener('submit', (ev) => {
    ev.preventDefault()
    onSubmit()
  })
  form.addEventListener('keydown', (ev) => {
    if (ev.key === 'Escape') onCancel()
  })

  let marker: L.CircleMarker | null = null
  const mountMap = () => {
    const map = L.map(mapHost, { zoomControl: true, attributionControl: false, minZoom: 2,
      maxZoom: 12 })
    const hasPoint = e.latitude !== null && e.longitude !== null
    const center: L.LatLngExpression = hasPoint ? [e.latitude as number, e.longitude as number]
      : [16.5, -2]
    map.setView(center, 6)
    // The form may still be laying out: measure again once it has its size.
    requestAnimationFrame(() => {
      map.invalidateSize()
      map.setView(center, 6)
      mapHost.dataset.ready = 'true'
    })
    void addBasemap(map).catch(() => {})
    const place = (latlng: L.LatLng) => {
      marker?.remove()
      marker = L.circleMarker(latlng, { ...markerStyle(e), interactive: false }).addTo(map)
    }
    if (hasPoint) place(L.latLng(e.latitude as number, e.longitude as number))
    map.on('click', (ev: L.LeafletMouseEvent) => {
      lat.value = String(round(ev.latlng.lat))
      lon.value = String(round(ev.latlng.lng))
      place(ev.latlng)
      mapHost.dataset.clicked = 'true'
    })
  }

  const collectCorrections = (): Correction[] => {
    const data = new FormData(form)
    const text = (k: string) => String(data.get(k) ?? '').trim()
    const out: Correction[] = []
    if (text('event_type') !== e.event_type || text('sub_event_type') !== e.sub_event_type) {
      out.push({ field: 'type', value: { event_type: text('event_type'),
        sub_event_type: text('sub_event_type') } })
    }
    const alias = data.get('add_alias') === 'yes' ? { add_alias: true } : {}
    if (text('actor1') !== e.actor1) out.push({ field: 'actor1', value: text('actor1'), ...alias })
    if (text('actor2') !== e.actor2) out.push({ field: 'actor2', value: text('actor2'), ...alias })
    const date = text('event_date') || null
    if (date !== e.event_date) out.push({ field: 'event_date', value: date })
    const deaths = Number(text('fatalities'))
    if (deaths !== e.fatalities) out.push({ field: 'fatalities', value: deaths })
    const la = Number.parseFloat(text('latitude'))
    const lo = Number.parseFloat(text('longitude'))
    const moved = la !== e.latitude || lo !== e.longitude || text('location') !== e.location
    if (moved && Number.isFinite(la) && Number.isFinite(lo)) {
      out.push({ field: 'place', value: { location: text('location') || `${la}, ${lo}`,
        latitude: la, longitude: lo } })
    }
    return out
  }

  return { el: form, mountMap, collectCorrections }
}
