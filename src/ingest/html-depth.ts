/**
 * @module
 * Guards Readability against pathological nesting. In: a parsed (linkedom) document. Out:
 * nothing, or E_HTML_NO_ARTICLE when elements nest deeper than any real article page does.
 * Readability's scoring walks ancestors per node, so its time grows much faster than the nesting
 * depth (measured: 400 levels 2 s, 800 levels 11 s); a page 3,000 `<div>`s deep would hang the
 * reader. The depth is measured iteratively, so the check itself cannot overflow the stack.
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
  if (depth <= MAX_HTML_DEPTH) return
  const message = `${source}: elements nest more than ${MAX_HTML_DEPTH} levels deep; not an article page`
  throw new FaultlineError('E_HTML_NO_ARTICLE', message, {
    hint: 'Save the article page itself, or copy its text into a .txt file and ingest that.',
  })
}
