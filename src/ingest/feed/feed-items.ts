/**
 * @module
 * Feed entries to `FeedItem`s. In: the parsed `<item>`s of RSS 2.0 / RSS 1.0 or the `<entry>`s
 * of Atom, and the feed's URL for relative links. Out: items with an absolute http(s) URL, a
 * plain-text title, an ISO publication time and a stable guid (the URL when the feed gives
 * none). Entries without a usable link are dropped: there is nothing to fetch.
 */
import { absoluteUrl, attrOf, isoDate, many, plainTitle, textOf } from './_xml-values.js'

export interface FeedItem {
  /** The article to fetch, absolute. */
  readonly url: string
  readonly title: string | null
  /** ISO 8601 timestamp, or null when the feed gives no readable date. */
  readonly published: string | null
  /** What identifies the entry across polls: its guid / id, else its URL. */
  readonly guid: string
}

/** The URL of an RSS item: `<link>`, else a permalink `<guid>`. */
function rssLink(item: unknown, base: string): string | null {
  // `<link>` text; an `<atom:link>` in an item (namespace stripped) is an object with href.
  for (const link of many(item, 'link')) {
    const url = absoluteUrl(textOf(link) ?? attrOf(link, 'href'), base)
    if (url) return url
  }
  const guid = many(item, 'guid')[0]
  if (guid !== undefined && attrOf(guid, 'isPermaLink') !== 'false') {
    return absoluteUrl(textOf(guid), base)
  }
  return absoluteUrl(attrOf(item, 'about'), base)
}

/** RSS 2.0 `<item>`s (in `<channel>`) or RSS 1.0 ones (beside it). */
export function rssItems(items: readonly unknown[], base: string): FeedItem[] {
  const out: FeedItem[] = []
  for (const item of items) {
    const url = rssLink(item, base)
    if (!url) continue
    out.push({
      url,
      title: plainTitle(many(item, 'title')[0]),
      published: isoDate(many(item, 'pubDate')[0] ?? many(item, 'date')[0]),
      guid: textOf(many(item, 'guid')[0]) ?? url,
    })
  }
  return out
}

/** The `alternate` link of an Atom entry (a link without `rel` is one), else the first link. */
function atomLink(entry: unknown, base: string): string | null {
  const links = many(entry, 'link')
  const rel = (l: unknown) => attrOf(l, 'rel') ?? 'alternate'
  const best = links.find((l) => rel(l) === 'alternate') ?? links.find((l) => rel(l) !== 'self')
  const entryBase = absoluteUrl(attrOf(entry, 'base'), base) ?? base
  return absoluteUrl(attrOf(best, 'href'), entryBase)
}

/** Atom `<entry>`s. */
export function atomEntries(entries: readonly unknown[], base: string): FeedItem[] {
  const out: FeedItem[] = []
  for (const entry of entries) {
    const url = atomLink(entry, base)
    if (!url) continue
    out.push({
      url,
      title: plainTitle(many(entry, 'title')[0]),
      published: isoDate(many(entry, 'published')[0] ?? many(entry, 'updated')[0]),
      guid: textOf(many(entry, 'id')[0]) ?? url,
    })
  }
  return out
}
