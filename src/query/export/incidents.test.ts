/**
 * @module
 * Incident-level exports on invented incidents: CSV cells (summary, rule, conflict flags, claims
 * side by side per outlet, formula guard), JSON Lines with every claim, GeoJSON skipping unlocated
 * incidents, paging through the store, and an unknown format refused.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { Claim, Incident } from '../../corroborate/incident.js'
import { IncidentSchema } from '../../corroborate/incident.js'
import { FaultlineError } from '../../errors.js'
import { parseCsv } from './_csv-parse.js'
import { collect, fromArray, slowSink } from './_sink.js'
import { INCIDENT_CSV_HEADER, claimsCell } from './incident-csv.js'
import { streamIncidents, writeIncidentExport } from './incidents.js'

function claim(n: number, outlet: string | null, over: Partial<Claim> = {}): Claim {
  return {
    event_id: `doc_${n}:1`, doc_id: `doc_${n}`, outlet, source: n, event_date: '2024-06-11',
    time_precision: 1, event_type: 'Violence against civilians', sub_event_type: 'Attack',
    actor1: 'Unidentified Armed Group (Mali)', actor2: 'Civilians (Mali)', fatalities: 6,
    certainty: 'reported', country: 'Mali', admin1: 'Mopti', location: 'Dialassagou',
    latitude: 14.21, longitude: -3.44, geo_precision: 1, ...over,
  }
}

const summary = <T>(value: T, conflict: boolean, rule: string) => ({ value, conflict, rule })

function incident(id: string, claims: Claim[], located = true): Incident {
  const deaths = claims.map((c) => c.fatalities)
  return IncidentSchema.parse({
    id, event_type: 'Violence against civilians',
    date: summary('2024-06-11', false, 'earliest date'),
    location: summary('Dialassagou', false, 'finest geo precision'),
    country: 'Mali', admin1: 'Mopti',
    latitude: located ? 14.21 : null, longitude: located ? -3.44 : null,
    fatalities: { ...summary(Math.min(...deaths), true, 'lowest firm count'),
      min: Math.min(...deaths), max: Math.max(...deaths) },
    perpetrator: summary('JNIM', true, 'named actor over unidentified'),
    reports: claims.length, independent_sources: 2,
    outlets: [...new Set(claims.map((c) => c.outlet ?? c.doc_id))], claims,
  })
}

const disputed = incident('inc_a', [
  claim(1, 'Bandiagara Echo', { fatalities: 6, actor1: 'JNIM' }),
  claim(2, 'Radio Kayes; Evening', { fatalities: 8 }),
  claim(3, 'Bandiagara Echo', { fatalities: 6, actor1: 'JNIM' }),
  claim(4, null, { fatalities: 8, event_date: null }),
])
const unlocated = incident('inc_b', [claim(5, '=Formula Weekly')], false)

async function run(format: string, items: Incident[]) {
  const sink = collect()
  const n = await writeIncidentExport(format, fromArray(items), sink.out)
  return { n, text: sink.text() }
}

describe('incident CSV', () => {
  it('one row per incident: summaries with rules, claims side by side by outlet', async () => {
    const { n, text } = await run('csv', [disputed, unlocated])
    assert.equal(n, 2)
    const [header, a, b] = parseCsv(text)
    assert.deepEqual(header, [...INCIDENT_CSV_HEADER])
    const row = Object.fromEntries(header!.map((h, i) => [h, a![i]]))
    assert.equal(row.fatalities, '6')
    assert.equal(row.fatalities_rule, 'lowest firm count')
    assert.equal(row.fatalities_conflict, 'true')
    assert.equal(row.fatalities_min + '-' + row.fatalities_max, '6-8')
    assert.equal(row.fatalities_claims, '6 (Bandiagara Echo); 8 (Radio Kayes, Evening, doc_4)')
    assert.equal(row.perpetrator_claims,
      'JNIM (Bandiagara Echo); Unidentified Armed Group (Mali) (Radio Kayes, Evening, doc_4)')
    assert.equal(row.date_claims, '2024-06-11 (Bandiagara Echo, Radio Kayes, Evening); ? (doc_4)')
    assert.equal(row.independent_sources, '2')
    assert.equal(row.event_ids, 'doc_1:1 doc_2:1 doc_3:1 doc_4:1')
    assert.equal(b?.[header!.indexOf('outlets')], "'=Formula Weekly", 'formula guarded')
  })

  it('claimsCell: each distinct value once, in claim order', () => {
    const cases: [string, Claim[], string][] = [
      ['agreeing outlets', [claim(1, 'A'), claim(2, 'B')], '6 (A, B)'],
      ['one outlet twice', [claim(1, 'A'), claim(2, 'A')], '6 (A)'],
      ['disagreeing', [claim(1, 'A', { fatalities: 9 }), claim(2, 'B')], '9 (A); 6 (B)'],
    ]
    for (const [label, claims, want] of cases) {
      assert.equal(claimsCell(claims, (c) => c.fatalities), want, label)
    }
  })
})

describe('incident JSON Lines and GeoJSON', () => {
  it('JSONL holds every claim of every incident', async () => {
    const { n, text } = await run('jsonl', [disputed, unlocated])
    const lines = text.trimEnd().split('\n').map((l) => IncidentSchema.parse(JSON.parse(l)))
    assert.equal(n, 2)
    assert.deepEqual(lines, [disputed, unlocated])
  })

  it('GeoJSON has a point per located incident, claims in its properties', async () => {
    const { n, text } = await run('geojson', [disputed, unlocated])
    const fc = JSON.parse(text) as { features: { id: string; geometry: { coordinates: number[] };
      properties: { claims: unknown[] } }[] }
    assert.equal(n, 1)
    assert.deepEqual(fc.features.map((f) => f.id), ['inc_a'])
    assert.deepEqual(fc.features[0]?.geometry.coordinates, [-3.44, 14.21])
    assert.equal(fc.features[0]?.properties.claims.length, 4)
  })

  it('waits for a slow stream (backpressure) and refuses unknown formats', async () => {
    const sink = slowSink()
    const many = Array.from({ length: 300 }, (_, k) => ({ ...disputed, id: `inc_${k}` }))
    assert.equal(await writeIncidentExport('jsonl', fromArray(many), sink.out), 300)
    assert.equal(sink.text().split('\n').length, 301)
    const bad = (e: unknown) => e instanceof FaultlineError && e.code === 'E_BAD_ARGUMENT'
    await assert.rejects(writeIncidentExport('xlsx', fromArray([]), collect().out), bad)
  })
})

describe('streamIncidents', () => {
  it('pages through listIncidents until a short page', async () => {
    const all = Array.from({ length: 7 }, (_, k) => ({ ...unlocated, id: `inc_${k}` }))
    const calls: number[] = []
    const store = {
      listIncidents: async (_f: unknown, page: { limit: number; offset: number }) => {
        calls.push(page.offset)
        return { total: all.length, items: all.slice(page.offset, page.offset + page.limit) }
      },
    }
    const got: string[] = []
    for await (const i of streamIncidents(store, {}, 3)) got.push(i.id)
    assert.deepEqual(got, all.map((i) => i.id))
    assert.deepEqual(calls, [0, 3, 6])
  })
})
