/**
 * @module
 * The supported input formats and how a path maps to one. In: a file path. Out: its
 * `RawDoc['format']`, or null when the extension is not supported.
 */
import { extname } from 'node:path'
import type { RawDoc } from '../schema/document.js'

export type Format = RawDoc['format']

const BY_EXTENSION: Record<string, Format> = {
  '.txt': 'txt',
  '.text': 'txt',
  '.md': 'md',
  '.markdown': 'md',
  '.html': 'html',
  '.htm': 'html',
  '.pdf': 'pdf',
}

/** The extensions readDocument accepts, for hints. */
export const SUPPORTED_EXTENSIONS = Object.keys(BY_EXTENSION)

/** The format for a path's extension (case-insensitive), or null. */
export function formatForPath(path: string): Format | null {
  return BY_EXTENSION[extname(path).toLowerCase()] ?? null
}
