/**
 * @module
 * Matching a predicted event to a hand-annotated gold event (seeds and articles): the type is
 * acceptable, the date falls in the gold window (± slack days), and the place is within a radius
 * or has the same folded name.
 */
import type { EventRecord } from '../../src/schema/event.js'
import { fold, km } from './compare.js'

export interface GoldEvent {
  id: string
  doc: string
  tier: string
  optional?: boolean
  types: string[]
  sub_types?: string[]
  actor1?: string[]
  actor2?: string[]
  loc: string | null
  lat: number | null
  lon: number | null
  from: string
  to: string
  fatalities: number | null
  fatalities_ok?: number[]
  hedged?: boolean
}

function shift(iso: string, days: number): string {
  const t = new Date(
    `${iso.length === 4 ? `${iso}-01-01` : iso.length === 7 ? `${iso}-01` : iso}T00:00:00Z`,
  )
  t.setUTCDate(t.getUTCDate() + days)
  return t.toISOString().slice(0, 10)
}

function windowEnd(to: string): string {
  if (to.length === 4) return `${to}-12-31`
  if (to.length === 7)
    return shift(`${to}-28`, 4).slice(0, 8) === `${to}-`.slice(0, 8) ? `${to}-31` : `${to}-28`
  return to
}

export function dateMatches(e: EventRecord, g: GoldEvent, slack: number): boolean {
  if (!e.event_date) return false
  return e.event_date >= shift(g.from, -slack) && e.event_date <= shift(windowEnd(g.to), slack)
}

export function placeMatches(e: EventRecord, g: GoldEvent, radiusKm: number): boolean {
  // gold with no place stated ("loc": null) may leave lat/lon out altogether
  if (g.lat == null || g.lon == null) return true
  if (g.loc && e.location && fold(e.location) === fold(g.loc)) return true
  if (e.latitude === null || e.longitude === null) return false
  return km(e.latitude, e.longitude, g.lat, g.lon) <= radiusKm
}

export function matches(e: EventRecord, g: GoldEvent, slack: number, radiusKm: number): boolean {
  return g.types.includes(e.event_type) && dateMatches(e, g, slack) && placeMatches(e, g, radiusKm)
}
