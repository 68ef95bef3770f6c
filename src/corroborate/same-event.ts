/**
 * @module
 * `sameHappening(a, b)`: do two reports from different documents describe one happening? A pure,
 * symmetric predicate over event records, so the incidents built from it (connected components)
 * do not depend on the order reports arrive in. Four tests, all required: compatible types, dates
 * within a window, places within a radius (or, without coordinates, the same named place), and
 * actors that overlap or do not conflict. Thresholds live in `data/thresholds.ts`.
 */
import type { EventRecord, EventType } from '../schema/event.js'
import { EARTH_RADIUS_KM } from '../query/where-clause.js'
import { COMPATIBLE_TYPES, DATE_WINDOW_DAYS, GENERIC_ACTOR, RADIUS_KM } from './data/thresholds.js'

/** The fields the predicate reads (a stored event has them all). */
export type Report = Pick<
  EventRecord,
  | 'doc_id' | 'event_id' | 'event_date' | 'time_precision' | 'event_type' | 'actor1' | 'actor2'
  | 'assoc_actor_1' | 'assoc_actor_2' | 'country' | 'admin1' | 'location' | 'latitude'
  | 'longitude' | 'geo_precision' | 'tier'
>

/** Same type, or one of the pairs in `COMPATIBLE_TYPES` (either way round). */
export function compatibleTypes(a: EventType, b: EventType): boolean {
  if (a === b) return true
  return COMPATIBLE_TYPES.some(([x, y]) => (x === a && y === b) || (x === b && y === a))
}

/** The event types a report of type `t` may be merged with (itself first). */
export function typesCompatibleWith(t: EventType): EventType[] {
  const others = COMPATIBLE_TYPES.flatMap(([x, y]) => (x === t ? [y] : y === t ? [x] : []))
  return [t, ...others]
}

/** The wider date window of two time precisions, in days. */
export const dateWindow = (a: 1 | 2 | 3, b: 1 | 2 | 3): number =>
  Math.max(DATE_WINDOW_DAYS[a], DATE_WINDOW_DAYS[b])

/** The wider radius of two geo precisions, in km. */
export const radiusKm = (a: 1 | 2 | 3, b: 1 | 2 | 3): number => Math.max(RADIUS_KM[a], RADIUS_KM[b])

const DAY_MS = 86_400_000

/** Whole days between two `YYYY-MM-DD` dates (absolute). */
export function daysApart(a: string, b: string): number {
  return Math.abs(Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / DAY_MS
}

/** Great-circle distance in km (haversine, same Earth radius as the `near` filter). */
export function distanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = (d: number) => (d * Math.PI) / 180
  const h =
    Math.sin(rad(lat2 - lat1) / 2) ** 2 +
    Math.cos(rad(lat1)) * Math.cos(rad(lat2)) * Math.sin(rad(lon2 - lon1) / 2) ** 2
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)))
}

/** Case-, accent- and spacing-insensitive name; a trailing year range `(2019-)` is dropped. */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/\s*\(\d{4}-(\d{4})?\)\s*$/, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
}

/** True for names like 'Unidentified Armed Group (Mali)'. */
export const isGenericActor = (name: string): boolean => GENERIC_ACTOR.test(name.trim())

function actorNames(r: Report): string[] {
  return [r.actor1, r.actor2, r.assoc_actor_1, r.assoc_actor_2].filter((n) => n.trim() !== '')
}

/**
 * Actors overlap (any name shared, in any role) or cannot conflict (one report names nobody
 * specific: only 'Unidentified…' actors or none).
 */
export function compatibleActors(a: Report, b: Report): boolean {
  const namesA = actorNames(a)
  const namesB = actorNames(b)
  const setB = new Set(namesB.map(normalizeName))
  if (namesA.some((n) => setB.has(normalizeName(n)))) return true
  const named = (names: string[]) => names.filter((n) => !isGenericActor(n))
  return named(namesA).length === 0 || named(namesB).length === 0
}

function samePlace(a: Report, b: Report): boolean {
  if (a.latitude !== null && a.longitude !== null && b.latitude !== null && b.longitude !== null) {
    const km = distanceKm(a.latitude, a.longitude, b.latitude, b.longitude)
    return km <= radiusKm(a.geo_precision, b.geo_precision)
  }
  // Without coordinates only the names can say it is the same place.
  const same = (x: string, y: string) => normalizeName(x) === normalizeName(y)
  return (
    a.location.trim() !== '' &&
    same(a.location, b.location) &&
    same(a.admin1, b.admin1) &&
    same(a.country, b.country)
  )
}

/**
 * Whether two reports from different documents describe the same happening. Context-tier events
 * (background mentions of older events) never corroborate anything; undated reports never match.
 * @example sameHappening(ambushByOutletA, ambushByOutletB) // true
 */
export function sameHappening(a: Report, b: Report): boolean {
  if (a.doc_id === b.doc_id) return false
  if (a.tier !== 'news' || b.tier !== 'news') return false
  if (!compatibleTypes(a.event_type, b.event_type)) return false
  if (a.event_date === null || b.event_date === null) return false
  if (daysApart(a.event_date, b.event_date) > dateWindow(a.time_precision, b.time_precision)) {
    return false
  }
  return samePlace(a, b) && compatibleActors(a, b)
}
