/**
 * @module
 * A file on disk to a RawDoc. In: a path and options. Out: a RawDoc. The format comes from the
 * extension; the size is checked with `stat` before any byte is read, so a huge file is
 * refused without loading it. Every error names the path and carries a hint.
 */
import { readFile, stat } from 'node:fs/promises'
import { FaultlineError } from '../errors.js'
import type { RawDoc } from '../schema/document.js'
import { formatForPath, SUPPORTED_EXTENSIONS } from './formats.js'
import { checkOptions, emptyInput, tooLarge } from './options.js'
import type { ReadOptions } from './options.js'
import { extractPdf } from './pdf.js'
import { fromDecoded } from './read-text.js'
import { decodeText } from './sniff-binary.js'
import { toRawDoc } from './to-raw-doc.js'

function unreadable(path: string, why: string, cause: unknown): FaultlineError {
  return new FaultlineError('E_INPUT_UNREADABLE', `${path}: ${why}`, {
    hint: 'Check the path and its permissions; pass a file (folders are expanded by listInputs).',
    cause,
  })
}

/** Reads a .txt, .md, .html/.htm or .pdf file into a RawDoc. */
export async function readDocument(path: string, opts: ReadOptions = {}): Promise<RawDoc> {
  const { maxBytes } = checkOptions(opts)
  const info = await stat(path).catch((cause: unknown) => {
    const code = (cause as { code?: string } | null)?.code
    throw unreadable(path, code === 'ENOENT' ? 'no such file' : `cannot read (${code})`, cause)
  })
  if (info.isDirectory()) throw unreadable(path, 'is a folder, not a file', null)
  if (!info.isFile()) throw unreadable(path, 'not a regular file', null)
  const format = formatForPath(path)
  if (format === null) {
    throw new FaultlineError('E_INPUT_FORMAT', `${path}: unsupported file type`, {
      hint: `Supported: ${SUPPORTED_EXTENSIONS.join(', ')}. Convert the document or rename it.`,
    })
  }
  if (info.size > maxBytes) throw tooLarge(path, info.size, maxBytes)
  if (info.size === 0) throw emptyInput(path)
  const bytes = await readFile(path).catch((cause: unknown) => {
    throw unreadable(path, `cannot read (${(cause as { code?: string }).code})`, cause)
  })
  if (format === 'pdf') {
    const { text, ...meta } = await extractPdf(bytes, path)
    return toRawDoc(text, format, path, meta, opts)
  }
  return fromDecoded(decodeText(bytes, path), format, path, opts)
}
