/**
 * @module
 * Write protection for the API. With a token configured (`FAULTLINE_TOKEN`), every request that
 * changes something (POST, PUT, PATCH, DELETE under `/api`) must send
 * `Authorization: Bearer <token>`; anything else is a 401 JSON error. Reads stay public. The token
 * is compared in constant time (both sides hashed to equal length first, so neither its length
 * nor its prefix leaks through timing). Without a token, writes are open: that is only allowed on
 * a loopback address (`serve.ts` refuses to bind elsewhere).
 */
import { createHash, timingSafeEqual } from 'node:crypto'
import type { MiddlewareHandler } from 'hono'
import { FaultlineError } from '../errors.js'

/** Methods that change state. */
export const WRITE_METHODS: ReadonlySet<string> = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])

const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest()

/** True when `given` equals `expected`, in time that depends on neither. */
export function tokenMatches(given: string, expected: string): boolean {
  return timingSafeEqual(digest(given), digest(expected))
}

/** The token in an `Authorization: Bearer …` header, or null. */
export function bearerToken(header: string | undefined): string | null {
  const m = /^Bearer[ \t]+(\S+)\s*$/i.exec(header ?? '')
  return m?.[1] ?? null
}

/** The configured write token: `FAULTLINE_TOKEN`, blank counts as unset. */
export function tokenFromEnv(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const t = env['FAULTLINE_TOKEN']?.trim()
  return t === undefined || t === '' ? undefined : t
}

/**
 * Middleware that lets reads through and requires the bearer token on writes; a no-op when
 * `token` is undefined. Mount it on `/api/*` before the routes.
 */
export function requireWriteToken(token: string | undefined): MiddlewareHandler {
  return async (c, next) => {
    if (token === undefined || !WRITE_METHODS.has(c.req.method)) return next()
    const given = bearerToken(c.req.header('Authorization'))
    if (given === null || !tokenMatches(given, token)) {
      c.header('WWW-Authenticate', 'Bearer realm="faultline"')
      throw new FaultlineError(
        'E_UNAUTHORIZED',
        given === null ? 'this write needs the API token' : 'the API token is wrong',
        { hint: 'send Authorization: Bearer <FAULTLINE_TOKEN> (the dashboard asks for it once)' },
      )
    }
    return next()
  }
}

/** True for addresses only this machine can reach (127.0.0.0/8, ::1, localhost). */
export function isLoopback(host: string): boolean {
  const h = host.trim().toLowerCase().replace(/^\[|\]$/g, '')
  if (h === 'localhost' || h === '::1' || h === '::ffff:127.0.0.1') return true
  return /^127(\.\d{1,3}){3}$/.test(h)
}

/**
 * Refuses to expose an unprotected API: binding to a non-loopback address needs a write token.
 * Throws E_BAD_ARGUMENT (the CLI exits 2).
 */
export function assertSafeBind(host: string, token: string | undefined): void {
  if (token !== undefined || isLoopback(host)) return
  throw new FaultlineError('E_BAD_ARGUMENT', `refusing to serve on ${host} without FAULTLINE_TOKEN`, {
    hint: 'set FAULTLINE_TOKEN=<a long random secret> (writes then need it), or bind --host 127.0.0.1',
  })
}
