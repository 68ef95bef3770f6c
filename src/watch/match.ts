/**
 * @module
 * Does an incident match a watchlist? In: the watchlist's filter and an incident (summary and
 * every claim). Out: a boolean. Pure. The event-level criteria (country, admin1, types, actors,
 * outlets, certainty, area) hold when ONE report of the incident meets them all, the semantics
 * of `listIncidents` (an incident is listed when one of its reports matches); the death toll is
 * the incident's: its summary value (the lowest firm count, ACLED's convention) must reach
 * `min_fatalities`, so an upward revision that every outlet confirms can bring an incident in.
 */
import type { Claim, Incident } from '../corroborate/incident.js'
import { distanceKm } from '../corroborate/same-event.js'
import type { WatchFilter } from '../schema/watchlist.js'

const same = (a: string | null, b: string) =>
  (a ?? '').trim().toLowerCase() === b.trim().toLowerCase()

/** Whether one report meets every event-level criterion of the filter. */
export function claimMatches(f: WatchFilter, c: Claim): boolean {
  if (f.country !== undefined && !same(c.country, f.country)) return false
  if (f.admin1 !== undefined && !same(c.admin1, f.admin1)) return false
  if (f.certainty !== undefined && c.certainty !== f.certainty) return false
  if (f.types !== undefined && !f.types.includes(c.event_type)) return false
  if (f.outlets !== undefined && !f.outlets.some((o) => same(c.outlet, o))) return false
  if (f.actors !== undefined) {
    const names = [c.actor1, c.actor2].map((n) => n.toLowerCase())
    if (!f.actors.some((a) => names.some((n) => n.includes(a.trim().toLowerCase())))) return false
  }
  if (f.area !== undefined) {
    if (c.latitude === null || c.longitude === null) return false
    const km = distanceKm(f.area.lat, f.area.lon, c.latitude, c.longitude)
    if (km > f.area.radius_km) return false
  }
  return true
}

/** Whether the incident matches the watchlist filter. */
export function incidentMatches(f: WatchFilter, incident: Incident): boolean {
  if (f.min_fatalities !== undefined && incident.fatalities.value < f.min_fatalities) return false
  return incident.claims.some((c) => claimMatches(f, c))
}
