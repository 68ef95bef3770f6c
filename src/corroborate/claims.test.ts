/**
 * @module
 * Tests for `buildIncident`: the fatality rule (lowest firm count, hedged fallback, never an
 * average), the perpetrator rule with its conflict flag, the date rule, and independent sources
 * (same outlet once, near-duplicate texts once).
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { EventRecord } from '../schema/event.js'
import { makeEvent } from '../store/_fixtures.js'
import type { IncidentReport } from './claims.js'
import { buildIncident } from './claims.js'

let n = 0
const report = (
  outlet: string | null,
  o: Partial<EventRecord>,
  fingerprint: string | null = null,
) =>
  ({ ...makeEvent(`doc${++n}`, 1, o), outlet, fingerprint }) as IncidentReport
const fp = (c: string) => c.repeat(512)

describe('buildIncident', () => {
  it('fatalities: the lowest count not hedged, else the lowest hedged', () => {
    const cases: [string, IncidentReport[], number, [number, number], boolean][] = [
      ['6 vs 8 → 6', [report('A', { fatalities: 6 }), report('B', { fatalities: 8 })], 6, [6, 8],
        true],
      ['hedged 2 ignored beside firm 5', [
        report('A', { fatalities: 5 }), report('B', { fatalities: 2, certainty: 'hedged' }),
      ], 5, [2, 5], true],
      ['only hedged → lowest hedged', [
        report('A', { fatalities: 9, certainty: 'hedged' }),
        report('B', { fatalities: 4, certainty: 'hedged' }),
      ], 4, [4, 9], true],
      ['agreement, no conflict', [report('A', { fatalities: 3 }), report('B', { fatalities: 3 })],
        3, [3, 3], false],
      ['0 is no count reported: 12 stands, no conflict', [
        report('A', { fatalities: 0 }), report('B', { fatalities: 12 }),
      ], 12, [0, 12], false],
      ['0 beside a hedged count', [
        report('A', { fatalities: 0 }), report('B', { fatalities: 7, certainty: 'hedged' }),
      ], 7, [0, 7], false],
      ['all 0', [report('A', { fatalities: 0 }), report('B', { fatalities: 0 })], 0, [0, 0],
        false],
    ]
    for (const [label, reports, value, [min, max], conflict] of cases) {
      const f = buildIncident('inc_x', reports).fatalities
      assert.deepEqual([f.value, f.min, f.max, f.conflict], [value, min, max, conflict], label)
    }
  })

  it('perpetrator: named over unidentified, conflict flagged, every claim kept', () => {
    const cases: [string, string[], string, boolean][] = [
      ['JNIM vs unidentified',
        ['Unidentified Armed Group (Vandoria)', 'JNIM: Group for Support of Islam and Muslims'],
        'JNIM: Group for Support of Islam and Muslims', true],
      ['agreement', ['Free Hills Brigade', 'Free Hills Brigade'], 'Free Hills Brigade', false],
      ['only unidentified', ['Unidentified Armed Group (Vandoria)'],
        'Unidentified Armed Group (Vandoria)', false],
      ['two named: more sources win', ['Lake Militia', 'Free Hills Brigade', 'Free Hills Brigade'],
        'Free Hills Brigade', true],
    ]
    for (const [label, actors, value, conflict] of cases) {
      const reports = actors.map((a, i) => report(`Outlet ${i}`, { actor1: a }))
      const inc = buildIncident('inc_x', reports)
      assert.deepEqual([inc.perpetrator.value, inc.perpetrator.conflict], [value, conflict], label)
      const claimed = inc.claims.map((c) => c.actor1).sort()
      assert.deepEqual(claimed, [...actors].sort(), `${label}: every claim`)
    }
  })

  it('date: earliest at the finest precision; conflicts flagged', () => {
    const inc = buildIncident('inc_x', [
      report('A', { event_date: '2024-03-02' }),
      report('B', { event_date: '2024-03-01', time_precision: 2 }),
      report('C', { event_date: '2024-03-03' }),
    ])
    assert.deepEqual([inc.date.value, inc.date.conflict], ['2024-03-02', true])
  })

  it('independent sources: same outlet once, near-duplicate texts once', () => {
    const cases: [string, IncidentReport[], number][] = [
      ['two outlets', [report('Sahel Courier', {}), report('River Post', {})], 2],
      ['same outlet twice (any case)',
        [report('Sahel Courier', {}), report('sahel courier', {})], 1],
      ['wire copy on two sites', [report('Site A', {}, fp('a')), report('Site B', {}, fp('a'))], 1],
      ['distinct texts, unknown outlets',
        [report(null, {}, fp('a')), report(null, {}, fp('b'))], 2],
    ]
    for (const [label, reports, want] of cases) {
      const inc = buildIncident('inc_x', reports)
      assert.equal(inc.independent_sources, want, label)
      assert.equal(inc.reports, reports.length, `${label}: reports`)
    }
  })
})
