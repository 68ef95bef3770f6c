/**
 * @module
 * Invented reports for the watchlist tests: one ambush near the invented town of Kessel Ford
 * told by three outlets (the third revising the death toll from 6 to 11), an unrelated market
 * attack 900 km away, and a stub extractor that returns each report's events for its text, so
 * the tests are about alerting, not about extraction.
 * @internal
 */
import type { Extractor } from '../extract/extractor.js'
import type { RawDoc } from '../schema/document.js'
import type { EventRecord } from '../schema/event.js'
import { makeDoc, makeEvent } from '../store/_fixtures.js'

export interface Report {
  readonly key: string
  readonly raw: RawDoc
  readonly events: (docId: string) => EventRecord[]
}

const report = (key: string, text: string, outlet: string, o: Partial<EventRecord>): Report => ({
  key,
  raw: makeDoc(text, { outlet, source: `test://${key}`, title: `${outlet} on ${key}` }),
  events: (id) => [makeEvent(id, 1, {
    doc_id: id, evidence: [{ start: 0, end: text.length, text, field: 'type' }], ...o,
  })],
})

const AMBUSH: Partial<EventRecord> = {
  actor1: 'Free Hills Brigade', actor2: 'Military Forces of Vandoria (2019-)', inter1: 2,
  inter2: 1, event_date: '2024-03-01', fatalities: 6,
}

export const REPORTS: readonly Report[] = [
  report('courier',
    'Free Hills Brigade fighters ambushed an army patrol near Kessel Ford; six soldiers died.',
    'Sahel Courier', AMBUSH),
  report('river', 'Six soldiers were killed when gunmen ambushed a patrol outside Kessel Ford.',
    'River Post', { ...AMBUSH, latitude: 10.52, longitude: 20.27 }),
  report('gazette', 'The toll of the Kessel Ford ambush rose to eleven soldiers, officials said.',
    'Plains Gazette', { ...AMBUSH, fatalities: 11 }),
  report('market', 'Gunmen shot dead two traders at the Brask market, far to the east.',
    'Lake Courier', {
      event_type: 'Violence against civilians', sub_event_type: 'Attack', location: 'Brask',
      actor1: 'Unidentified Armed Group (Vandoria)', actor2: 'Civilians (Vandoria)', inter2: 7,
      admin1: 'East Reach', latitude: 12.1, longitude: 28.4, fatalities: 2,
    }),
]

export const byKey = (key: string): Report => REPORTS.find((r) => r.key === key) as Report

/** Returns each fixture report's events for its text. */
export const stubExtractor: Extractor = {
  name: 'fixture',
  version: '0',
  extract: (doc) => REPORTS.find((r) => r.raw.text === doc.text)?.events(doc.id) ?? [],
}
