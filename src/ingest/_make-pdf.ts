/**
 * @module
 * Test helper: builds a minimal valid PDF 1.4 byte by byte. In: pages, each a list of text lines
 * (or none for a page without a text layer). Out: a Buffer with correct xref offsets, one
 * Helvetica font and one `BT … Tj ET` content stream per page. Used only by tests.
 * @internal
 */

/** Escapes a string for a PDF literal `( … )`. */
function pdfString(s: string): string {
  return s.replace(/[\\()]/g, (c) => `\\${c}`)
}

/**
 * One content stream: each line at 72pt from the left, 14pt below the previous one; an empty
 * string leaves a blank line (a paragraph gap).
 */
function contentStream(lines: readonly string[]): string {
  if (lines.length === 0) return '0 0 1 rg 72 600 100 100 re f'
  const ops = lines.map(
    (l, i) => `${i === 0 ? '72 720' : '0 -14'} Td${l === '' ? '' : ` (${pdfString(l)}) Tj`}`,
  )
  return `BT /F1 12 Tf ${ops.join(' ')} ET`
}

/**
 * Builds a PDF whose pages hold the given lines. An empty line list makes a page that draws a
 * rectangle but has no text at all.
 * @example makePdf([['Gunmen attacked Koro.'], []]) // two pages, the second without text
 */
export function makePdf(pages: readonly (readonly string[])[]): Buffer {
  const n = pages.length
  const fontId = 3
  const pageIds = pages.map((_, i) => 4 + i * 2)
  const objs: string[] = []
  objs[1] = '<< /Type /Catalog /Pages 2 0 R >>'
  objs[2] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${n} >>`
  objs[fontId] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>'
  pages.forEach((lines, i) => {
    const pid = 4 + i * 2
    const stream = contentStream(lines)
    objs[pid] =
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] ` +
      `/Resources << /Font << /F1 ${fontId} 0 R >> >> /Contents ${pid + 1} 0 R >>`
    const length = Buffer.byteLength(stream, 'latin1')
    objs[pid + 1] = `<< /Length ${length} >>\nstream\n${stream}\nendstream`
  })
  let out = '%PDF-1.4\n'
  const offsets: number[] = []
  for (let id = 1; id < objs.length; id++) {
    offsets[id] = Buffer.byteLength(out, 'latin1')
    out += `${id} 0 obj\n${objs[id]}\nendobj\n`
  }
  const xrefAt = Buffer.byteLength(out, 'latin1')
  out += `xref\n0 ${objs.length}\n0000000000 65535 f \n`
  for (let id = 1; id < objs.length; id++) {
    out += `${String(offsets[id]).padStart(10, '0')} 00000 n \n`
  }
  out += `trailer\n<< /Size ${objs.length} /Root 1 0 R >>\nstartxref\n${xrefAt}\n%%EOF\n`
  return Buffer.from(out, 'latin1')
}
