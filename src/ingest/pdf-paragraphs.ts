/**
 * @module
 * PDF lines to prose. In: the lines of every page. Out: text with one paragraph per block and a
 * blank line between blocks. Running headers and footers (the same line at the top or bottom of
 * most pages, digits ignored) and bare page numbers are dropped; lines cut mid-sentence are
 * re-joined, and a word hyphenated at a line end is mended ("gov-" + "ernment").
 */
import type { PdfLine } from './pdf-lines.js'

/** How many lines at each end of a page can be a running header, footer or page number. */
const EDGE = 2

/** `12`, `- 3 -`, `(4)`, `iv`, `Page 5`, `5 of 9`, `6 / 9`, `7 sur 9`. */
const PAGE_NUMBER =
  /^(?:page\s+)?[-–—(\s]*(?:\d{1,4}|[ivx]{1,5})[-–—)\s]*(?:(?:of|sur|\/)\s*\d{1,4})?$/i
const TERMINAL = /[.!?:;»"”’)\]]$/
const BULLET = /^(?:[•▪◦·*–-]\s|\d{1,2}[.)]\s)/

function edgeKey(line: PdfLine): string {
  return line.text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim()
}

function isEdge(i: number, count: number): boolean {
  return i < EDGE || i >= count - EDGE
}

/** Drops page numbers and lines repeated at the same page edge on most pages. */
export function dropPageFurniture(pages: readonly (readonly PdfLine[])[]): PdfLine[][] {
  const pagesWith = new Map<string, number>()
  for (const lines of pages) {
    const keys = new Set(lines.filter((_, i) => isEdge(i, lines.length)).map(edgeKey))
    for (const k of keys) pagesWith.set(k, (pagesWith.get(k) ?? 0) + 1)
  }
  const threshold = Math.max(2, Math.ceil(pages.length / 2))
  return pages.map((lines) =>
    lines.filter((line, i) => {
      if (!isEdge(i, lines.length)) return true
      if (PAGE_NUMBER.test(line.text)) return false
      return pages.length < 2 || (pagesWith.get(edgeKey(line)) ?? 0) < threshold
    }),
  )
}

function median(xs: readonly number[]): number | null {
  if (xs.length === 0) return null
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.floor((s.length - 1) / 2)] ?? null
}

/** True when `next` starts a new paragraph rather than continuing `prev`. */
function startsParagraph(
  prev: PdfLine,
  next: PdfLine,
  samePage: boolean,
  page: PageStats,
): boolean {
  if (BULLET.test(next.text)) return true
  if (Math.abs(next.height - prev.height) > 0.2 * Math.max(prev.height, next.height)) return true
  if (samePage && page.gap !== null && prev.y - next.y > 1.6 * page.gap) return true
  if (/[-\u00AD,]$/.test(prev.text)) return false
  // A line well short of the column ends its paragraph (or is a heading).
  const short = prev.width < 0.8 * page.width
  return short && (TERMINAL.test(prev.text) || /^[\p{Lu}\d"“«‘']/u.test(next.text))
}

interface PageStats {
  readonly gap: number | null
  readonly width: number
}

function pageStats(lines: readonly PdfLine[]): PageStats {
  const gaps: number[] = []
  for (let i = 1; i < lines.length; i++) {
    const d = (lines[i - 1]?.y ?? 0) - (lines[i]?.y ?? 0)
    if (d > 0) gaps.push(d)
  }
  return { gap: median(gaps), width: Math.max(0, ...lines.map((l) => l.width)) }
}

/** Joins a line onto the paragraph so far, mending a word hyphenated across the break. */
function joinLine(para: string, next: string): string {
  if (para.endsWith('\u00AD')) return para.slice(0, -1) + next
  if (/\p{Ll}-$/u.test(para) && /^\p{Ll}/u.test(next)) return para.slice(0, -1) + next
  if (/\p{L}-$/u.test(para)) return para + next // a real hyphen: Ould-Mohamed
  return `${para} ${next}`
}

/** Rebuilds paragraphs from the lines of all pages (after furniture removal). */
export function joinParagraphs(pages: readonly (readonly PdfLine[])[]): string {
  const paragraphs: string[] = []
  let para: string | null = null
  let prev: PdfLine | null = null
  let prevPage = -1
  pages.forEach((lines, p) => {
    const stats = pageStats(lines)
    for (const line of lines) {
      if (para === null || prev === null || startsParagraph(prev, line, p === prevPage, stats)) {
        if (para !== null) paragraphs.push(para)
        para = line.text
      } else {
        para = joinLine(para, line.text)
      }
      prev = line
      prevPage = p
    }
  })
  if (para !== null) paragraphs.push(para)
  return paragraphs.join('\n\n')
}
