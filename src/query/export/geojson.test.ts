/**
 * @module
 * Tests for the GeoJSON export: Point features in [lon, lat], ungeocoded events skipped, the
 * empty collection, and incremental writing under backpressure.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { makeEvent } from '../../store/_fixtures.js'
import { collect, fromArray, slowSink } from './_sink.js'
import { writeGeojson } from './geojson.js'

describe('geojson', () => {
  it('a FeatureCollection of Points, [lon, lat], ungeocoded events skipped', async () => {
    const events = [
      { ...makeEvent('g', 1, { latitude: 12.5, longitude: -4.25 }), outlet: 'Ledger' },
      { ...makeEvent('g', 2, { latitude: null, longitude: null }), outlet: null },
      {
        ...makeEvent('g', 3, {
          latitude: -1, longitude: 179.5, fatalities_min: 2, fatalities_max: 5,
        }),
        outlet: null,
      },
    ]
    const sink = collect()
    const n = await writeGeojson(fromArray(events), sink.out)
    const doc = JSON.parse(sink.text())
    assert.equal(n, 2, 'features written')
    assert.equal(doc.type, 'FeatureCollection', 'type')
    assert.equal(doc.features.length, 2, 'feature count')
    const cases: [string, number, string, [number, number]][] = [
      ['first', 0, 'g-e00001', [-4.25, 12.5]],
      ['third (second skipped)', 1, 'g-e00003', [179.5, -1]],
    ]
    for (const [label, i, id, coords] of cases) {
      const f = doc.features[i]
      assert.equal(f.type, 'Feature', `${label}: type`)
      assert.equal(f.id, id, `${label}: id`)
      assert.deepEqual(f.geometry, { type: 'Point', coordinates: coords }, `${label}: geometry`)
      assert.equal(f.properties.event_id, id, `${label}: properties carry the record`)
      assert.deepEqual(f.properties.evidence, events[0]?.evidence, `${label}: evidence kept`)
    }
    assert.equal(doc.features[0].properties.outlet, 'Ledger', 'outlet carried')
    assert.equal(doc.features[1].properties.fatalities_max, 5, 'optional fields carried')
  })

  it('empty input is a valid, empty collection', async () => {
    const sink = collect()
    assert.equal(await writeGeojson(fromArray([]), sink.out), 0, 'count')
    const empty = { type: 'FeatureCollection', features: [] }
    assert.deepEqual(JSON.parse(sink.text()), empty, 'document')
  })

  it('written incrementally, honouring backpressure', async () => {
    const sink = slowSink()
    const events = Array.from({ length: 100 }, (_, i) => makeEvent('h', i))
    assert.equal(await writeGeojson(fromArray(events), sink.out), 100, 'count')
    assert.ok(sink.drains() > 0, 'backpressure hit')
    await new Promise<void>((resolve) => sink.out.end(resolve))
    assert.equal(JSON.parse(sink.text()).features.length, 100, 'all features arrived')
  })
})
