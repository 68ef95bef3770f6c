/**
 * @module
 * The neighbourhood corroboration reads for one document (`incident-repo.ts`): the stored events
 * that could be the same happening as a report (an SQL prefilter on type, date window and
 * bounding box — a superset of `sameHappening`, which decides in memory), and the document's
 * near-duplicate text fingerprint, stored once.
 */
import { DATE_WINDOW_DAYS, RADIUS_KM } from '../corroborate/data/thresholds.js'
import { textFingerprint } from '../corroborate/fingerprint.js'
import { typesCompatibleWith } from '../corroborate/same-event.js'
import { boundingBox } from '../query/where-clause.js'
import type { EventRecord } from '../schema/event.js'
import { EVENT_SELECT, rowToEvent } from './event-row.js'
import type { EventRow } from './event-row.js'
import type { Queryable } from './queryable.js'

const MAX_DAYS = Math.max(...Object.values(DATE_WINDOW_DAYS))
const MAX_KM = Math.max(...Object.values(RADIUS_KM))

/** Stored events that could be the same happening as `e` (a superset of `sameHappening`). */
export async function candidates(db: Queryable, e: EventRecord): Promise<EventRecord[]> {
  if (e.tier !== 'news' || e.event_date === null) return []
  const params: unknown[] = [e.doc_id, typesCompatibleWith(e.event_type), e.event_date, MAX_DAYS]
  let place = 'TRUE'
  if (e.latitude !== null && e.longitude !== null) {
    const box = boundingBox({ lat: e.latitude, lon: e.longitude, km: MAX_KM })
    params.push(box.latMin, box.latMax)
    let lon = 'TRUE'
    if (box.lon !== null) {
      params.push(box.lon.min, box.lon.max)
      const [lo, hi] = ['$7::float8', '$8::float8']
      lon = box.lon.wraps
        ? `(e.longitude >= ${lo} OR e.longitude <= ${hi})`
        : `e.longitude BETWEEN ${lo} AND ${hi}`
    }
    // Reports without coordinates are matched by place name, in memory.
    place = `((e.latitude BETWEEN $5::float8 AND $6::float8 AND ${lon})
      OR e.latitude IS NULL OR e.longitude IS NULL)`
  }
  const { rows } = await db.query<EventRow>(
    `SELECT ${EVENT_SELECT} FROM events e
     WHERE e.doc_id <> $1::text AND e.tier = 'news' AND e.event_type = ANY($2::text[])
       AND e.event_date BETWEEN $3::date - $4::int AND $3::date + $4::int AND ${place}`,
    params,
  )
  return rows.map(rowToEvent)
}

/** Stores the document's fingerprint if it has none yet. */
export async function fingerprintDocument(db: Queryable, docId: string): Promise<void> {
  const { rows } = await db.query<{ text: string }>(
    'SELECT text FROM documents WHERE id = $1::text AND fingerprint IS NULL',
    [docId],
  )
  const doc = rows[0]
  if (doc === undefined) return
  await db.query('UPDATE documents SET fingerprint = $2::text WHERE id = $1::text', [
    docId,
    textFingerprint(doc.text),
  ])
}
