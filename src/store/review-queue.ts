/**
 * @module
 * The review queue: events an analyst has not reviewed yet (`coded_by = 'machine'`), those the
 * extractor is least sure of first. Each reason adds to a score computed in SQL, so the queue is
 * ordered and paged by the database whatever the store's size:
 * hedged wording (3), no point to map (3), conflicting claims among the reports of its incident
 * (3), a weak type (no type cue in the text, or the catch-all sub-type 'Other': 2), and violence
 * told in background (context tier) rather than as news (1). Ties: newest first.
 */
import type { EventRecord } from '../schema/event.js'
import type { QueueItem, ReviewReason } from '../schema/review.js'
import { EVENT_SELECT, rowToEvent } from './event-row.js'
import type { EventRow } from './event-row.js'
import type { Queryable } from './queryable.js'

/** Each reason's SQL test over `events e` and its weight. */
const REASONS: readonly { reason: ReviewReason; sql: string; weight: number }[] = [
  { reason: 'hedged', sql: `e.certainty = 'hedged'`, weight: 3 },
  { reason: 'no_point', sql: 'e.latitude IS NULL', weight: 3 },
  {
    reason: 'conflicting_claims',
    sql: `EXISTS (SELECT 1 FROM incident_members m
      JOIN incident_members m2 ON m2.incident_id = m.incident_id AND m2.event_id <> m.event_id
      JOIN events o ON o.event_id = m2.event_id
      WHERE m.event_id = e.event_id AND (o.fatalities <> e.fatalities
        OR o.event_type <> e.event_type OR o.event_date IS DISTINCT FROM e.event_date))`,
    weight: 3,
  },
  {
    reason: 'weak_type',
    sql: `(e.sub_event_type = 'Other' OR NOT EXISTS (
      SELECT 1 FROM jsonb_array_elements(e.evidence) s WHERE s->>'field' = 'type'))`,
    weight: 2,
  },
  {
    reason: 'context_violence',
    sql: `(e.tier = 'context' AND e.event_type IN ('Battles', 'Violence against civilians',
      'Explosions/Remote violence'))`,
    weight: 1,
  },
]

const FLAGS = REASONS.map((r, i) => `(${r.sql}) AS f${i}`).join(',\n')
const SCORE = REASONS.map((r, i) => `(CASE WHEN f${i} THEN ${r.weight} ELSE 0 END)`).join(' + ')

type QueueRow = EventRow & Record<`f${number}`, boolean> & { score: number }

/** Unreviewed events by descending doubt; `total` counts the whole queue. */
export async function reviewQueue(
  db: Queryable, page: { limit: number; offset: number },
): Promise<{ total: number; items: QueueItem[] }> {
  const base = `SELECT ${EVENT_SELECT}, ${FLAGS} FROM events e WHERE e.coded_by = 'machine'`
  const count = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM events e WHERE e.coded_by = 'machine'`,
  )
  const { rows } = await db.query<QueueRow>(
    `SELECT q.*, (${SCORE})::int AS score FROM (${base}) q
     ORDER BY score DESC, q.event_date DESC NULLS LAST, q.event_id
     LIMIT $1::int OFFSET $2::int`,
    [page.limit, page.offset],
  )
  const items = rows.map((r) => ({
    event: rowToEvent(r) as EventRecord,
    score: r.score,
    reasons: REASONS.filter((_, i) => r[`f${i}`] === true).map((x) => x.reason),
  }))
  return { total: count.rows[0]?.n ?? 0, items }
}
