/**
 * @module
 * Turns a document's text and an event's evidence spans into DOM: plain runs become text nodes,
 * covered runs become `<mark data-field="…">` elements whose only child is a text node. Spans may
 * overlap; the text is cut at every span boundary and each piece lists every field covering it
 * (the innermost one first; it gives the colour). Offsets outside the text are clamped, never thrown on.
 */
import { fieldStyle } from './colors.js'
import { h } from './dom.js'

export interface EvidenceSpan {
  readonly start: number
  readonly end: number
  readonly text: string
  readonly field?: string | undefined
}

export interface Segment {
  readonly start: number
  readonly end: number
  /** Fields of the spans covering this piece, in span order; empty for plain text. */
  readonly fields: readonly string[]
}

/** Cuts [0, length) at every span boundary. Pure: unit-testable without a DOM. */
export function segment(length: number, spans: readonly EvidenceSpan[]): Segment[] {
  const clamp = (n: number) => Math.max(0, Math.min(length, n))
  const valid = spans
    .map((s) => ({ start: clamp(s.start), end: clamp(s.end), field: s.field ?? 'other' }))
    .filter((s) => s.end > s.start)
  const cuts = new Set<number>([0, length])
  for (const s of valid) cuts.add(s.start).add(s.end)
  const points = [...cuts].sort((a, b) => a - b)
  const out: Segment[] = []
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] as number
    const end = points[i + 1] as number
    // Innermost (shortest) span first: the most specific field gives the colour.
    const covering = valid
      .filter((s) => s.start <= start && s.end >= end)
      .sort((a, b) => a.end - a.start - (b.end - b.start))
    const fields = [...new Set(covering.map((s) => s.field))]
    out.push({ start, end, fields })
  }
  return out
}

/** Spans whose `text` does not match the document at their offsets (an extractor bug). */
export function mismatchedSpans(text: string, spans: readonly EvidenceSpan[]): EvidenceSpan[] {
  return spans.filter((s) => text.slice(s.start, s.end) !== s.text)
}

/** Renders the text with its evidence highlighted, into a fragment of text nodes and marks. */
export function renderHighlighted(text: string, spans: readonly EvidenceSpan[]): DocumentFragment {
  const frag = document.createDocumentFragment()
  for (const seg of segment(text.length, spans)) {
    const piece = text.slice(seg.start, seg.end)
    const first = seg.fields[0]
    if (first === undefined) {
      frag.appendChild(document.createTextNode(piece))
      continue
    }
    const style = fieldStyle(first)
    const labels = seg.fields.map((f) => fieldStyle(f).label).join(', ')
    const mark = h(
      'mark',
      {
        class: 'evidence',
        'data-field': seg.fields.join(' '),
        title: `Evidence for: ${labels}`,
      },
      piece,
    )
    // CSSOM, not a style attribute: allowed under the server's strict CSP (no 'unsafe-inline').
    mark.style.setProperty('--hl-bg', style.bg)
    mark.style.setProperty('--hl-line', style.line)
    frag.appendChild(mark)
  }
  return frag
}
