/**
 * @module
 * Hand-written documents and events for the browser tests (our own prose, no third-party
 * articles): three ordinary reports of different event types and places, and a hostile one whose
 * text carries `<script>`, an inline event handler and a `javascript:` link. Events are built with
 * evidence spans located by `indexOf`, so offsets always match the text, and stored with
 * `store.ingest`: the tests do not depend on the extractor's current rules.
 */
import { contentHash, docIdFor } from '../../src/ingest/index.js'
import type { RawDoc } from '../../src/schema/document.js'
import type { EventRecord, Span } from '../../src/schema/event.js'
import type { Store } from '../../src/store/store.js'

export interface FixtureDoc {
  readonly raw: RawDoc
  readonly events: (docId: string) => EventRecord[]
}

/** The span of the first `needle` in `text` (after `from`), tagged with the field it supports. */
export function span(text: string, needle: string, field: string, from = 0): Span {
  const start = text.indexOf(needle, from)
  if (start < 0) throw new Error(`fixture: '${needle}' not in text`)
  return { start, end: start + needle.length, text: needle, field }
}

function rawDoc(title: string, text: string, extra: Partial<RawDoc> = {}): RawDoc {
  return {
    source: `fixture:${title}`,
    text,
    title,
    outlet: 'Fixture Wire',
    author: null,
    published_at: '2024-05-20',
    language: 'en',
    format: 'txt',
    content_hash: contentHash(text),
    ...extra,
  }
}

export function event(docId: string, n: number, e: Partial<EventRecord>): EventRecord {
  return {
    doc_id: docId,
    event_id: `${docId}:${n}`,
    event_date: '2024-05-18',
    time_precision: 1,
    event_type: 'Battles',
    sub_event_type: 'Armed clash',
    actor1: '',
    assoc_actor_1: '',
    actor2: '',
    assoc_actor_2: '',
    inter1: 0,
    inter2: 0,
    country: 'Mali',
    admin1: '',
    admin2: '',
    location: '',
    latitude: null,
    longitude: null,
    geo_precision: 1,
    fatalities: 0,
    certainty: 'reported',
    tier: 'news',
    evidence: [],
    extractor: { name: 'fixture', version: '1' },
    ...e,
  }
}

const CLASH =
  'Fighting near Tessalit\n\nGunmen of the Northern Ridge Militia clashed with Malian soldiers on Saturday near Tessalit, in the Kidal region. Four soldiers were killed, a local official said.\n'

const PROTEST =
  'Traders march in Niamey\n\nSeveral hundred market traders marched peacefully through central Niamey on Thursday to protest against new stall fees. Nobody was hurt.\n'

const BLAST =
  'Roadside bomb near Djibo\n\nA roadside bomb reportedly struck a bus on the road south of Djibo on Monday, possibly killing twelve passengers, according to unconfirmed accounts.\n'

/** Marker the hostile document tries to set; the tests assert it stays undefined. */
export const PWNED = '__pwned'

export const HOSTILE_TEXT =
  'Attack reported near Menaka <script>window.__pwned=1</script>\n\n' +
  'Armed men attacked herders near Menaka on Friday, killing two. ' +
  '<a href="javascript:window.__pwned=2">Click for the full story</a> ' +
  '<img src="x" onerror="window.__pwned=3"> More at javascript:window.__pwned=4 .\n'

export const FIXTURES: readonly FixtureDoc[] = [
  {
    raw: rawDoc('Fighting near Tessalit', CLASH),
    events: (id) => [
      event(id, 0, {
        event_type: 'Battles',
        sub_event_type: 'Armed clash',
        actor1: 'Northern Ridge Militia',
        inter1: 3,
        actor2: 'Military Forces of Mali',
        inter2: 1,
        location: 'Tessalit',
        admin1: 'Kidal',
        latitude: 20.2,
        longitude: 1.01,
        fatalities: 4,
        evidence: [
          span(CLASH, 'clashed', 'type'),
          span(CLASH, 'Northern Ridge Militia', 'actor1'),
          span(CLASH, 'Malian soldiers', 'actor2'),
          span(CLASH, 'Saturday', 'date'),
          span(CLASH, 'Tessalit', 'location', 30),
          span(CLASH, 'Four soldiers were killed', 'fatalities'),
        ],
      }),
    ],
  },
  {
    raw: rawDoc('Traders march in Niamey', PROTEST),
    events: (id) => [
      event(id, 0, {
        event_date: '2024-05-09',
        event_type: 'Protests',
        sub_event_type: 'Peaceful protest',
        actor1: 'Protesters (Niger)',
        inter1: 6,
        country: 'Niger',
        admin1: 'Niamey',
        location: 'Niamey',
        latitude: 13.51,
        longitude: 2.11,
        evidence: [
          span(PROTEST, 'marched peacefully', 'type'),
          span(PROTEST, 'market traders', 'actor1'),
          span(PROTEST, 'Niamey', 'location', 30),
          span(PROTEST, 'Thursday', 'date'),
        ],
      }),
    ],
  },
  {
    raw: rawDoc('Roadside bomb near Djibo', BLAST),
    events: (id) => [
      event(id, 0, {
        event_date: '2024-04-22',
        event_type: 'Explosions/Remote violence',
        sub_event_type: 'Remote explosive/landmine/IED',
        actor1: 'Unidentified Armed Group (Burkina Faso)',
        inter1: 3,
        actor2: 'Civilians (Burkina Faso)',
        inter2: 7,
        country: 'Burkina Faso',
        admin1: 'Sahel',
        location: 'Djibo',
        latitude: 14.1,
        longitude: -1.63,
        geo_precision: 3,
        fatalities: 12,
        certainty: 'hedged',
        evidence: [
          span(BLAST, 'roadside bomb', 'type'),
          span(BLAST, 'passengers', 'actor2'),
          span(BLAST, 'south of Djibo', 'location'),
          span(BLAST, 'Monday', 'date'),
          span(BLAST, 'killing twelve passengers', 'fatalities'),
          span(BLAST, 'reportedly', 'certainty'),
          span(BLAST, 'possibly', 'certainty'),
        ],
      }),
    ],
  },
  {
    raw: rawDoc('Attack near Menaka <img src=x onerror="window.__pwned=5">', HOSTILE_TEXT, {
      outlet: '<b onmouseover="window.__pwned=6">Hostile Outlet</b>',
    }),
    events: (id) => [
      event(id, 0, {
        event_date: '2024-05-17',
        event_type: 'Violence against civilians',
        sub_event_type: 'Attack',
        actor1: '<script>window.__pwned=7</script>Armed men',
        inter1: 3,
        actor2: 'Civilians (Mali)',
        inter2: 7,
        admin1: 'Menaka',
        location: 'Menaka',
        latitude: 15.92,
        longitude: 2.4,
        fatalities: 2,
        evidence: [
          span(HOSTILE_TEXT, '<script>window.__pwned=1</script>', 'location'),
          span(HOSTILE_TEXT, 'Armed men attacked herders', 'type'),
          span(HOSTILE_TEXT, 'Armed men', 'actor1'),
          span(HOSTILE_TEXT, '<a href="javascript:window.__pwned=2">Click for the full story</a>', 'date'),
          span(HOSTILE_TEXT, 'killing two', 'fatalities'),
        ],
      }),
    ],
  },
]

/** Stores every fixture document with its events; returns the stored document ids in order. */
export async function ingestFixtures(store: Store, docs: readonly FixtureDoc[] = FIXTURES): Promise<string[]> {
  const ids: string[] = []
  for (const doc of docs) {
    const id = docIdFor(doc.raw.content_hash)
    await store.ingest(doc.raw, id, doc.events(id))
    ids.push(id)
  }
  return ids
}
