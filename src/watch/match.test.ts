/**
 * @module
 * Watchlist matching and alert revision rules, table-driven on an invented two-report incident:
 * each criterion alone, all of them met by one report (not split across two), the summary death
 * toll against `min_fatalities`, and which summary changes revise an alert.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { buildIncident } from '../corroborate/claims.js'
import type { IncidentReport } from '../corroborate/claims.js'
import type { WatchFilter } from '../schema/watchlist.js'
import { makeEvent } from '../store/_fixtures.js'
import { alertState, changedFields } from './alert-state.js'
import { incidentMatches } from './match.js'
import { signBody, verifySignature } from './webhook-sign.js'

const report = (n: number, outlet: string, o: Partial<IncidentReport>): IncidentReport =>
  ({ ...makeEvent(`doc${n}`, 1), actor2: 'Military Forces of Vandoria (2019-)', outlet,
    fingerprint: null, ...o })
const INCIDENT = buildIncident('inc_test', [
  report(1, 'Sahel Courier', { actor1: 'Free Hills Brigade', fatalities: 6 }),
  report(2, 'River Post', { actor1: 'Unidentified Armed Group (Vandoria)', fatalities: 9,
    certainty: 'hedged', latitude: 11.5, longitude: 20.25 }),
])

describe('incidentMatches', () => {
  const cases: [string, WatchFilter, boolean][] = [
    ['empty filter', {}, true],
    ['country, any case', { country: 'vandoria' }, true],
    ['other country', { country: 'Elsewhere' }, false],
    ['admin1', { admin1: 'NORTH REACH' }, true],
    ['type listed', { types: ['Riots', 'Battles'] }, true],
    ['type not listed', { types: ['Protests'] }, false],
    ['actor part of a name', { actors: ['hills'] }, true],
    ['actor2 counts', { actors: ['military forces'] }, true],
    ['unknown actor', { actors: ['Lake Militia'] }, false],
    ['outlet whole name', { outlets: ['river post'] }, true],
    ['outlet part is not enough', { outlets: ['River'] }, false],
    ['certainty hedged', { certainty: 'hedged' }, true],
    ['area around report 1', { area: { lat: 10.5, lon: 20.3, radius_km: 10 } }, true],
    ['area missing both', { area: { lat: 15, lon: 25, radius_km: 50 } }, false],
    ['one report meets all', { outlets: ['River Post'], certainty: 'hedged' }, true],
    ['criteria split over two reports', { actors: ['Free Hills'], certainty: 'hedged' }, false],
    ['summary toll (6) reaches 6', { min_fatalities: 6 }, true],
    ['summary toll (6) below 7, although one claim says 9', { min_fatalities: 7 }, false],
  ]
  for (const [label, filter, want] of cases) {
    it(label, () => assert.equal(incidentMatches(filter, INCIDENT), want))
  }
})

describe('changedFields', () => {
  const base = alertState(INCIDENT)
  const cases: [string, Partial<typeof base>, string[]][] = [
    ['nothing', {}, []],
    ['one more outlet repeating', { reports: 3, outlets: ['A', 'B', 'C'] }, []],
    ['toll revised up', { fatalities_max: 12 }, ['fatalities_max']],
    ['perpetrator claimed', { perpetrator: 'Lake Militia' }, ['perpetrator']],
    ['date and place', { date: '2024-03-02', location: 'Brask' }, ['date', 'location']],
  ]
  for (const [label, change, want] of cases) {
    it(label, () => assert.deepEqual(changedFields(base, { ...base, ...change }), want))
  }
})

describe('webhook signature', () => {
  it('is sha256=<hex HMAC> of the raw body and checked in constant time', () => {
    const sig = signBody('{"a":1}', 'k')
    assert.match(sig, /^sha256=[0-9a-f]{64}$/)
    assert.ok(verifySignature('{"a":1}', 'k', sig))
    assert.equal(verifySignature('{"a": 1}', 'k', sig), false, 'body changed')
    assert.equal(verifySignature('{"a":1}', 'k', undefined), false, 'no header')
  })
})
