/**
 * @module
 * Guards Readability against pathological nesting. In: a parsed (linkedom) document. Out:
 * nothing, or E_HTML_NO_ARTICLE when elements nest deeper than any real article page does.
 * Readability's scoring walks ancestors per node, so its time grows much faster than the nesting
 * depth (measured: 400 levels 2 s, 800 levels 11 s); a page 3,000 `<div>`s deep would hang the
 * reader. The depth is measured iteratively, so the check itself cannot overflow the stack.
 * Parsing itself is slow on such pages (20,000 nested tables: seconds), so `assertSaneMarkup`
 * first scans the raw tags and refuses what nests far deeper than the limit before any parse.
 */
import { FaultlineError } from '../errors.js'

/** Deeper than real pages nest (news sites stay well under 60), cheap enough for Readability. */
export const MAX_HTML_DEPTH = 200

interface ElementLike {
  readonly children?: ArrayLike<ElementLike>
}

/** Deepest element nesting under `root`, stopping once `limit` is passed. */
export function nestingDepth(root: ElementLike, limit = Number.POSITIVE_INFINITY): number {
  let max = 0
  const stack: [ElementLike, number][] = [[root, 0]]
  while (stack.length > 0) {
    const [el, depth] = stack.pop()!
    if (depth > max) max = depth
    if (max > limit) return max
    const kids = el.children
    if (kids) for (let i = 0; i < kids.length; i++) stack.push([kids[i]!, depth + 1])
  }
  return max
}

/** Throws E_HTML_NO_ARTICLE when the page nests deeper than `MAX_HTML_DEPTH`. */
export function assertSaneNesting(document: unknown, source: string): void {
  const depth = nestingDepth(document as ElementLike, MAX_HTML_DEPTH)
  if (depth > MAX_HTML_DEPTH) throw tooDeep(source)
}

/** Raw open-tag nesting counted before parsing is refused beyond this (a loose upper bound). */
export const MAX_RAW_DEPTH = MAX_HTML_DEPTH * 5

/** Elements that never hold others or whose end tag the parser may imply: not counted. */
const NOT_NESTING = new Set(('area base br col embed hr img input link meta source track wbr ' +
  'p li dt dd option optgroup tr td th thead tbody tfoot colgroup rb rt rp caption').split(' '))

const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)[^>]*?(\/?)>|<!--[\s\S]*?-->/g

/**
 * Deepest raw nesting of open tags in `html` (comments skipped; void and implied-end elements not
 * counted, a stray end tag never below zero), stopping once `limit` is passed. Cheap: one regex
 * pass, no DOM.
 */
export function rawTagDepth(html: string, limit = Number.POSITIVE_INFINITY): number {
  let depth = 0
  let max = 0
  for (const m of html.matchAll(TAG)) {
    const name = m[2]?.toLowerCase()
    if (name === undefined || NOT_NESTING.has(name) || m[3] === '/') continue
    depth = m[1] === '/' ? Math.max(0, depth - 1) : depth + 1
    if (depth > max && (max = depth) > limit) return max
  }
  return max
}

/** Throws E_HTML_NO_ARTICLE, before any parsing, for markup nested far beyond real pages. */
export function assertSaneMarkup(html: string, source: string): void {
  if (rawTagDepth(html, MAX_RAW_DEPTH) > MAX_RAW_DEPTH) throw tooDeep(source)
}

function tooDeep(source: string): FaultlineError {
  const message = `${source}: elements nest more than ${MAX_HTML_DEPTH} levels deep; not an article page`
  return new FaultlineError('E_HTML_NO_ARTICLE', message, {
    hint: 'Save the article page itself, or copy its text into a .txt file and ingest that.',
  })
}
