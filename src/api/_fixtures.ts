/**
 * @module
 * @internal Test data for the API tests: three invented documents and five events, ingested into a
 * real in-memory PGlite store (`openStore({ db: 'memory://' })`). Evidence offsets are computed
 * from the texts so they are always valid spans. Document A's events are ingested out of text
 * order on purpose, so `GET /api/documents/:id` has to sort them.
 */
import { createHash } from 'node:crypto'
import type { RawDoc } from '../schema/document.js'
import type { EventRecord, Span } from '../schema/event.js'
import { openStore } from '../store/open-store.js'
import type { Store } from '../store/store.js'

export const DOC_A = 'doc_0a0a0a0a0a0a0a0a'
export const DOC_B = 'doc_0b0b0b0b0b0b0b0b'
export const DOC_C = 'doc_0c0c0c0c0c0c0c0c'

const TEXT_A =
  'KESSAR, 3 March 2024. Fighters of the Northern Ridge Front clashed with the Valdoran army ' +
  'outside Kessar on Sunday; two soldiers were killed. Two days later a drone struck the cattle ' +
  'market in Kessar, local officials said.'
const TEXT_B =
  'LUMERA, 10 April 2024. Several hundred teachers marched peacefully through Lumera demanding ' +
  'back pay. The next evening youths threw stones at the municipal hall and set a car on fire.'
const TEXT_C =
  "Valdora's interior ministry announced that O'Brien's Militia had agreed to a ceasefire with " +
  'the government, according to a statement issued in the capital, Dorvan.'

function rawDoc(source: string, text: string, title: string | null, published: string | null) {
  const content_hash = createHash('sha256').update(text).digest('hex')
  const raw: RawDoc = {
    source, text, title, outlet: 'Invented Gazette', author: null, published_at: published,
    language: 'en', format: 'txt', content_hash,
  }
  return raw
}

function span(text: string, needle: string, field: string): Span {
  const start = text.indexOf(needle)
  if (start < 0) throw new Error(`fixture: '${needle}' not in text`)
  return { start, end: start + needle.length, text: needle, field }
}

const BASE: Omit<EventRecord, 'doc_id' | 'event_id' | 'event_type' | 'evidence'> = {
  event_date: null, time_precision: 1, sub_event_type: '', actor1: '', assoc_actor_1: '',
  actor2: '', assoc_actor_2: '', inter1: 0, inter2: 0, country: '', admin1: '', admin2: '',
  location: '', latitude: null, longitude: null, geo_precision: 1, fatalities: 0,
  certainty: 'reported', tier: 'news', extractor: { name: 'fixture', version: '0' },
}

const eventA1: EventRecord = {
  ...BASE, doc_id: DOC_A, event_id: `${DOC_A}:1`, event_date: '2024-03-03',
  event_type: 'Battles', sub_event_type: 'Armed clash',
  actor1: 'Northern Ridge Front', inter1: 2, actor2: 'Military Forces of Valdora', inter2: 1,
  country: 'Valdora', admin1: 'Kessar Province', location: 'Kessar', latitude: 12.5,
  longitude: 30.1, fatalities: 2,
  evidence: [
    span(TEXT_A, 'clashed', 'type'),
    span(TEXT_A, 'two soldiers were killed', 'fatalities'),
  ],
}
const eventA2: EventRecord = {
  ...BASE, doc_id: DOC_A, event_id: `${DOC_A}:2`, event_date: '2024-03-05',
  event_type: 'Explosions/Remote violence', sub_event_type: 'Air/drone strike',
  actor1: 'Unidentified Armed Group', inter1: 3, inter2: 7, country: 'Valdora',
  admin1: 'Kessar Province', location: 'Kessar', latitude: 12.51, longitude: 30.12,
  certainty: 'hedged', evidence: [span(TEXT_A, 'a drone struck the cattle market', 'type')],
}
const eventB1: EventRecord = {
  ...BASE, doc_id: DOC_B, event_id: `${DOC_B}:1`, event_date: '2024-04-10',
  event_type: 'Protests', sub_event_type: 'Peaceful protest', actor1: 'Protesters (Ostland)',
  assoc_actor_1: 'Teachers (Ostland)', inter1: 6, country: 'Ostland', location: 'Lumera',
  latitude: 48.2, longitude: 16.4, evidence: [span(TEXT_B, 'marched peacefully', 'type')],
}
const eventB2: EventRecord = {
  ...BASE, doc_id: DOC_B, event_id: `${DOC_B}:2`, event_date: '2024-04-11',
  event_type: 'Riots', sub_event_type: 'Violent demonstration', actor1: 'Rioters (Ostland)',
  inter1: 5, country: 'Ostland', location: 'Lumera', latitude: 48.2, longitude: 16.4,
  evidence: [span(TEXT_B, 'threw stones at the municipal hall', 'type')],
}
const eventC1: EventRecord = {
  ...BASE, doc_id: DOC_C, event_id: `${DOC_C}:1`, event_type: 'Strategic developments',
  sub_event_type: 'Agreement', actor1: "O'Brien's Militia", inter1: 3,
  actor2: 'Government of Valdora', inter2: 1, country: 'Valdora', location: 'Dorvan',
  latitude: 9.0, longitude: 28.0, evidence: [span(TEXT_C, 'agreed to a ceasefire', 'type')],
}

/** Every fixture event, by id. */
export const EVENTS = { A1: eventA1, A2: eventA2, B1: eventB1, B2: eventB2, C1: eventC1 }
export const ALL_EVENT_IDS = Object.values(EVENTS).map((e) => e.event_id)

export const DOCS: readonly { id: string; raw: RawDoc; events: EventRecord[] }[] = [
  // Out of text order on purpose (see the module comment).
  { id: DOC_A, raw: rawDoc('a.txt', TEXT_A, 'Kessar', '2024-03-06'), events: [eventA2, eventA1] },
  { id: DOC_B, raw: rawDoc('b.txt', TEXT_B, 'Lumera', '2024-04-12'), events: [eventB1, eventB2] },
  { id: DOC_C, raw: rawDoc('c.txt', TEXT_C, null, null), events: [eventC1] },
]

/** A fresh in-memory store holding the fixtures. */
export async function openFixtureStore(): Promise<Store> {
  const store = await openStore({ db: 'memory://' })
  for (const d of DOCS) await store.ingest(d.raw, d.id, d.events)
  return store
}
