/**
 * @module
 * `updateIncidents(docId)`, the incremental step of corroboration (re-exported by
 * `incident-repo.ts`), built so that concurrent workers serialize as little as possible. Reading
 * the document's neighbourhood (its reports, their candidate neighbours, the incidents they touch,
 * an analyst's links) and grouping it in memory happen outside the corroboration lock, in one
 * REPEATABLE READ snapshot. Under the lock, one query checks that what the grouping read is still
 * what is stored (the incident memberships of the pool's reports and of the touched incidents, the
 * row versions of the pool's reports, the newest analyst link); only then are the incidents
 * replaced, with a few set-based statements. If anything changed, the neighbourhood is read and
 * grouped again under the lock, exactly as a serial run would. Reports stored after the snapshot
 * need no check: their own corroboration reads this document's reports (stored before it) and
 * either commits first, changing a membership this check sees, or comes after and sees this one.
 * Called inside a caller's transaction (a merge, a split), it is serial under the lock throughout.
 */
import type { Component } from '../corroborate/components.js'
import { components } from '../corroborate/components.js'
import { textFingerprint } from '../corroborate/fingerprint.js'
import { sameHappening } from '../corroborate/same-event.js'
import type { EventRecord } from '../schema/event.js'
import { recordRegrouping } from './change-repo.js'
import { EVENT_SELECT, rowToEvent } from './event-row.js'
import type { EventRow } from './event-row.js'
import { pullLinkedReports } from './incident-links-repo.js'
import { candidates } from './incident-neighbours.js'
import type { Database, Queryable } from './queryable.js'

/** Advisory lock key of corroboration ("inci"): one writer of incidents at a time. */
export const LOCK_KEY = 0x696e6369

/** A grouping of one neighbourhood, and what it was computed from. */
interface Regrouping {
  readonly own: ReadonlySet<string>
  readonly pool: ReadonlyMap<string, EventRecord>
  readonly touched: readonly string[]
  readonly next: readonly Component[]
  /** The incident of each pool report when read (reports in none left out). */
  readonly was: ReadonlyMap<string, string>
  /** Memberships, row versions and the newest link as read, to compare under the lock. */
  readonly state: string
}

async function ids(db: Queryable, sql: string, param: readonly string[]): Promise<string[]> {
  return (await db.query<{ id: string }>(sql, [param])).rows.map((r) => r.id)
}

/** The inputs of a grouping as stored now: memberships in scope, row versions, newest link. */
async function stateOf(db: Queryable, pool: readonly string[], touched: readonly string[]) {
  const { rows } = await db.query<{ k: string; a: string; b: string }>(
    `SELECT 'm' AS k, m.event_id AS a, m.incident_id AS b FROM incident_members m
     WHERE m.event_id = ANY($1::text[]) OR m.incident_id = ANY($2::text[])
     UNION ALL SELECT 'v', e.event_id, e.xmin::text FROM events e WHERE e.event_id = ANY($1::text[])
     UNION ALL SELECT 'l', '', coalesce(max(id), 0)::text FROM incident_links
     ORDER BY 1, 2, 3`,
    [pool, touched],
  )
  const inPool = new Set(pool)
  const was = new Map(rows.filter((r) => r.k === 'm' && inPool.has(r.a)).map((r) => [r.a, r.b]))
  return { was, digest: rows.map((r) => `${r.k} ${r.a} ${r.b}`).join('\n') }
}

/** Reads the neighbourhood of `docId`'s news reports and groups it; null without any. */
async function regroup(db: Queryable, docId: string): Promise<Regrouping | null> {
  const { rows } = await db.query<EventRow>(
    `SELECT ${EVENT_SELECT} FROM events e WHERE e.doc_id = $1::text AND e.tier = 'news'`,
    [docId],
  )
  const own = rows.map(rowToEvent)
  if (own.length === 0) return null
  const near: EventRecord[] = []
  for (const e of own) near.push(...(await candidates(db, e)))
  const touched = await ids(db,
    'SELECT DISTINCT incident_id AS id FROM incident_members WHERE event_id = ANY($1::text[])',
    [...own, ...near].map((e) => e.event_id))
  const { rows: members } = await db.query<EventRow>(
    `SELECT ${EVENT_SELECT} FROM incident_members m JOIN events e ON e.event_id = m.event_id
     WHERE m.incident_id = ANY($1::text[])`,
    [touched],
  )
  const pool = new Map<string, EventRecord>()
  for (const e of [...members.map(rowToEvent), ...near, ...own]) pool.set(e.event_id, e)
  // An analyst's merges and splits (incident_links) win over the machine's judgement.
  const linked = await pullLinkedReports(db, pool)
  touched.push(...linked.touched)
  const next = components([...pool.values()], sameHappening, linked.links)
  const { was, digest } = await stateOf(db, [...pool.keys()], touched)
  return { own: new Set(own.map((e) => e.event_id)), pool, touched, next, was, state: digest }
}

/**
 * Replaces the touched incidents by the grouping (two statements: they run under the lock);
 * returns the ids of the incidents holding the document's reports.
 */
async function replaceIncidents(tx: Queryable, r: Regrouping): Promise<string[]> {
  await tx.query(
    `WITH gone AS (DELETE FROM incident_members WHERE event_id = ANY($2::text[]))
     DELETE FROM incidents WHERE id = ANY($1::text[])`,
    [r.touched, [...r.pool.keys()]],
  )
  const first = (c: Component) =>
    c.eventIds.flatMap((id) => r.pool.get(id)?.event_date ?? []).sort()[0] ?? null
  await tx.query(
    `WITH made AS (INSERT INTO incidents (id, first_date, reports)
       SELECT * FROM unnest($1::text[], $2::date[], $3::int[]))
     INSERT INTO incident_members (event_id, incident_id)
     SELECT * FROM unnest($4::text[], $5::text[])`,
    [r.next.map((c) => c.id), r.next.map(first), r.next.map((c) => c.eventIds.length),
      r.next.flatMap((c) => c.eventIds), r.next.flatMap((c) => c.eventIds.map(() => c.id))],
  )
  await recordRegrouping(tx, r.was, r.next, (id) => r.pool.get(id)?.doc_id)
  return r.next.filter((c) => c.eventIds.some((id) => r.own.has(id))).map((c) => c.id)
}

/** The document's near-duplicate fingerprint when it has none yet (computed, not stored). */
async function pendingFingerprint(db: Queryable, docId: string): Promise<string | null> {
  const { rows } = await db.query<{ text: string }>(
    'SELECT text FROM documents WHERE id = $1::text AND fingerprint IS NULL',
    [docId],
  )
  return rows[0] === undefined ? null : textFingerprint(rows[0].text)
}

/** Stores the fingerprint with the corroboration: it marks the document as corroborated. */
async function storeFingerprint(tx: Queryable, docId: string, fp: string | null): Promise<void> {
  if (fp === null) return
  await tx.query(
    'UPDATE documents SET fingerprint = $2::text WHERE id = $1::text AND fingerprint IS NULL',
    [docId, fp],
  )
}

const lock = (tx: Queryable) => tx.query('SELECT pg_advisory_xact_lock($1::bigint)', [LOCK_KEY])

/** A database handle rather than a transaction's: only those can open a snapshot of their own. */
const ownsConnection = (db: Queryable): db is Database =>
  typeof (db as Partial<Database>).close === 'function'

/**
 * Links the news reports of document `docId` into incidents, merging the incidents of their
 * neighbours where `sameHappening` says so. Returns the ids of the incidents now holding the
 * document's reports. Idempotent; touches only the neighbourhood of the document.
 */
export async function updateIncidents(db: Queryable, docId: string): Promise<string[]> {
  const fp = await pendingFingerprint(db, docId)
  if (!ownsConnection(db)) {
    return db.transaction(async (tx) => {
      await lock(tx)
      await storeFingerprint(tx, docId, fp)
      const r = await regroup(tx, docId)
      return r === null ? [] : replaceIncidents(tx, r)
    })
  }
  const planned = await db.transaction(async (tx) => {
    await tx.exec('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY')
    return regroup(tx, docId)
  })
  if (planned === null) {
    await storeFingerprint(db, docId, fp)
    return []
  }
  return db.transaction(async (tx) => {
    await lock(tx)
    const now = await stateOf(tx, [...planned.pool.keys()], planned.touched)
    const r = now.digest === planned.state ? planned : await regroup(tx, docId)
    await storeFingerprint(tx, docId, fp)
    return r === null ? [] : replaceIncidents(tx, r)
  })
}
