/**
 * @module
 * The `snapshots` and `snapshot_events` tables: a named, frozen copy of the dataset. Creating one
 * reads every event (with its outlet and `coded_by`, what exports need) in one consistent read,
 * byte-wise `event_id` order, writes each as canonical JSON text and hashes those lines
 * (sha256 over `line + "\n"`), so the hash names the content and any copy can check it. A
 * snapshot streams back in the order of a live export (date, undated last, then id); its records
 * never change, so an export of it gives the same bytes on every run. `diffSnapshots` compares two
 * by event id: added, removed, and changed with the fields that differ.
 */
import { createHash } from 'node:crypto'
import { FaultlineError } from '../errors.js'
import type { Snapshot, SnapshotDiff } from '../schema/changes.js'
import { canonicalJson } from './_canonical-json.js'
import { EVENT_SELECT, rowToEvent } from './event-row.js'
import type { EventRow } from './event-row.js'
import type { Queryable } from './queryable.js'
import type { ExportRow } from './store.js'

const BATCH = 1000
const SNAPSHOT_SELECT = `name, to_char(created_at AT TIME ZONE 'UTC',
  'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS created_at, content_hash, event_count, note`

type FrozenRow = EventRow & { outlet: string | null; coded_by: 'machine' | 'analyst' }

/** A frozen record back in the key order of a live export row. */
export function thawRecord(text: string): ExportRow {
  const r = JSON.parse(text) as FrozenRow
  const event = rowToEvent({ ...r, fatalities_min: r.fatalities_min ?? null,
    fatalities_max: r.fatalities_max ?? null })
  return { ...event, outlet: r.outlet ?? null, coded_by: r.coded_by }
}

export async function getSnapshot(db: Queryable, name: string): Promise<Snapshot | null> {
  const { rows } = await db.query<Snapshot>(
    `SELECT ${SNAPSHOT_SELECT} FROM snapshots WHERE name = $1::text`, [name],
  )
  return rows[0] ?? null
}

export async function listSnapshots(db: Queryable): Promise<Snapshot[]> {
  const { rows } = await db.query<Snapshot>(
    `SELECT ${SNAPSHOT_SELECT} FROM snapshots ORDER BY created_at, name`,
  )
  return rows
}

async function mustExist(db: Queryable, name: string): Promise<Snapshot> {
  const s = await getSnapshot(db, name)
  if (s !== null) return s
  throw new FaultlineError('E_NOT_FOUND', `no snapshot named '${name}'`, {
    hint: 'list the snapshots with faultline snapshot list (or GET /api/snapshots)',
  })
}

/** Freezes the current events under `name`; E_BAD_ARGUMENT when the name is taken. */
export async function createSnapshot(db: Queryable, name: string, note = ''): Promise<Snapshot> {
  return db.transaction(async (tx) => {
    // One consistent read of every event, even while ingests commit on a server.
    await tx.exec('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ')
    if ((await getSnapshot(tx, name)) !== null) {
      throw new FaultlineError('E_BAD_ARGUMENT', `a snapshot named '${name}' already exists`, {
        hint: 'snapshots are never overwritten: pick another name (faultline snapshot list)',
      })
    }
    await tx.query(
      `INSERT INTO snapshots (name, content_hash, event_count, note)
       VALUES ($1::text, '', 0, $2::text)`, [name, note],
    )
    await tx.exec(`DECLARE faultline_snapshot NO SCROLL CURSOR FOR
      SELECT ${EVENT_SELECT}, d.outlet, e.coded_by FROM events e JOIN documents d ON d.id = e.doc_id
      ORDER BY e.event_id COLLATE "C"`)
    const hash = createHash('sha256')
    let count = 0
    for (;;) {
      const { rows } = await tx.query<FrozenRow>(`FETCH ${BATCH} FROM faultline_snapshot`)
      const batch = rows.map((r) => {
        const record = canonicalJson({ ...rowToEvent(r), outlet: r.outlet, coded_by: r.coded_by })
        hash.update(`${record}\n`)
        return { id: r.event_id, date: r.event_date, record }
      })
      if (batch.length > 0) {
        await tx.query(
          `INSERT INTO snapshot_events (snapshot, event_id, event_date, record)
           SELECT $1::text, x->>'id', (x->>'date')::date, x->>'record'
           FROM jsonb_array_elements($2::jsonb) x`,
          [name, JSON.stringify(batch)],
        )
      }
      count += batch.length
      if (rows.length < BATCH) break
    }
    await tx.exec('CLOSE faultline_snapshot')
    const { rows } = await tx.query<Snapshot>(
      `UPDATE snapshots SET content_hash = $2::text, event_count = $3::int WHERE name = $1::text
       RETURNING ${SNAPSHOT_SELECT}`,
      [name, hash.digest('hex'), count],
    )
    return rows[0] as Snapshot
  })
}

type FrozenLine = { id: string; date: string | null; record: string }

/** The frozen events of a snapshot in live-export order, in keyset batches. */
export async function* streamSnapshotEvents(
  db: Queryable, name: string, batchSize = BATCH,
): AsyncGenerator<ExportRow> {
  await mustExist(db, name)
  let cursor: { date: string; id: string } | null = null
  const key = `(COALESCE(event_date, 'infinity'::date), event_id COLLATE "C")`
  for (;;) {
    const params: unknown[] = [name, batchSize]
    if (cursor !== null) params.push(cursor.date, cursor.id)
    const after: string = cursor === null ? 'TRUE' : `${key} > ($3::date, $4::text COLLATE "C")`
    const { rows }: { rows: FrozenLine[] } =
      await db.query<FrozenLine>(
        `SELECT event_id AS id, to_char(event_date, 'YYYY-MM-DD') AS date, record
         FROM snapshot_events WHERE snapshot = $1::text AND ${after}
         ORDER BY COALESCE(event_date, 'infinity'::date), event_id COLLATE "C" LIMIT $2::int`,
        params,
      )
    for (const r of rows) yield thawRecord(r.record)
    const last: FrozenLine | undefined = rows.at(-1)
    if (last === undefined || rows.length < batchSize) return
    cursor = { date: last.date ?? 'infinity', id: last.id }
  }
}

/** Top-level fields whose values differ between two records. */
function changedFields(a: string, b: string): string[] {
  const x = JSON.parse(a) as Record<string, unknown>
  const y = JSON.parse(b) as Record<string, unknown>
  const keys = [...new Set([...Object.keys(x), ...Object.keys(y)])].sort()
  return keys.filter((k) => canonicalJson(x[k] ?? null) !== canonicalJson(y[k] ?? null))
}

/** What `to` added, changed and removed relative to `from`, ids in byte order. */
export async function diffSnapshots(
  db: Queryable, from: string, to: string,
): Promise<SnapshotDiff> {
  await mustExist(db, from)
  await mustExist(db, to)
  const { rows } = await db.query<{ id: string; a: string | null; b: string | null }>(
    `SELECT COALESCE(a.event_id, b.event_id) AS id, a.record AS a, b.record AS b
     FROM (SELECT event_id, record FROM snapshot_events WHERE snapshot = $1::text) a
     FULL JOIN (SELECT event_id, record FROM snapshot_events WHERE snapshot = $2::text) b
       ON a.event_id = b.event_id
     WHERE a.record IS DISTINCT FROM b.record
     ORDER BY COALESCE(a.event_id, b.event_id) COLLATE "C"`,
    [from, to],
  )
  const diff: SnapshotDiff = { from, to, added: [], changed: [], removed: [] }
  for (const r of rows) {
    if (r.a === null) diff.added.push(r.id)
    else if (r.b === null) diff.removed.push(r.id)
    else diff.changed.push({ event_id: r.id, fields: changedFields(r.a, r.b) })
  }
  return diff
}
