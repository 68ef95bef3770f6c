/**
 * @module
 * Middleware for `/api/*`: a request whose path or query string carries a NUL character (`%00`)
 * is a 400 before any route runs. PostgreSQL text cannot hold NUL, so such a value would
 * otherwise reach the database and fail there as an internal error (500). A raw NUL cannot be in a
 * URL, so looking for its percent-encoding in the undecoded URL finds every one.
 */
import type { MiddlewareHandler } from 'hono'
import { FaultlineError } from '../errors.js'

export const rejectNul: MiddlewareHandler = async (c, next) => {
  const url = new URL(c.req.url)
  if (/%00/.test(url.pathname + url.search)) {
    throw new FaultlineError('E_BAD_ARGUMENT', 'the request contains a NUL character (%00)', {
      hint: 'remove the NUL (\\0) characters from the path and the query parameters',
    })
  }
  await next()
}
