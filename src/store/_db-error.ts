/**
 * @module
 * Wraps a driver error into `FaultlineError('E_DB')` naming the failing statement and a short
 * preview of its parameters, so a constraint violation deep in an ingest can be traced.
 * @internal
 */
import { FaultlineError, isFaultlineError } from '../errors.js'

const MAX_PARAMS = 8
const MAX_PARAM_CHARS = 40

/** `INSERT INTO events (…) VALUES …` → `INSERT INTO events`: the statement's head. */
export function statementName(sql: string): string {
  const flat = sql.replace(/\s+/g, ' ').trim()
  const verbs = /^(?:WITH\s.*?\)\s*)?(SELECT|INSERT INTO \S+|UPDATE \S+|DELETE FROM \S+)/i
  const head = flat.match(verbs)
  return head?.[1] ?? flat.slice(0, 60)
}

function preview(params: readonly unknown[]): string {
  const shown = params.slice(0, MAX_PARAMS).map((p) => {
    const s = typeof p === 'string' ? JSON.stringify(p) : String(p)
    return s.length > MAX_PARAM_CHARS ? `${s.slice(0, MAX_PARAM_CHARS)}…` : s
  })
  const more = params.length > MAX_PARAMS ? `, …+${params.length - MAX_PARAMS}` : ''
  return `[${shown.join(', ')}${more}]`
}

export function toDbError(e: unknown, sql: string, params: readonly unknown[] = []): Error {
  if (isFaultlineError(e)) return e
  const message = e instanceof Error ? e.message : String(e)
  const detail = (e as { detail?: unknown } | null)?.detail
  return new FaultlineError(
    'E_DB',
    `${message} (in ${statementName(sql)} ${preview(params)})`,
    {
      hint: typeof detail === 'string' ? detail : 'check the database location and its schema',
      cause: e,
    },
  )
}
