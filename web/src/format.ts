/**
 * @module
 * Display strings for event fields: precision codes, actors, places. Pure functions, no DOM.
 */
import type { EventRecord } from './api.js'

const GEO_PRECISION: Record<number, string> = {
  1: 'exact place',
  2: 'near the place (district)',
  3: 'region only',
}
const TIME_PRECISION: Record<number, string> = {
  1: 'exact day',
  2: 'within the week',
  3: 'within the month',
}

export function geoPrecisionLabel(p: number): string {
  return `${p} — ${GEO_PRECISION[p] ?? 'unknown'}`
}

export function timePrecisionLabel(p: number): string {
  return `${p} — ${TIME_PRECISION[p] ?? 'unknown'}`
}

export function actorsLabel(e: EventRecord): string {
  return e.actor2 ? `${e.actor1} vs ${e.actor2}` : e.actor1 || '—'
}

export function placeLabel(e: EventRecord): string {
  const parts = [e.location, e.admin1, e.country].filter((p, i, all) => p && all.indexOf(p) === i)
  return parts.join(', ') || '—'
}

/** Location and country only, for narrow cells. */
export function shortPlace(e: EventRecord): string {
  return [e.location, e.country].filter((p, i, all) => p && all.indexOf(p) === i).join(', ') || '—'
}

export function fatalitiesLabel(e: EventRecord): string {
  const { fatalities, fatalities_min: min, fatalities_max: max } = e
  if (min !== undefined && max !== undefined && min !== max) return `${fatalities} (${min}–${max})`
  return String(fatalities)
}

/** Path of an event's detail view. */
export function eventHref(id: string): string {
  return `/events/${encodeURIComponent(id)}`
}
