/**
 * @module
 * PDF text items to lines. In: the positioned text items pdfjs reports for one page. Out: the
 * page's lines, each with its text and geometry (left x, baseline y, width, font height). A new
 * line starts at `hasEOL` or when the baseline moves; a space is put back between items that
 * are visibly apart but carry no space of their own.
 */

/** One pdfjs text item, reduced to what layout needs. */
export interface PdfItem {
  readonly str: string
  readonly x: number
  readonly y: number
  readonly width: number
  readonly height: number
  readonly hasEOL: boolean
}

export interface PdfLine {
  readonly text: string
  readonly x: number
  readonly y: number
  readonly width: number
  readonly height: number
}

interface Building {
  text: string
  x: number
  y: number
  right: number
  height: number
}

/** Rebuilds the lines of one page from its text items, in reading order as given. */
export function buildLines(items: readonly PdfItem[]): PdfLine[] {
  const lines: PdfLine[] = []
  let cur: Building | null = null
  let endOfLine = false
  const flush = () => {
    if (cur && /[^\s\u0000-\u001F\u007F]/.test(cur.text)) {
      // Broken font encodings can yield control characters; they are never prose.
      const text = cur.text
        .replace(/[\u0000-\u0008\u000E-\u001F\u007F]/g, '')
        .replace(/\s+/g, ' ')
        .trim()
      lines.push({ text, x: cur.x, y: cur.y, width: cur.right - cur.x, height: cur.height })
    }
    cur = null
  }
  for (const item of items) {
    const b: Building | null = cur
    const tolerance = Math.max(2, 0.5 * (item.height || b?.height || 0))
    const moved = b !== null && Math.abs(item.y - b.y) > tolerance
    if (endOfLine || moved) flush()
    endOfLine = item.hasEOL
    if (item.str === '') continue
    const c: Building | null = cur
    if (c === null) {
      const { str: text, x, y, height } = item
      cur = { text, x, y, right: x + item.width, height }
      continue
    }
    const gap = item.x - c.right
    const apart = gap > 0.15 * (item.height || c.height || 10)
    if (apart && !/\s$/.test(c.text) && !/^\s/.test(item.str)) c.text += ' '
    c.text += item.str
    c.right = Math.max(c.right, item.x + item.width)
    c.height = Math.max(c.height, item.height)
  }
  flush()
  return lines
}
