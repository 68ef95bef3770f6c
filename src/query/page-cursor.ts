/**
 * @module
 * Keyset paging for the event list: an opaque cursor (base64url of the last row's sort key,
 * `[event_date | null, event_id]`) → a SQL condition for "after that row" in the list's order
 * (`event_date DESC NULLS LAST, event_id`). Unlike an offset, a cursor page is stable under
 * inserts and deletes: rows added before the cursor do not shift the next page, and a page never
 * repeats a row. A malformed cursor is a `FaultlineError` (`E_BAD_ARGUMENT`) with a hint.
 */
import { z } from 'zod'
import { FaultlineError } from '../errors.js'
import type { SqlFragment } from './where-clause.js'

/** The sort key of the last row of a page. */
export interface CursorKey {
  readonly event_date: string | null
  readonly event_id: string
}

const Key = z.tuple([z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(), z.string().min(1)])

/** The cursor that resumes after `row`. */
export function encodeCursor(row: CursorKey): string {
  return Buffer.from(JSON.stringify([row.event_date, row.event_id])).toString('base64url')
}

/** The row a cursor resumes after; throws `E_BAD_ARGUMENT` on anything not made here. */
export function decodeCursor(cursor: string): CursorKey {
  let parsed: unknown
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'))
  } catch {
    parsed = undefined
  }
  const key = Key.safeParse(parsed)
  if (!key.success) {
    throw new FaultlineError('E_BAD_ARGUMENT', 'invalid cursor', {
      hint: "pass the 'next_cursor' of the previous page unchanged, or leave 'cursor' out to start",
    })
  }
  return { event_date: key.data[0], event_id: key.data[1] }
}

/**
 * Rows after `key` in the list's order (newest first, undated last, then event id), as a
 * condition over `events e` with parameters numbered from `from`.
 */
export function afterCursor(key: CursorKey, from: number): SqlFragment {
  const id = `$${from}::text`
  if (key.event_date === null) {
    return { sql: `(e.event_date IS NULL AND e.event_id > ${id})`, params: [key.event_id] }
  }
  const d = `$${from + 1}::date`
  return {
    sql: `(e.event_date < ${d} OR (e.event_date = ${d} AND e.event_id > ${id})
      OR e.event_date IS NULL)`,
    params: [key.event_id, key.event_date],
  }
}
