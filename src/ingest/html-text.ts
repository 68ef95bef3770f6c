/**
 * @module
 * Visible text of a DOM subtree with paragraph structure. In: an element (the article node
 * Readability picked). Out: its text with whitespace collapsed inside blocks, a blank line
 * between blocks (p, headings, list items, quotes…) and a line break for `<br>`.
 */

/** The slice of the DOM node API used here (linkedom nodes satisfy it). */
export interface TextNodeLike {
  readonly nodeType: number
  readonly nodeName: string
  readonly textContent: string | null
  readonly childNodes: ArrayLike<TextNodeLike>
}

const BLOCKS = new Set(
  (
    'ADDRESS ARTICLE ASIDE BLOCKQUOTE DD DIV DL DT FIGCAPTION FIGURE FOOTER FORM H1 H2 H3 H4 H5 ' +
    'H6 HEADER HR LI MAIN NAV OL P PRE SECTION TABLE TR UL'
  ).split(' '),
)
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'BUTTON', 'IFRAME'])

const ELEMENT = 1
const TEXT = 3

/** Text of a subtree: blocks separated by blank lines, `<br>` as a newline. */
export function blockText(root: TextNodeLike): string {
  const parts: string[] = []
  const walk = (node: TextNodeLike) => {
    if (node.nodeType === TEXT) {
      parts.push((node.textContent ?? '').replace(/\s+/g, ' '))
      return
    }
    if (node.nodeType !== ELEMENT) return
    const tag = node.nodeName.toUpperCase()
    if (SKIP.has(tag)) return
    if (tag === 'BR') {
      parts.push('\n')
      return
    }
    const block = BLOCKS.has(tag)
    if (block) parts.push('\n\n')
    for (let i = 0; i < node.childNodes.length; i++) {
      const child = node.childNodes[i]
      if (child) walk(child)
    }
    if (block) parts.push('\n\n')
  }
  walk(root)
  return parts
    .join('')
    .replace(/[ \t]*\n[ \t]*/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/ {2,}/g, ' ')
    .trim()
}
