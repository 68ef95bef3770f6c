/**
 * @module
 * Tests for parseFeed on invented RSS 2.0, RSS 1.0 and Atom feeds, and on malformed input.
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { parseFeed } from './parse-feed.js'

const BASE = 'https://news.example/feeds/sahel.xml'

const RSS = `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"
  xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Sahel Wire &amp; Co</title><link>https://news.example/</link>
<atom:link href="https://news.example/feeds/sahel.xml" rel="self"/>
<item><title><![CDATA[Attack near <em>Menaka</em>]]></title>
  <link>https://news.example/2024/03/menaka</link>
  <guid isPermaLink="false">sw-1001</guid>
  <pubDate>Thu, 21 Mar 2024 09:30:00 +0000</pubDate></item>
<item><title>Relative link</title><link>/2024/03/gao</link>
  <dc:date>2024-03-20T08:00:00Z</dc:date></item>
<item><title>Permalink guid only</title><guid>https://news.example/2024/03/kidal</guid></item>
<item><title>No link at all</title><guid isPermaLink="false">sw-999</guid></item>
</channel></rss>`

const ATOM = `<?xml version="1.0"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title type="text">Frontline Weekly</title>
<link rel="self" href="https://news.example/atom"/>
<entry><title type="html">Djibo &lt;b&gt;blockade&lt;/b&gt; tightens</title>
  <link rel="self" href="https://news.example/api/1"/>
  <link rel="alternate" type="text/html" href="https://news.example/djibo"/>
  <id>tag:news.example,2024:1</id>
  <published>2024-03-19T10:00:00+01:00</published><updated>2024-03-20T00:00:00Z</updated></entry>
<entry><title>Link without rel, updated only</title><link href="mine"/>
  <id>tag:news.example,2024:2</id><updated>2024-03-18T00:00:00Z</updated></entry>
</feed>`

const RDF = `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
  xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="https://news.example/"><title>Old style</title></channel>
<item rdf:about="https://news.example/a"><title>RDF item</title><link>https://news.example/a</link>
<dc:date>2024-01-02</dc:date></item></rdf:RDF>`

test('parseFeed: RSS 2.0 items with CDATA titles, relative links and permalink guids', () => {
  const feed = parseFeed(RSS, BASE)
  assert.equal(feed.kind, 'rss')
  assert.equal(feed.title, 'Sahel Wire & Co')
  assert.deepEqual(feed.items, [
    {
      url: 'https://news.example/2024/03/menaka',
      title: 'Attack near Menaka',
      published: '2024-03-21T09:30:00.000Z',
      guid: 'sw-1001',
    },
    {
      url: 'https://news.example/2024/03/gao',
      title: 'Relative link',
      published: '2024-03-20T08:00:00.000Z',
      guid: 'https://news.example/2024/03/gao',
    },
    {
      url: 'https://news.example/2024/03/kidal',
      title: 'Permalink guid only',
      published: null,
      guid: 'https://news.example/2024/03/kidal',
    },
  ])
})

test('parseFeed: Atom entries pick the alternate link and published over updated', () => {
  const feed = parseFeed(ATOM, 'https://news.example/atom')
  assert.equal(feed.kind, 'atom')
  assert.equal(feed.title, 'Frontline Weekly')
  assert.deepEqual(feed.items, [
    {
      url: 'https://news.example/djibo',
      title: 'Djibo blockade tightens',
      published: '2024-03-19T09:00:00.000Z',
      guid: 'tag:news.example,2024:1',
    },
    {
      url: 'https://news.example/mine',
      title: 'Link without rel, updated only',
      published: '2024-03-18T00:00:00.000Z',
      guid: 'tag:news.example,2024:2',
    },
  ])
})

test('parseFeed: RSS 1.0 (RDF)', () => {
  const feed = parseFeed(RDF, BASE)
  assert.equal(feed.kind, 'rdf')
  assert.deepEqual(
    feed.items.map((i) => [i.url, i.title, i.published]),
    [['https://news.example/a', 'RDF item', '2024-01-02T00:00:00.000Z']],
  )
})

test('parseFeed: malformed or non-feed input is E_FEED_MALFORMED saying why', () => {
  const cases: [label: string, text: string, message: RegExp][] = [
    ['empty', '  \n', /the feed is empty/],
    [
      'unclosed tags',
      '<rss><channel><item></channel></rss>',
      /not well-formed XML \(line 1, column \d+: .*item/,
    ],
    ['not XML at all', 'Service Unavailable', /not well-formed XML \(line 1/],
    [
      'an HTML page',
      '<html><body><p>Our news</p></body></html>',
      /not an RSS or Atom feed \(the document is <html>\)/,
    ],
    ['RSS without a channel', '<rss version="2.0"></rss>', /without a <channel>/],
    ['an unclosed CDATA after the root (the validator lets it by)',
      '<item></item><![CDATA[<rss>', /not well-formed XML \(CDATA is not closed/],
  ]
  for (const [label, text, message] of cases) {
    assert.throws(
      () => parseFeed(text, BASE),
      (e: Error & { code?: string; hint?: string }) =>
        e.code === 'E_FEED_MALFORMED' &&
        message.test(e.message) &&
        e.message.startsWith(BASE) &&
        !!e.hint,
      label,
    )
  }
})

test('parseFeed: javascript: and other non-http links are dropped', () => {
  const xml = '<rss><channel><item><link>javascript:alert(1)</link></item></channel></rss>'
  assert.deepEqual(parseFeed(xml, BASE).items, [])
})
