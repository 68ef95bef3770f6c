/**
 * @module
 * PDF to text with pdfjs. In: the file bytes and the source (for messages). Out: the prose
 * from the text layer (lines rebuilt, furniture dropped, paragraphs re-joined) plus the title
 * and author from the document info. Runs quietly in Node: no font loading, no eval, errors-only
 * verbosity. A PDF without a text layer is E_PDF_NO_TEXT; one pdfjs cannot open is
 * E_INPUT_UNREADABLE.
 */
import { getDocument, VerbosityLevel } from 'pdfjs-dist/legacy/build/pdf.mjs'
import { FaultlineError } from '../errors.js'
import { buildLines } from './pdf-lines.js'
import type { PdfItem, PdfLine } from './pdf-lines.js'
import { dropPageFurniture, joinParagraphs } from './pdf-paragraphs.js'

export interface PdfText {
  readonly text: string
  readonly title: string | null
  readonly author: string | null
}

/** Extracts the text layer of a PDF. */
export async function extractPdf(bytes: Uint8Array, source: string): Promise<PdfText> {
  const task = getDocument({
    data: new Uint8Array(bytes), // pdfjs takes ownership of (detaches) the buffer it is given
    disableFontFace: true,
    useSystemFonts: false,
    isEvalSupported: false,
    stopAtErrors: false,
    verbosity: VerbosityLevel.ERRORS,
  })
  const pdf = await task.promise.catch((cause: unknown) => {
    throw unreadable(source, cause)
  })
  try {
    const pages: PdfLine[][] = []
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n)
      const content = await page.getTextContent()
      const items: PdfItem[] = []
      for (const it of content.items) {
        if (!('str' in it)) continue // marked-content boundaries carry no text
        const [, , , d = 0, x = 0, y = 0] = it.transform as number[]
        const height = it.height || Math.abs(d)
        items.push({ str: it.str, x, y, width: it.width, height, hasEOL: it.hasEOL })
      }
      pages.push(buildLines(items))
      page.cleanup()
    }
    const text = joinParagraphs(dropPageFurniture(pages))
    if (text.trim() === '') {
      const message = `${source}: the PDF has no text layer (scanned images?)`
      throw new FaultlineError('E_PDF_NO_TEXT', message, {
        hint: 'Run OCR on it first (e.g. `ocrmypdf in.pdf out.pdf`) and ingest the result.',
      })
    }
    const metadata = await pdf.getMetadata().catch(() => null)
    const info = metadata?.info as Record<string, unknown> | undefined
    return { text, title: infoString(info?.['Title']), author: infoString(info?.['Author']) }
  } catch (e) {
    throw e instanceof FaultlineError ? e : unreadable(source, e)
  } finally {
    await pdf.destroy()
  }
}

function unreadable(source: string, cause: unknown): FaultlineError {
  const locked = (cause as { name?: string } | null)?.name === 'PasswordException'
  const why = locked ? 'the PDF is password-protected' : 'not a readable PDF (corrupt or truncated)'
  return new FaultlineError('E_INPUT_UNREADABLE', `${source}: ${why}`, {
    hint: locked
      ? 'Remove the password (e.g. print to a new PDF) and try again.'
      : 'Re-download or re-export the PDF, or save the article as text or HTML instead.',
    cause,
  })
}

/** A document-info string worth keeping (not empty, not a producer's placeholder). */
function infoString(v: unknown): string | null {
  if (typeof v !== 'string') return null
  const t = v.replace(/\s+/g, ' ').trim()
  if (t === '' || /^(untitled|microsoft word - .*|.*\.(docx?|pdf|indd))$/i.test(t)) return null
  return t
}
