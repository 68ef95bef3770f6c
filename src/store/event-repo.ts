/**
 * @module
 * The `events` table: batch insert (multi-row INSERT, chunked under PostgreSQL's 65 535-parameter
 * limit), lookups, the paged listing (by offset or by keyset cursor, `page-cursor.ts`; its capped
 * total from `event_rollup` when the filter allows) and the keyset-paginated stream used by
 * exports.
 */
import { rollupCount } from '../query/aggregate-rollup.js'
import { resolveActors } from '../query/actor-names.js'
import { afterCursor, decodeCursor, encodeCursor } from '../query/page-cursor.js'
import { whereClause } from '../query/where-clause.js'
import type { EventFilter, Page } from '../query/filters.js'
import type { EventRecord } from '../schema/event.js'
import { EVENT_COLUMNS, EVENT_SELECT, eventValues, rowToEvent } from './event-row.js'
import type { EventRow } from './event-row.js'
import type { Queryable } from './queryable.js'
import type { ExportRow } from './store.js'

/** Rows per INSERT statement: 500 × 27 columns stays well below 65 535 parameters. */
const INSERT_CHUNK = 500
export const STREAM_BATCH = 1000

/** Inserts `events` for `docId`; `seq` is each event's index in the array (text order). */
export async function insertEvents(
  db: Queryable,
  docId: string,
  events: readonly EventRecord[],
): Promise<void> {
  for (let start = 0; start < events.length; start += INSERT_CHUNK) {
    const chunk = events.slice(start, start + INSERT_CHUNK)
    const rows = chunk.map((e, i) => eventValues(e, docId, start + i, i))
    const values = rows.map((r) => r.sql).join(', ')
    await db.query(
      `INSERT INTO events (${EVENT_COLUMNS.join(', ')}) VALUES ${values}`,
      rows.flatMap((r) => r.params),
    )
  }
}

export async function getEvent(db: Queryable, id: string): Promise<EventRecord | null> {
  const { rows } = await db.query<EventRow>(
    `SELECT ${EVENT_SELECT} FROM events e WHERE e.event_id = $1::text`,
    [id],
  )
  return rows[0] === undefined ? null : rowToEvent(rows[0])
}

export async function eventsOfDocument(db: Queryable, docId: string): Promise<EventRecord[]> {
  const { rows } = await db.query<EventRow>(
    `SELECT ${EVENT_SELECT} FROM events e WHERE e.doc_id = $1::text ORDER BY e.seq`,
    [docId],
  )
  return rows.map(rowToEvent)
}

/** Matching rows are counted up to here (or past the page asked for): an exact count of a
 * million rows costs more than the page itself, and "10,000+" is what a reader needs. */
export const TOTAL_CAP = 10_000

/** A page of events; `totalExact` is false when `total` is only a lower bound (capped count). */
export interface EventPage {
  readonly total: number
  readonly totalExact: boolean
  readonly items: EventRecord[]
  /** Resumes after the last item (`page.cursor`), or null on the last page. */
  readonly nextCursor: string | null
}

export async function listEvents(
  db: Queryable,
  filter: EventFilter,
  page: Page,
  totalCap = TOTAL_CAP,
): Promise<EventPage> {
  const key = page.cursor === undefined ? null : decodeCursor(page.cursor)
  const where = whereClause(await resolveActors(db, filter))
  const n = where.params.length
  const after = key === null ? null : afterCursor(key, n + 3)
  const cap = Math.max(totalCap, page.offset + page.limit) + 1
  // The rollup's day rows answer the count when the filter allows (thousands of rows, not up to
  // `cap` events); the cap still applies, so both ways give the same answer.
  const rolled = await rollupCount(db, filter)
  const count = rolled !== null ? { rows: [{ total: Math.min(rolled, cap) }] }
    : await db.query<{ total: number }>(
      `SELECT count(*)::int AS total FROM (SELECT 1 FROM events e WHERE ${where.sql}
       LIMIT $${n + 1}::int) capped`,
      [...where.params, cap],
    )
  const { rows } = await db.query<EventRow>(
    `SELECT ${EVENT_SELECT} FROM events e WHERE ${where.sql}${after ? ` AND ${after.sql}` : ''}
     ORDER BY e.event_date DESC NULLS LAST, e.event_id
     LIMIT $${n + 1}::int OFFSET $${n + 2}::int`,
    [...where.params, page.limit + 1, page.offset, ...(after?.params ?? [])],
  )
  const total = count.rows[0]?.total ?? 0
  // One row more than the page tells whether a next page exists.
  const items = rows.slice(0, page.limit).map(rowToEvent)
  const last = items.at(-1)
  const nextCursor = rows.length > page.limit && last ? encodeCursor(last) : null
  return { total, totalExact: total < cap, items, nextCursor }
}

type StreamRow = EventRow & { outlet: string | null; coded_by: 'machine' | 'analyst' }

/** Sort key of the stream; the same expression as the `events_sort_idx` index. */
const SORT_KEY = `COALESCE(e.event_date, 'infinity'::date)`

/**
 * Every matching event in (event_date, event_id) order, undated last. Each batch resumes after
 * the last row of the previous one (keyset), so no batch re-reads or skips rows and none holds
 * more than `batchSize` rows.
 */
export async function* streamEvents(
  db: Queryable,
  filter: EventFilter,
  batchSize = STREAM_BATCH,
): AsyncGenerator<ExportRow> {
  const where = whereClause(await resolveActors(db, filter))
  const n = where.params.length
  let cursor: { date: string; id: string } | null = null
  for (;;) {
    const after: string =
      cursor === null ? 'TRUE' : `(${SORT_KEY}, e.event_id) > ($${n + 2}::date, $${n + 3}::text)`
    const params: unknown[] = [...where.params, batchSize]
    if (cursor !== null) params.push(cursor.date, cursor.id)
    const { rows }: { rows: StreamRow[] } = await db.query<StreamRow>(
      `SELECT ${EVENT_SELECT}, d.outlet, e.coded_by FROM events e JOIN documents d ON d.id = e.doc_id
       WHERE ${where.sql} AND ${after}
       ORDER BY ${SORT_KEY}, e.event_id LIMIT $${n + 1}::int`,
      params,
    )
    for (const r of rows) yield { ...rowToEvent(r), outlet: r.outlet, coded_by: r.coded_by }
    const last: StreamRow | undefined = rows.at(-1)
    if (last === undefined || rows.length < batchSize) return
    cursor = { date: last.event_date ?? 'infinity', id: last.event_id }
  }
}
