/**
 * @module
 * The incident summary an alert carries, and what counts as a change worth a new revision. In:
 * an incident (`corroborate/incident.ts`). Out: its `AlertState`, and the list of summary fields
 * that differ between two states. Only what an analyst acts on revises an alert: the event type,
 * date, place, death toll (summary, lowest and highest claim) and perpetrator. One more outlet
 * repeating the same facts refreshes the stored state (reports, outlets) but raises nothing.
 */
import type { Incident } from '../corroborate/incident.js'
import type { AlertState } from '../schema/watchlist.js'

/** The alert state of an incident. */
export function alertState(incident: Incident): AlertState {
  const conflicts = (['date', 'location', 'fatalities', 'perpetrator'] as const).filter(
    (k) => incident[k].conflict,
  )
  return {
    incident_id: incident.id,
    event_type: incident.event_type,
    date: incident.date.value,
    location: incident.location.value,
    country: incident.country,
    admin1: incident.admin1,
    latitude: incident.latitude,
    longitude: incident.longitude,
    fatalities: incident.fatalities.value,
    fatalities_min: incident.fatalities.min,
    fatalities_max: incident.fatalities.max,
    perpetrator: incident.perpetrator.value,
    reports: incident.reports,
    independent_sources: incident.independent_sources,
    outlets: incident.outlets,
    event_ids: incident.claims.map((c) => c.event_id).sort(),
    conflicts,
  }
}

/** Fields whose change revises an alert. */
export const REVISING_FIELDS = [
  'event_type', 'date', 'location', 'country', 'admin1',
  'fatalities', 'fatalities_min', 'fatalities_max', 'perpetrator',
] as const satisfies readonly (keyof AlertState)[]

/** The revising fields that differ from `before` to `after` (empty: nothing to tell). */
export function changedFields(before: AlertState, after: AlertState): string[] {
  return REVISING_FIELDS.filter((k) => before[k] !== after[k])
}
