/**
 * @module
 * The analyst's reviews: `event_reviews` (the audit trail, append-only) and `event_overrides`
 * (the current analyst value per stable event key and field; re-applied by `review-reapply.ts`). A review writes the override, the
 * event row (`coded_by = 'analyst'`) and the audit row in one transaction; a rejection deletes the
 * event row (lists, maps and exports no longer see it) and keeps the whole event in the audit.
 * When a document is re-extracted its events are re-created, and `applyOverrides` writes the
 * stored corrections onto the new rows, so an analyst's work outlives the extractor's.
 */
import { FaultlineError } from '../errors.js'
import type { CodedBy, ReviewInput, ReviewOutcome, ReviewRecord } from '../schema/review.js'
import { parseCorrection } from '../schema/review.js'
import { loggedEvents, recordChanges } from './change-repo.js'
import type { LoggedEvent } from './change-repo.js'
import { getEvent } from './event-repo.js'
import type { Queryable } from './queryable.js'
import { eventKey, fieldValue } from './review-fields.js'
import { deleteEvents, writeCorrection } from './review-reapply.js'

const AUDIT_SELECT = `id::int AS id, event_id, event_key, document_id, field, before::text AS before,
  after::text AS after, action,
  reviewer, to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS created_at,
  note`

/** jsonb comes back as text (one decoding whatever the driver), parsed here. */
const toRecord = (r: ReviewRecord): ReviewRecord => ({
  ...r, before: JSON.parse(String(r.before)), after: JSON.parse(String(r.after)),
})

async function upsertOverride(
  db: Queryable, key: string, field: string, docId: string, value: unknown,
): Promise<void> {
  await db.query(
    `INSERT INTO event_overrides (event_key, field, doc_id, value)
     VALUES ($1::text, $2::text, $3::text, $4::jsonb)
     ON CONFLICT (event_key, field) DO UPDATE SET value = EXCLUDED.value, updated_at = now()`,
    [key, field, docId, JSON.stringify(value)],
  )
}

/** The event with its `coded_by`, as the API shows it after a review. */
async function codedEvent(db: Queryable, id: string) {
  const event = await getEvent(db, id)
  if (event === null) return null
  const coding = await codingOf(db, [id])
  return { ...event, coded_by: coding[id] ?? 'machine' }
}

/**
 * Confirms, corrects one field of, or rejects an event. Throws E_NOT_FOUND for an unknown (or
 * already rejected) event and E_BAD_ARGUMENT when a correction's value does not fit its field.
 */
export async function reviewEvent(
  db: Queryable, eventId: string, input: ReviewInput,
): Promise<ReviewOutcome> {
  const correction = input.action === 'correct' ? parseCorrection(input) : null
  if (correction !== null && !correction.ok) {
    throw new FaultlineError('E_BAD_ARGUMENT', correction.message, {
      hint: 'see POST /api/events/{id}/review in /api/docs for each field\'s value',
    })
  }
  return db.transaction(async (tx) => {
    const event = await getEvent(tx, eventId)
    if (event === null) {
      throw new FaultlineError('E_NOT_FOUND', `no event with id '${eventId}'`, {
        hint: 'take ids from GET /api/review/queue; a rejected event keeps only its audit trail',
      })
    }
    const key = eventKey(event)
    const logged = (await loggedEvents(tx, { ids: [eventId] })).get(eventId)
    let field = 'status'
    let before: unknown
    let after: unknown
    if (correction !== null && correction.ok) {
      field = correction.value.field
      before = fieldValue(event, correction.value.field)
      after = correction.value.value
      await upsertOverride(tx, key, field, event.doc_id, after)
      await writeCorrection(tx, eventId, correction.value)
    } else if (input.action === 'reject') {
      before = event
      after = null
      await upsertOverride(tx, key, 'status', event.doc_id, 'rejected')
      await deleteEvents(tx, [eventId])
    } else {
      before = (await codingOf(tx, [eventId]))[eventId] ?? 'machine'
      after = 'confirmed'
      await upsertOverride(tx, key, 'status', event.doc_id, 'confirmed')
      await tx.query(`UPDATE events SET coded_by = 'analyst' WHERE event_id = $1::text`, [eventId])
    }
    const { rows } = await tx.query<ReviewRecord>(
      `INSERT INTO event_reviews
         (event_id, event_key, document_id, field, before, after, action, reviewer, note)
       VALUES ($1::text, $2::text, $3::text, $4::text, $5::jsonb, $6::jsonb, $7::text, $8::text,
         $9::text)
       RETURNING ${AUDIT_SELECT}`,
      [eventId, key, event.doc_id, field, JSON.stringify(before ?? null),
        JSON.stringify(after ?? null), input.action, input.reviewer, input.note],
    )
    const review = toRecord(rows[0] as ReviewRecord)
    await logReview(tx, logged, input, field)
    return { event: await codedEvent(tx, eventId), review }
  })
}

/** The change-log entry of a review: 'corrected' (confirm too: it sets coded_by) or 'deleted'. */
async function logReview(
  tx: Queryable, before: LoggedEvent | undefined, input: ReviewInput, field: string,
): Promise<void> {
  if (before === undefined) return
  const by = input.reviewer
  if (input.action === 'reject') {
    await recordChanges(tx, [{ event_id: before.event_id, doc_id: before.doc_id, kind: 'deleted',
      reason: `rejected by ${by}`, before }])
    return
  }
  const after = (await loggedEvents(tx, { ids: [before.event_id] })).get(before.event_id)
  if (JSON.stringify(before) === JSON.stringify(after)) return
  const reason = input.action === 'confirm' ? `confirmed by ${by}` : `${field} corrected by ${by}`
  await recordChanges(tx, [{ event_id: before.event_id, doc_id: before.doc_id, kind: 'corrected',
    reason, before, after }])
}

/**
 * An event's audit trail, oldest first: every review filed under its stable key, so reviews made
 * before a re-extraction renumbered it are included, and a rejected event's trail stays readable.
 */
export async function eventAudit(db: Queryable, eventId: string): Promise<ReviewRecord[]> {
  const event = await getEvent(db, eventId)
  // Ids move on re-extraction, so a live event is found by its key; a rejected one by the key
  // its rejection was filed under.
  const keys = event !== null ? [eventKey(event)] : (await db.query<{ k: string }>(
    `SELECT DISTINCT event_key AS k FROM event_reviews
     WHERE event_id = $1::text AND action = 'reject'`, [eventId],
  )).rows.map((r) => r.k)
  const { rows } = await db.query<ReviewRecord>(
    `SELECT ${AUDIT_SELECT} FROM event_reviews WHERE event_key = ANY($1::text[]) ORDER BY id`,
    [keys],
  )
  return rows.map(toRecord)
}

/** `coded_by` of each of `ids` that exists. */
export async function codingOf(
  db: Queryable, ids: readonly string[],
): Promise<Record<string, CodedBy>> {
  if (ids.length === 0) return {}
  const { rows } = await db.query<{ event_id: string; coded_by: CodedBy }>(
    'SELECT event_id, coded_by FROM events WHERE event_id = ANY($1::text[])',
    [ids],
  )
  return Object.fromEntries(rows.map((r) => [r.event_id, r.coded_by]))
}
