/**
 * @module
 * Exit codes of the `faultline` CLI, and the one function that maps an error to one.
 * 0 success · 1 failure (input, database) · 2 usage error (bad flag or argument)
 * · 3 partial success (some inputs were skipped; the rest were processed) · 70 internal bug.
 */
import { isFaultlineError } from '../errors.js'

export const EXIT = { ok: 0, failure: 1, usage: 2, partial: 3, bug: 70 } as const

export function exitCodeFor(error: unknown): number {
  if (isFaultlineError(error)) return error.code === 'E_BAD_ARGUMENT' ? EXIT.usage : EXIT.failure
  if (error instanceof Error && error.name === 'CLIError') return EXIT.usage
  return EXIT.bug
}
