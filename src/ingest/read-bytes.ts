/**
 * @module
 * Bytes already in memory to a RawDoc (stdin, an API upload). In: the bytes, a source label and
 * options. Out: a RawDoc. PDF is recognised by its `%PDF-` magic; anything else must decode as
 * text and then goes the readText way (front matter, markdown by extension, HTML sniffing).
 */
import type { RawDoc } from '../schema/document.js'
import { checkOptions, emptyInput, tooLarge } from './options.js'
import type { TextOptions } from './options.js'
import { extractPdf } from './pdf.js'
import { readText } from './read-text.js'
import { decodeText } from './sniff-binary.js'
import { toRawDoc } from './to-raw-doc.js'

const PDF_MAGIC = '%PDF-'

/** Reads a document from bytes, detecting PDF by content rather than by name. */
export async function readBytes(
  bytes: Uint8Array,
  source: string,
  opts: TextOptions = {},
): Promise<RawDoc> {
  const { maxBytes } = checkOptions(opts)
  if (bytes.length > maxBytes) throw tooLarge(source, bytes.length, maxBytes)
  if (bytes.length === 0) throw emptyInput(source)
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1')
  if (opts.format === 'pdf' || head.trimStart().startsWith(PDF_MAGIC)) {
    const { text, ...meta } = await extractPdf(bytes, source)
    return toRawDoc(text, 'pdf', source, meta, opts)
  }
  return readText(decodeText(bytes, source), source, opts)
}
