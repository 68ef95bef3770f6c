/**
 * @module
 * Re-applying the analyst's work when events are re-created: a document's re-extracted events
 * replace the old rows, and every stored override (`event_overrides`) is written again onto the
 * event with the same stable key (`eventKey`): corrections set, rejected events deleted, confirmed
 * ones marked `coded_by = 'analyst'`. Deleting events here also keeps incidents consistent.
 */
import type { EventRecord } from '../schema/event.js'
import type { Correction } from '../schema/review.js'
import { parseCorrection } from '../schema/review.js'
import { diffChanges, loggedEvents, recordChanges } from './change-repo.js'
import { eventsOfDocument, insertEvents } from './event-repo.js'
import type { Queryable } from './queryable.js'
import { eventKey, setClause } from './review-fields.js'

/** Writes one checked correction onto an event row and marks it coded by an analyst. */
export async function writeCorrection(db: Queryable, eventId: string, c: Correction): Promise<void> {
  const set = setClause(c, 2)
  await db.query(
    `UPDATE events SET ${set.sql}, coded_by = 'analyst' WHERE event_id = $1::text`,
    [eventId, ...set.params],
  )
}

/**
 * Deletes events and keeps incidents consistent: an incident left without members goes, the
 * others get their report count back (`updateIncidents` then relinks the document).
 */
export async function deleteEvents(db: Queryable, ids: readonly string[]): Promise<void> {
  const { rows } = await db.query<{ id: string }>(
    'SELECT DISTINCT incident_id AS id FROM incident_members WHERE event_id = ANY($1::text[])',
    [ids],
  )
  await db.query('DELETE FROM events WHERE event_id = ANY($1::text[])', [ids])
  const touched = rows.map((r) => r.id)
  if (touched.length === 0) return
  await db.query(
    `DELETE FROM incidents i WHERE i.id = ANY($1::text[])
     AND NOT EXISTS (SELECT 1 FROM incident_members m WHERE m.incident_id = i.id)`,
    [touched],
  )
  await db.query(
    `UPDATE incidents i SET reports = (SELECT count(*) FROM incident_members m
       WHERE m.incident_id = i.id) WHERE i.id = ANY($1::text[])`,
    [touched],
  )
}

/**
 * Writes a document's stored overrides onto its current event rows (matched by stable key):
 * corrections are set again, rejected events deleted, confirmed ones marked. Returns how many
 * events an override touched.
 */
export async function applyOverrides(db: Queryable, docId: string): Promise<number> {
  const { rows } = await db.query<{ event_key: string; field: string; value: string }>(
    'SELECT event_key, field, value::text AS value FROM event_overrides WHERE doc_id = $1::text',
    [docId],
  )
  if (rows.length === 0) return 0
  const byKey = new Map<string, EventRecord>()
  for (const e of await eventsOfDocument(db, docId)) byKey.set(eventKey(e), e)
  const touched = new Set<string>()
  for (const o of rows) {
    const event = byKey.get(o.event_key)
    if (event === undefined) continue
    touched.add(event.event_id)
    const value: unknown = JSON.parse(o.value)
    if (o.field === 'status' && value === 'rejected') {
      await deleteEvents(db, [event.event_id])
    } else if (o.field === 'status') {
      await db.query(`UPDATE events SET coded_by = 'analyst' WHERE event_id = $1::text`, [
        event.event_id,
      ])
    } else {
      const c = parseCorrection({ action: 'correct', field: o.field as Correction['field'], value,
        note: '', reviewer: 'analyst', add_alias: false })
      if (c.ok) await writeCorrection(db, event.event_id, c.value)
    }
  }
  return touched.size
}

/**
 * Replaces a stored document's events with freshly extracted ones in one transaction, then
 * re-applies the analyst's overrides. Returns the number of events kept (rejected ones excluded).
 */
export async function replaceEvents(
  db: Queryable, docId: string, events: readonly EventRecord[],
): Promise<number> {
  return db.transaction(async (tx) => {
    const was = await loggedEvents(tx, { docId })
    await deleteEvents(tx, [...was.keys()])
    await insertEvents(tx, docId, events)
    await applyOverrides(tx, docId)
    const by = events[0] ? ` (${events[0].extractor.name} ${events[0].extractor.version})` : ''
    await recordChanges(tx, diffChanges(was, await loggedEvents(tx, { docId }), {
      added: `re-extraction finds it${by}`, revised: `re-extracted${by}`,
      deleted: 're-extraction no longer finds it',
    }))
    const { rows } = await tx.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM events WHERE doc_id = $1::text', [docId],
    )
    return rows[0]?.n ?? 0
  })
}
