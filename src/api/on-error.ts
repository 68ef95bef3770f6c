/**
 * @module
 * The one place where failures become HTTP responses. Every error body has the same shape,
 * `{ error: { code, message, hint? } }`: zod validation problems are 400 `E_BAD_ARGUMENT` naming
 * the parameter, `FaultlineError` codes map to statuses through `STATUS_BY_CODE`, and anything else
 * is a 500 `E_INTERNAL` whose details go to the log, never to the client.
 */
import type { Context } from 'hono'
import { HTTPException } from 'hono/http-exception'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import { ZodError } from 'zod'
import type { ErrorCode } from '../errors.js'
import { isFaultlineError } from '../errors.js'

export interface ErrorBody {
  readonly error: { readonly code: string; readonly message: string; readonly hint?: string }
}

/** HTTP status per error code; codes not listed here are internal (500). */
export const STATUS_BY_CODE: Partial<Record<ErrorCode, ContentfulStatusCode>> = {
  E_BAD_ARGUMENT: 400,
  E_NOT_FOUND: 404,
  E_UNAUTHORIZED: 401,
  E_TOO_LARGE: 413,
  E_INPUT_EMPTY: 422,
  E_INPUT_BINARY: 422,
  E_INPUT_UNREADABLE: 422,
  E_INPUT_FORMAT: 422,
  E_PDF_NO_TEXT: 422,
  E_HTML_NO_ARTICLE: 422,
  E_FEED_MALFORMED: 422,
  E_SSRF_BLOCKED: 403,
  E_ROBOTS: 403,
  E_FETCH: 502,
}

const QUERY_HINT = 'see GET /api/openapi.json or /api/docs for the accepted parameters'

/** Turns a zod error into one readable sentence naming each offending parameter. */
export function describeZodError(err: ZodError): string {
  return err.issues
    .map((issue) => {
      if (issue.code === 'unrecognized_keys') {
        const keys = issue.keys.map((k) => `'${k}'`).join(', ')
        return `unknown parameter${issue.keys.length > 1 ? 's' : ''} ${keys}`
      }
      const name = issue.path.length > 0 ? issue.path.join('.') : 'input'
      return `parameter '${name}': ${issue.message}`
    })
    .join('; ')
}

/** Maps any thrown value to a status and an error body. Pure, so it is tested on its own. */
export function toErrorResponse(err: unknown): { status: ContentfulStatusCode; body: ErrorBody } {
  if (err instanceof ZodError) {
    const error = { code: 'E_BAD_ARGUMENT', message: describeZodError(err), hint: QUERY_HINT }
    return { status: 400, body: { error } }
  }
  if (isFaultlineError(err)) {
    const status = STATUS_BY_CODE[err.code]
    if (status !== undefined) {
      const error = { code: err.code, message: err.message }
      return { status, body: { error: err.hint ? { ...error, hint: err.hint } : error } }
    }
  }
  if (err instanceof HTTPException && err.status < 500) {
    const code = err.status === 404 ? 'E_NOT_FOUND' : 'E_BAD_ARGUMENT'
    return { status: err.status, body: { error: { code, message: err.message || 'bad request' } } }
  }
  return {
    status: 500,
    body: { error: { code: 'E_INTERNAL', message: 'internal server error; this is a bug' } },
  }
}

/** Builds Hono's `onError` handler; `log` receives the original error of every 500. */
export function onError(log: (err: unknown) => void) {
  return (err: unknown, c: Context) => {
    const { status, body } = toErrorResponse(err)
    if (status >= 500) log(err)
    return c.json(body, status)
  }
}

/** Hono `notFound` handler: a JSON 404 under /api, plain text elsewhere (static files later). */
export function notFound(c: Context) {
  if (c.req.path === '/api' || c.req.path.startsWith('/api/')) {
    const message = `no route ${c.req.method} ${c.req.path}`
    const error = { code: 'E_NOT_FOUND', message, hint: 'see GET /api/docs for the routes' }
    return c.json({ error } satisfies ErrorBody, 404)
  }
  return c.text('Not Found', 404)
}
