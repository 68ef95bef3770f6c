/**
 * @module
 * RSS 2.0, RSS 1.0 (RDF) and Atom to one list of items. In: the feed's text and its URL (the
 * base for relative links and the name in messages). Out: `{ kind, title, items }`. Text that
 * is not well-formed XML, or XML that is not a feed (an HTML page, an error document), is
 * E_FEED_MALFORMED saying which and where. Parsed with fast-xml-parser, which is small, has no
 * native parts and reports line and column of the first error.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { FaultlineError } from '../../errors.js'
import { atomEntries, rssItems } from './feed-items.js'
import type { FeedItem } from './feed-items.js'
import { many, plainTitle } from './_xml-values.js'

export interface Feed {
  readonly kind: 'rss' | 'rdf' | 'atom'
  readonly title: string | null
  readonly items: readonly FeedItem[]
}

const HINT =
  'Check that the address is the feed itself (often ending in /feed, /rss or .xml), not the ' +
  'site’s web page; open it in a browser to see what it serves.'

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  htmlEntities: true,
  isArray: (name, _path, _leaf, isAttribute) =>
    !isAttribute && ['item', 'entry', 'link', 'channel'].includes(name),
})

function malformed(source: string, why: string): FaultlineError {
  return new FaultlineError('E_FEED_MALFORMED', `${source}: ${why}`, { hint: HINT })
}

/**
 * Parses a feed.
 * @example
 * const feed = parseFeed(xml, 'https://example.org/feed')
 * for (const item of feed.items) console.log(item.published, item.url)
 */
export function parseFeed(xml: string, source: string): Feed {
  const text = xml.replace(/^\uFEFF/, '')
  if (text.trim() === '') throw malformed(source, 'the feed is empty')
  const valid = XMLValidator.validate(text)
  if (valid !== true) {
    const { line, col, msg } = valid.err
    const at = col ? `line ${line}, column ${col}` : `line ${line}`
    throw malformed(source, `not well-formed XML (${at}: ${msg})`)
  }
  // The validator lets a few broken inputs through that the parser then throws on ('<item>
  // </item><![CDATA[<rss>': an unclosed CDATA after the root): the same refusal.
  let doc: Record<string, unknown>
  try {
    doc = parser.parse(text) as Record<string, unknown>
  } catch (e) {
    throw malformed(source, `not well-formed XML (${e instanceof Error ? e.message : String(e)})`)
  }
  const root = Object.keys(doc).find((k) => !k.startsWith('?') && !k.startsWith('#'))
  const node = root ? doc[root] : undefined
  if (root === 'rss') {
    const channel = many(node, 'channel')[0]
    if (!channel) throw malformed(source, 'an RSS document without a <channel>')
    const title = plainTitle(many(channel, 'title')[0])
    return { kind: 'rss', title, items: rssItems(many(channel, 'item'), source) }
  }
  if (root === 'RDF') {
    const title = plainTitle(many(many(node, 'channel')[0], 'title')[0])
    return { kind: 'rdf', title, items: rssItems(many(node, 'item'), source) }
  }
  if (root === 'feed') {
    const title = plainTitle(many(node, 'title')[0])
    return { kind: 'atom', title, items: atomEntries(many(node, 'entry'), source) }
  }
  throw malformed(source, `not an RSS or Atom feed (the document is <${root ?? '?'}>)`)
}
