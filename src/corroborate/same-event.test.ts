/**
 * @module
 * Tests for `sameHappening`: each of its four tests alone (type, date window by time precision,
 * radius by geo precision or place names, actors), the tier and same-document exclusions, and
 * symmetry over every case.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { EventRecord } from '../schema/event.js'
import { makeEvent } from '../store/_fixtures.js'
import { distanceKm, sameHappening } from './same-event.js'

const A = makeEvent('docA', 1, {
  actor1: 'Free Hills Brigade', actor2: 'Military Forces of Vandoria (2019-)',
})
const b = (o: Partial<EventRecord>) =>
  makeEvent('docB', 1, {
    actor1: 'Free Hills Brigade', actor2: 'Military Forces of Vandoria', ...o,
  })

describe('sameHappening', () => {
  it('table of pairs (and symmetric)', () => {
    const cases: [string, EventRecord, EventRecord, boolean][] = [
      ['identical report, other document', A, b({}), true],
      ['same document never', A, makeEvent('docA', 2, { actor1: A.actor1 }), false],
      ['context tier never corroborates news', A, b({ tier: 'context' }), false],
      ['compatible types: battle vs attack on civilians', A,
        b({ event_type: 'Violence against civilians', sub_event_type: 'Attack' }), true],
      ['compatible types: battle vs IED', A,
        b({ event_type: 'Explosions/Remote violence', sub_event_type: 'Grenade' }), true],
      ['incompatible types: battle vs protest', A,
        b({ event_type: 'Protests', sub_event_type: 'Peaceful protest' }), false],
      ['one day apart at precision 1', A, b({ event_date: '2024-03-02' }), true],
      ['two days apart at precision 1', A, b({ event_date: '2024-03-03' }), false],
      ['six days apart, one report at week precision', A,
        b({ event_date: '2024-03-07', time_precision: 2 }), true],
      ['undated never matches', A, b({ event_date: null }), false],
      ['~20 km apart at precision 1', A, b({ latitude: 10.68 }), true],
      ['~40 km apart at precision 1', A, b({ latitude: 10.86 }), false],
      ['~40 km apart, one at precision 2', A, b({ latitude: 10.86, geo_precision: 2 }), true],
      ['~300 km apart even at precision 3', A, b({ longitude: 23.0, geo_precision: 3 }), false],
      ['no coordinates, same named place', A, b({ latitude: null, longitude: null }), true],
      ['no coordinates, other place', A,
        b({ latitude: null, longitude: null, location: 'Brask' }), false],
      ['no coordinates, same name in another admin1', A,
        b({ latitude: null, longitude: null, admin1: 'South Reach' }), false],
      ['named vs unidentified perpetrator, no other actor', makeEvent('docA', 1, { actor2: '' }),
        b({ actor1: 'Unidentified Armed Group (Vandoria)', actor2: '' }), true],
      ['different perpetrators, shared target', A,
        b({ actor1: 'Unidentified Armed Group (Vandoria)' }), true],
      ['conflicting named actors, nothing shared', A,
        b({ actor1: 'Ostmark Rangers', actor2: 'Lake Militia' }), false],
      ['actor names match across case and accents', A,
        b({ actor1: 'FREE HILLS BRIGADE', actor2: 'Militäry Forces of Vandoria' }), true],
    ]
    for (const [label, x, y, want] of cases) {
      assert.equal(sameHappening(x, y), want, label)
      assert.equal(sameHappening(y, x), want, `${label} (swapped)`)
    }
  })

  it('distanceKm: one degree of latitude is ~111 km', () => {
    assert.ok(Math.abs(distanceKm(0, 0, 1, 0) - 111.2) < 0.1)
  })
})
