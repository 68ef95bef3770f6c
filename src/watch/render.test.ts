/**
 * @module
 * The writers on a hostile invented alert (markup, quotes, control characters and Markdown in
 * every text field): the Atom feed is well-formed XML that the feed parser reads back, with one
 * entry and absolute links; the HTML digest holds no live markup from the data and no external
 * resource; the Markdown digest's quotes cannot open links or headings; the map has one dot per
 * located alert.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { XMLValidator } from 'fast-xml-parser'
import { parseFeed } from '../ingest/feed/parse-feed.js'
import type { Alert, Watchlist } from '../schema/watchlist.js'
import { atomFeed } from './atom.js'
import type { Digest } from './digest-data.js'
import { quoteOf } from './digest-data.js'
import { digestHtml } from './digest-html.js'
import { digestMarkdown, escapeMd } from './digest-md.js'
import { mapSvg } from './map-svg.js'
import { referenceTowns } from './map-towns.js'

const EVIL = '<script>alert("x")</script> & \u0007 [link](http://evil.example) # \'q\''
const WATCHLIST: Watchlist = {
  id: 7, name: `North ${EVIL}`, filter: {}, webhook_url: null,
  created_at: '2024-03-01T00:00:00.000Z', alerts: 1,
}
const ALERT: Alert = {
  id: 3, watchlist_id: 7, watchlist: WATCHLIST.name, incident_id: 'inc_00ff',
  first_at: '2024-03-02T10:00:00.000Z', updated_at: '2024-03-03T08:30:00.000Z', revision: 2,
  changed: ['fatalities_max'],
  state: {
    incident_id: 'inc_00ff', event_type: 'Battles', date: '2024-03-01', location: `Kessel ${EVIL}`,
    country: 'Vandoria', admin1: 'North Reach', latitude: 10.5, longitude: 20.25,
    fatalities: 6, fatalities_min: 6, fatalities_max: 11, perpetrator: EVIL, reports: 3,
    independent_sources: 3, outlets: ['A', `B ${EVIL}`], event_ids: ['doc_1-e00001'],
    conflicts: ['fatalities'],
  },
}
const DIGEST: Digest = {
  watchlist: WATCHLIST, period: 'week', from: '2024-02-27T00:00:00.000Z',
  to: '2024-03-05T00:00:00.000Z', byType: [{ type: 'Battles', count: 1 }], fatalities: 6,
  towns: [{ lat: 10.6, lon: 20.4, name: `Town ${EVIL}` }],
  items: [{
    alert: ALERT, link: 'https://dash.example/incidents/inc_00ff',
    disagreements: [{ field: 'fatalities', claims: [['A', '6'], [`B ${EVIL}`, '11']] }],
    quotes: [{ outlet: 'A', text: EVIL, fields: ['type'], event: 'doc_1-e00001',
      link: 'https://dash.example/events/doc_1-e00001', source: null }],
  }],
}

describe('writers', () => {
  it('Atom: well-formed, parsed back, one entry, absolute links', () => {
    const xml = atomFeed(WATCHLIST, [ALERT], 'https://dash.example')
    assert.equal(XMLValidator.validate(xml), true)
    assert.doesNotMatch(xml, /<script|\u0007/)
    const feed = parseFeed(xml, 'test://atom')
    assert.equal(feed.items.length, 1)
    assert.equal(feed.items[0]!.url, 'https://dash.example/incidents/inc_00ff')
    assert.match(xml, /<updated>2024-03-03T08:30:00.000Z<\/updated>/)
    assert.match(xml, /<id>urn:faultline:alert:3:\d+<\/id>/)
  })

  it('HTML digest: data never becomes markup, nothing external', () => {
    const html = digestHtml(DIGEST)
    assert.doesNotMatch(html, /<script/)
    assert.doesNotMatch(html, /<a href="http:\/\/evil/)
    assert.match(html, /&lt;script&gt;/)
    assert.doesNotMatch(html, /<(link|img|iframe)\b|src=/)
    assert.match(html, /<svg [^>]*role="img"/)
  })

  it('Markdown digest: quotes cannot open links, code or headings', () => {
    const md = digestMarkdown(DIGEST)
    assert.doesNotMatch(md, /[^\\]\[link\]\(/)
    assert.match(md, /> \\<script\\>/)
    assert.match(md, /Claims disagree on fatalities:\*\* A: 6; B /)
    const cases: [string, string][] = [
      ['# heading', '\\# heading'], ['1. list', '1\\. list'], ['a_b*c', 'a\\_b\\*c'],
      ['line\nbreak', 'line break'],
    ]
    for (const [input, want] of cases) assert.equal(escapeMd(input), want, input)
  })

  it('quoteOf: the sentence around the spans, or the spans when too long', () => {
    const text = 'First sentence. Gunmen killed\n seven soldiers in Boni. Last one.'
    const span = (needle: string) => {
      const start = text.indexOf(needle)
      return { start, end: start + needle.length, text: needle }
    }
    assert.equal(quoteOf(text, [span('Gunmen'), span('seven')]),
      'Gunmen killed seven soldiers in Boni.')
    assert.equal(quoteOf(text, []), null)
    const long = `${'word '.repeat(200)}Gunmen struck. ${'more '.repeat(200)}`
    const s2 = { start: long.indexOf('Gunmen'), end: long.indexOf('Gunmen') + 6, text: 'Gunmen' }
    assert.equal(quoteOf(long, [s2]), 'Gunmen')
  })

  it('map: one dot per point, none without points', () => {
    const svg = mapSvg([{ lat: 10, lon: 20, label: '1', title: EVIL, weight: 4 },
      { lat: 12, lon: 21, label: '2', title: 'b', weight: 0 }],
    [{ lat: 11, lon: 20.5, name: EVIL }])
    assert.equal(svg.match(/<circle/g)?.length, 2)
    assert.equal(svg.match(/<rect x=/g)?.length, 1, 'one reference town')
    assert.doesNotMatch(svg, /<script/)
    assert.equal(XMLValidator.validate(svg), true)
    assert.equal(mapSvg([]), '')
  })

  it('reference towns: the largest places of the frame from the gazetteer', () => {
    const towns = referenceTowns({ s: 12, n: 13.2, w: -8.8, e: -7.2 })
    assert.ok(towns.some((t) => t.name === 'Bamako'), towns.map((t) => t.name).join(', '))
    assert.ok(towns.length <= 6)
    assert.deepEqual(referenceTowns({ s: -60, n: -59, w: -30, e: -29 }), [], 'open ocean')
  })
})
