/**
 * @module
 * Hand-made documents and events for the store and query tests (invented places and actors, no
 * real reporting). `makeEvent` fills every required field so a test states only what it is about.
 * @internal
 */
import { createHash } from 'node:crypto'
import type { RawDoc } from '../schema/document.js'
import type { EventRecord } from '../schema/event.js'

export function makeDoc(text: string, overrides: Partial<RawDoc> = {}): RawDoc {
  return {
    source: 'test://fixture',
    text,
    title: 'Fixture report',
    outlet: 'The Test Gazette',
    author: null,
    published_at: '2024-03-02',
    language: 'en',
    format: 'txt',
    content_hash: createHash('sha256').update(text).digest('hex'),
    ...overrides,
  }
}

export function makeEvent(
  docId: string,
  n: number,
  overrides: Partial<EventRecord> = {},
): EventRecord {
  return {
    doc_id: docId,
    event_id: `${docId}-e${String(n).padStart(5, '0')}`,
    event_date: '2024-03-01',
    time_precision: 1,
    event_type: 'Battles',
    sub_event_type: 'Armed clash',
    actor1: 'Military Forces of Vandoria (2019-)',
    assoc_actor_1: '',
    actor2: 'Free Hills Brigade',
    assoc_actor_2: '',
    inter1: 1,
    inter2: 2,
    country: 'Vandoria',
    admin1: 'North Reach',
    admin2: 'Kessel',
    location: 'Kessel Ford',
    latitude: 10.5,
    longitude: 20.25,
    geo_precision: 1,
    fatalities: 3,
    certainty: 'reported',
    tier: 'news',
    evidence: [{ start: 0, end: 24, text: 'Soldiers clashed at dawn', field: 'type' }],
    extractor: { name: 'rules', version: '0.1.0' },
    ...overrides,
  }
}
