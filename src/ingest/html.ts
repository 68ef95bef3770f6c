/**
 * @module
 * HTML to article text. In: an HTML string and its source (for messages). Out: the main
 * article text (Readability on a linkedom DOM, paragraphs as blank lines) with page metadata.
 * Scripts are never run: linkedom only parses. A page with no article is E_HTML_NO_ARTICLE.
 */
import { Readability } from '@mozilla/readability'
import { parseHTML } from 'linkedom'
import { FaultlineError } from '../errors.js'
import { assertSaneMarkup, assertSaneNesting } from './html-depth.js'
import { readHtmlMeta } from './html-meta.js'
import type { HtmlMeta, QueryableDoc } from './html-meta.js'
import { blockText } from './html-text.js'
import { normalizeDate } from './normalize-date.js'
import type { TextNodeLike } from './html-text.js'

export interface HtmlArticle extends HtmlMeta {
  readonly text: string
}

/** Fewer words than this in the extracted text means the page has no article to read. */
const MIN_ARTICLE_WORDS = 12

/** True when a string looks like HTML rather than prose (for stdin and API input). */
export function looksLikeHtml(text: string): boolean {
  const head = text.trimStart().slice(0, 1000).toLowerCase()
  if (head.startsWith('<!doctype') || head.startsWith('<html')) return true
  return /<body[\s>]/i.test(text) || /<p[\s>][\s\S]*?<\/p>/i.test(text)
}

/** Extracts the article and its metadata from an HTML page. */
export function extractHtml(html: string, source: string): HtmlArticle {
  assertSaneMarkup(html, source)
  const { document } = parseHTML(ensureDocument(html)) as unknown as { document: unknown }
  assertSaneNesting(document, source)
  const meta = readHtmlMeta(document as QueryableDoc)
  const article = new Readability(document as never, {
    serializer: (node: unknown) => node,
    charThreshold: 200,
  }).parse()
  const node = article?.content as TextNodeLike | null | undefined
  const text = node ? blockText(node) : ''
  if (text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length < MIN_ARTICLE_WORDS) {
    throw new FaultlineError('E_HTML_NO_ARTICLE', `${source}: no article text found in the page`, {
      hint:
        'Save the article page itself (not an index, login or cookie page), or copy its text ' +
        'into a .txt file.',
    })
  }
  return {
    text,
    title: meta.title ?? clean(article?.title),
    outlet: meta.outlet ?? clean(article?.siteName),
    author: meta.author ?? clean(article?.byline),
    published: meta.published ?? normalizeDate(article?.publishedTime),
  }
}

/** linkedom needs a full document; wrap fragments (e.g. a pasted `<p>…</p>`) in one. */
function ensureDocument(html: string): string {
  return /<html[\s>]/i.test(html) ? html : `<!doctype html><html><body>${html}</body></html>`
}

function clean(v: string | null | undefined): string | null {
  const t = v?.replace(/\s+/g, ' ').trim()
  return t ? t : null
}
