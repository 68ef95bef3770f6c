/**
 * @module
 * In-memory text to a RawDoc (stdin `-`, the API). In: a string, its source label and options.
 * Out: a RawDoc. The format is given, taken from the source's extension, or sniffed (HTML when
 * it opens with a doctype or `<html>` or has `<body>`/`<p>` tags; plain text otherwise).
 */
import type { RawDoc } from '../schema/document.js'
import { parseFrontMatter } from './front-matter.js'
import { formatForPath } from './formats.js'
import type { Format } from './formats.js'
import { extractHtml, looksLikeHtml } from './html.js'
import { stripMarkdown } from './markdown.js'
import { normalizeDate } from './normalize-date.js'
import { normalizeText } from './normalize-text.js'
import { checkOptions, emptyInput, tooLarge } from './options.js'
import type { ReadOptions, TextOptions } from './options.js'
import { assertTextual } from './sniff-binary.js'
import { toRawDoc } from './to-raw-doc.js'

/** Reads a document held in memory. PDF bytes cannot come this way: use readDocument. */
export function readText(text: string, source: string, opts: TextOptions = {}): RawDoc {
  const { maxBytes } = checkOptions(opts)
  const size = Buffer.byteLength(text, 'utf8')
  if (size > maxBytes) throw tooLarge(source, size, maxBytes)
  assertTextual(text, source)
  const guessed = opts.format ?? formatForPath(source)
  const format: Format =
    guessed === 'md' || guessed === 'txt' || guessed === 'html'
      ? guessed
      : looksLikeHtml(text)
        ? 'html'
        : 'txt'
  return fromDecoded(text, format, source, opts)
}

/** Shared by readText and readDocument once the text is decoded. @internal */
export function fromDecoded(
  text: string,
  format: Exclude<Format, 'pdf'>,
  source: string,
  opts: ReadOptions,
): RawDoc {
  if (text.trim() === '') throw emptyInput(source)
  if (format === 'html') {
    const { text: body, ...meta } = extractHtml(text, source)
    return toRawDoc(body, format, source, meta, opts)
  }
  const { meta, body } = parseFrontMatter(normalizeText(text))
  const prose = format === 'md' ? stripMarkdown(body) : body
  const title = meta.title && format === 'md' ? stripMarkdown(meta.title) : meta.title
  const docMeta = { ...meta, title, published: normalizeDate(meta.published) }
  return toRawDoc(prose, format, source, docMeta, opts)
}
