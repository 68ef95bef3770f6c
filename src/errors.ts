/**
 * @module
 * One error class for failures the user can act on. `code` is a closed set so the CLI
 * (exit codes) and the API (HTTP statuses) can map it in one place each; `hint` says what to do.
 */
export type ErrorCode =
  | 'E_INPUT_EMPTY'
  | 'E_INPUT_BINARY'
  | 'E_INPUT_UNREADABLE'
  | 'E_INPUT_FORMAT'
  | 'E_TOO_LARGE'
  | 'E_PDF_NO_TEXT'
  | 'E_HTML_NO_ARTICLE'
  | 'E_FEED_MALFORMED'
  | 'E_FETCH'
  | 'E_SSRF_BLOCKED'
  | 'E_ROBOTS'
  | 'E_BAD_ARGUMENT'
  | 'E_NOT_FOUND'
  | 'E_UNAUTHORIZED'
  | 'E_DB'

export class FaultlineError extends Error {
  readonly code: ErrorCode
  readonly hint: string | undefined
  constructor(code: ErrorCode, message: string, opts: { hint?: string; cause?: unknown } = {}) {
    super(message, { cause: opts.cause })
    this.name = 'FaultlineError'
    this.code = code
    this.hint = opts.hint
  }
}

export function isFaultlineError(e: unknown): e is FaultlineError {
  return e instanceof FaultlineError
}
