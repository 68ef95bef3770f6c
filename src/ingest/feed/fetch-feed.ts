/**
 * @module
 * A feed URL to its items, with a conditional GET. In: the URL, fetch options and the
 * validators of the last poll. Out: `notModified` (the server said 304: nothing to do) or the
 * parsed feed, plus the validators to keep for next time. An error status is E_FETCH; a body
 * that is not a feed is E_FEED_MALFORMED. The XML's declared encoding is honoured.
 */
import { FaultlineError } from '../../errors.js'
import { politeFetch } from '../fetch/polite-fetch.js'
import type { FetchOptions, Validators } from '../fetch/options.js'
import { parseFeed } from './parse-feed.js'
import type { Feed } from './parse-feed.js'

export type FeedFetch =
  | { readonly notModified: true; readonly validators: Validators; readonly finalUrl: string }
  | {
      readonly notModified: false
      readonly feed: Feed
      readonly validators: Validators
      readonly finalUrl: string
    }

const FEED_ACCEPT =
  'application/rss+xml,application/atom+xml,application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.5'

/** Feeds are small; anything bigger is not one we want to parse. */
export const MAX_FEED_BYTES = 5 * 1024 * 1024

/** Decodes XML bytes by BOM, then the XML declaration, then the Content-Type charset. */
export function decodeXml(bytes: Uint8Array, contentType = ''): string {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200))
  const declared = /^\uFEFF?\s*<\?xml[^>]*encoding=["']([\w.:-]+)["']/i.exec(head)?.[1]
  const fromHeader = /charset="?([\w.:-]+)/i.exec(contentType)?.[1]
  for (const label of [declared, fromHeader, 'utf-8']) {
    if (!label) continue
    try {
      return new TextDecoder(label).decode(bytes)
    } catch {
      // An unknown label: try the next source.
    }
  }
  return new TextDecoder().decode(bytes)
}

/**
 * Fetches and parses a feed unless it is unchanged since `validators` were taken.
 * @example
 * const r = await fetchFeed('https://example.org/feed', { validators: saved })
 * if (!r.notModified) for (const item of r.feed.items) console.log(item.url)
 */
export async function fetchFeed(url: string, opts: FetchOptions = {}): Promise<FeedFetch> {
  const res = await politeFetch(url, { maxBytes: MAX_FEED_BYTES, accept: FEED_ACCEPT, ...opts })
  if (res.notModified)
    return { notModified: true, validators: res.validators, finalUrl: res.finalUrl }
  if (res.status < 200 || res.status > 299) {
    throw new FaultlineError('E_FETCH', `${res.finalUrl}: HTTP ${res.status}`, {
      hint: 'Check the feed address; if the site is busy, the next poll will try again.',
    })
  }
  const feed = parseFeed(decodeXml(res.body, res.headers['content-type']), res.finalUrl)
  return { notModified: false, feed, validators: res.validators, finalUrl: res.finalUrl }
}
