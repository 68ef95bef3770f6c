/**
 * @module
 * Caller options shared by readDocument and readText. In: what the CLI or API passed (outlet,
 * published date, size limit). Out: the options checked, or E_BAD_ARGUMENT naming the bad value.
 */
import { FaultlineError } from '../errors.js'
import { IsoDate } from '../schema/document.js'
import type { Format } from './formats.js'

export interface ReadOptions {
  /** Outlet name; overrides what the document says. */
  readonly outlet?: string
  /** Publication date `YYYY-MM-DD`; overrides what the document says. */
  readonly published?: string
  /** Largest input accepted, in bytes (default 50 MB). */
  readonly maxBytes?: number
}

export interface TextOptions extends ReadOptions {
  /** Treat the text as this format instead of sniffing it (HTML vs plain text). */
  readonly format?: Format
}

export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024

/** Validates options, returning the size limit to apply. */
export function checkOptions(opts: ReadOptions): { maxBytes: number } {
  if (opts.published !== undefined && !IsoDate.safeParse(opts.published).success) {
    throw new FaultlineError(
      'E_BAD_ARGUMENT',
      `invalid date ${opts.published}: expected YYYY-MM-DD`,
      { hint: 'Give the publication date as a real calendar date, e.g. 2023-04-12.' },
    )
  }
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES
  if (!Number.isFinite(maxBytes) || maxBytes <= 0) {
    const message = `invalid size limit ${maxBytes}: expected bytes > 0`
    throw new FaultlineError('E_BAD_ARGUMENT', message, {
      hint: 'Pass maxBytes as a positive number of bytes.',
    })
  }
  return { maxBytes }
}

/** E_TOO_LARGE for an input over the limit. */
export function tooLarge(source: string, size: number, maxBytes: number): FaultlineError {
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`
  return new FaultlineError(
    'E_TOO_LARGE',
    `${source}: ${size} bytes (${mb(size)}) is over the ${maxBytes}-byte (${mb(maxBytes)}) limit`,
    { hint: 'Split the document, or raise the limit (maxBytes) if it really is one article.' },
  )
}

/** E_INPUT_EMPTY for an input with no text. */
export function emptyInput(source: string): FaultlineError {
  return new FaultlineError('E_INPUT_EMPTY', `${source}: the input is empty (no text)`, {
    hint: 'Check that the file was saved completely; pass a document with article text.',
  })
}
