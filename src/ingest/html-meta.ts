/**
 * @module
 * Article metadata from an HTML page, read before Readability rewrites the DOM. In: a parsed
 * (linkedom) document. Out: title, outlet, author and publication date as found in Open Graph
 * and article meta tags, `<meta name="date">`, `<time datetime>` and JSON-LD; dates normalised
 * to `YYYY-MM-DD`. JSON-LD is parsed as data, never run.
 */
import { normalizeDate } from './normalize-date.js'

export interface HtmlMeta {
  readonly title: string | null
  readonly outlet: string | null
  readonly author: string | null
  readonly published: string | null
}

/** The slice of the DOM API used here, so linkedom's types need not leak into signatures. */
export interface QueryableDoc {
  querySelector(selector: string): { getAttribute(name: string): string | null } | null
  querySelectorAll(selector: string): Iterable<{ textContent: string | null }>
}

type Json = Record<string, unknown>

/** Reads page-level metadata; each field is null when the page does not say. */
export function readHtmlMeta(doc: QueryableDoc): HtmlMeta {
  const meta = (sel: string) => clean(doc.querySelector(sel)?.getAttribute('content'))
  const ld = jsonLdArticle(doc)
  const ldPublisher = isObj(ld?.['publisher']) ? clean(ld['publisher']['name']) : null
  return {
    title: meta('meta[property="og:title"]') ?? clean(ld?.['headline']),
    outlet:
      meta('meta[property="og:site_name"]') ??
      ldPublisher ??
      meta('meta[name="application-name"]'),
    author:
      meta('meta[name="author"]') ??
      meta('meta[property="article:author"]') ??
      ldAuthor(ld?.['author']),
    published:
      normalizeDate(meta('meta[property="article:published_time"]')) ??
      normalizeDate(clean(ld?.['datePublished'])) ??
      normalizeDate(meta('meta[name="date"]')) ??
      normalizeDate(meta('meta[itemprop="datePublished"]')) ??
      normalizeDate(clean(doc.querySelector('time[datetime]')?.getAttribute('datetime'))),
  }
}

function clean(v: unknown): string | null {
  if (typeof v !== 'string') return null
  const t = v.replace(/\s+/g, ' ').trim()
  return t === '' ? null : t
}

function isObj(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

function ldAuthor(v: unknown): string | null {
  const list = Array.isArray(v) ? v : [v]
  const names = list.map((a) => (isObj(a) ? clean(a['name']) : clean(a))).filter((n) => n !== null)
  return names.length > 0 ? names.join(', ') : null
}

const ARTICLE_TYPES = /Article|Posting|Report|WebPage/

/** The most article-like JSON-LD object: one with `datePublished` and/or an article `@type`. */
function jsonLdArticle(doc: QueryableDoc): Json | null {
  const found: Json[] = []
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      collect(JSON.parse(script.textContent ?? ''), found)
    } catch {
      // Broken JSON-LD is common; the other metadata sources still apply.
    }
  }
  const typeOf = (o: Json) => [o['@type']].flat().join(' ')
  return (
    found.find((o) => ARTICLE_TYPES.test(typeOf(o)) && 'datePublished' in o) ??
    found.find((o) => 'datePublished' in o) ??
    found.find((o) => ARTICLE_TYPES.test(typeOf(o))) ??
    null
  )
}

function collect(v: unknown, out: Json[]): void {
  if (Array.isArray(v)) for (const x of v) collect(x, out)
  else if (isObj(v)) {
    out.push(v)
    if (Array.isArray(v['@graph'])) collect(v['@graph'], out)
  }
}
