/**
 * @module
 * The corroborate stage: reports (events) from different documents that describe one happening
 * become one incident, with every claim kept side by side and summary values chosen by stated
 * rules. Pure functions here; the store runs them incrementally per ingested document
 * (`store/incident-repo.ts`), and `pipeline.ts` calls it after storing.
 */
export { buildIncident, independentSources } from './claims.js'
export type { IncidentReport } from './claims.js'
export { components, incidentId } from './components.js'
export type { Component } from './components.js'
export { nearDuplicate, similarity, textFingerprint } from './fingerprint.js'
export { ClaimSchema, IncidentPageSchema, IncidentSchema } from './incident.js'
export type { Claim, Incident } from './incident.js'
export { compatibleActors, compatibleTypes, sameHappening } from './same-event.js'
export type { Report } from './same-event.js'
