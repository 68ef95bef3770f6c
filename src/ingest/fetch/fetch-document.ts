/**
 * @module
 * A URL to a RawDoc. In: an http(s) URL, fetch options and read options (outlet, published,
 * size limit). Out: the page read the way a saved file would be (HTML through Readability, PDF
 * by its magic), with the final URL as its source and the site's host as outlet when the page
 * names none. The Content-Type picks the format and charset; a feed is refused with a hint to
 * use `faultline watch`, and an error status is E_FETCH naming it.
 */
import { FaultlineError } from '../../errors.js'
import type { RawDoc } from '../../schema/document.js'
import type { Format } from '../formats.js'
import type { ReadOptions } from '../options.js'
import { readBytes } from '../read-bytes.js'
import { readText } from '../read-text.js'
import type { FetchOptions } from './options.js'
import { politeFetch } from './polite-fetch.js'

export type FetchDocumentOptions = Omit<FetchOptions, 'validators'> & ReadOptions

const FORMAT_BY_TYPE: Readonly<Record<string, Format>> = {
  'text/html': 'html',
  'application/xhtml+xml': 'html',
  'application/pdf': 'pdf',
  'text/plain': 'txt',
  'text/markdown': 'md',
}

const FEED_TYPE = /^application\/(rss|atom)\+xml$|^application\/rdf\+xml$/

function statusHint(status: number): string {
  if (status === 404 || status === 410) return 'The page is gone or the address is wrong.'
  if (status === 401 || status === 403)
    return 'The site refuses access (login or paywall); save the page by hand and ingest the file.'
  if (status === 429 || status >= 500) return 'The site is busy or failing; try again later.'
  return 'Open the address in a browser to see what it serves.'
}

/** The page's host without `www.`, as a last-resort outlet name. */
export function outletFromUrl(url: string): string {
  return new URL(url).hostname.replace(/^www\./, '')
}

/**
 * Fetches a page or PDF politely and reads it into a RawDoc.
 * @example
 * const raw = await fetchDocument('https://example.org/news/attack-near-gao')
 * console.log(raw.title, raw.outlet, raw.text.length)
 */
export async function fetchDocument(url: string, opts: FetchDocumentOptions = {}): Promise<RawDoc> {
  const res = await politeFetch(url, { ...opts, validators: undefined })
  if (res.status < 200 || res.status > 299) {
    throw new FaultlineError('E_FETCH', `${res.finalUrl}: HTTP ${res.status}`, {
      hint: statusHint(res.status),
    })
  }
  const [type = '', ...params] = (res.headers['content-type'] ?? '').toLowerCase().split(';')
  const mime = type.trim()
  if (FEED_TYPE.test(mime)) {
    throw new FaultlineError('E_INPUT_FORMAT', `${res.finalUrl}: this is a feed, not an article`, {
      hint: `Use 'faultline watch ${url} --once' to ingest the articles it lists.`,
    })
  }
  const format = FORMAT_BY_TYPE[mime]
  const readOpts: ReadOptions & { format?: Format } = {
    ...(opts.outlet ? { outlet: opts.outlet } : {}),
    ...(opts.published ? { published: opts.published } : {}),
    ...(opts.maxBytes ? { maxBytes: opts.maxBytes } : {}),
    ...(format ? { format } : {}),
  }
  const charset = params.map((p) => /^\s*charset="?([^";]+)"?/.exec(p)?.[1]).find(Boolean)
  let raw: RawDoc
  if (format !== 'pdf' && charset && !/^utf-?8$/.test(charset) && isKnownCharset(charset)) {
    raw = readText(new TextDecoder(charset).decode(res.body), res.finalUrl, readOpts)
  } else {
    raw = await readBytes(res.body, res.finalUrl, readOpts)
  }
  return raw.outlet ? raw : { ...raw, outlet: outletFromUrl(res.finalUrl) }
}

function isKnownCharset(label: string): boolean {
  try {
    new TextDecoder(label)
    return true
  } catch {
    return false
  }
}
