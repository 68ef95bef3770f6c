/**
 * @module
 * The `alerts` table. `evaluateWatchlists(incidentIds)` runs after corroboration touched those
 * incidents: each incident that matches a watchlist (`watch/match.ts`) raises one alert per
 * watchlist, or revises the one it already has. Incident ids change when incidents merge (the
 * id follows the smallest member event id), so an incident finds its alert by id OR by any
 * shared member report (`event_ids`); when two alerted incidents merged, the oldest alert lives
 * on (so `merged_into` always points back to a smaller id, the order a restore inserts rows in)
 * and the others are marked `merged_into` it, their incident id tagged `~<id>`. A revision
 * (+1, `updated_at` now) happens only when a revising field changed (`watch/alert-state.ts`);
 * otherwise the stored state is refreshed quietly. One transaction; only incidents matching a
 * watchlist take the watchlists' lock (the others are matched without it).
 */
import type { Incident } from '../corroborate/incident.js'
import type { Alert, AlertOutcome, AlertState } from '../schema/watchlist.js'
import { alertState, changedFields } from '../watch/alert-state.js'
import { incidentMatches } from '../watch/match.js'
import { getIncident } from './incident-repo.js'
import type { Queryable } from './queryable.js'
import { ISO, watchFilters } from './watchlist-repo.js'

/** Advisory lock key of alert evaluation ("watc"). */
const LOCK_KEY = 0x77617463

const SELECT = `a.id::int AS id, a.watchlist_id::int AS watchlist_id, w.name AS watchlist,
  a.incident_id, ${ISO('a.first_at')} AS first_at, ${ISO('a.updated_at')} AS updated_at,
  a.revision, a.state::text AS state, to_json(a.changed)::text AS changed`

type Row = Omit<Alert, 'state' | 'changed'> & { state: string; changed: string }
const toAlert = (r: Row): Alert => ({
  ...r,
  state: JSON.parse(r.state) as AlertState,
  changed: JSON.parse(r.changed) as string[],
})

/** One alert by id (merged ones too); null when unknown. */
export async function getAlert(db: Queryable, id: number): Promise<Alert | null> {
  const { rows } = await db.query<Row>(
    `SELECT ${SELECT} FROM alerts a JOIN watchlists w ON w.id = a.watchlist_id
     WHERE a.id = $1::bigint`,
    [id],
  )
  return rows[0] === undefined ? null : toAlert(rows[0])
}

const alertById = async (db: Queryable, id: number) => (await getAlert(db, id)) as Alert

async function upsertAlert(
  tx: Queryable,
  watchlistId: number,
  incident: Incident,
): Promise<AlertOutcome | null> {
  const state = alertState(incident)
  const { rows: known } = await tx.query<{ id: number; incident_id: string; state: string }>(
    `SELECT id::int AS id, incident_id, state::text AS state FROM alerts
     WHERE watchlist_id = $1::bigint AND merged_into IS NULL
       AND (incident_id = $2::text OR event_ids && $3::text[])
     ORDER BY id`,
    [watchlistId, incident.id, state.event_ids],
  )
  const [keep, ...absorbed] = known
  if (keep === undefined) {
    const { rows } = await tx.query<{ id: number }>(
      `INSERT INTO alerts (watchlist_id, incident_id, event_ids, state)
       VALUES ($1::bigint, $2::text, $3::text[], $4::jsonb) RETURNING id::int AS id`,
      [watchlistId, incident.id, state.event_ids, JSON.stringify(state)],
    )
    return { kind: 'new', alert: await alertById(tx, rows[0]?.id as number) }
  }
  // The absorbed alerts keep their history; their incident id is tagged first, so the kept
  // alert can take over the incident id one of them may hold.
  for (const a of absorbed) {
    await tx.query(
      `UPDATE alerts SET merged_into = $2::bigint, incident_id = incident_id || '~' || id::text
       WHERE id = $1::bigint`,
      [a.id, keep.id],
    )
  }
  const changed = changedFields(JSON.parse(keep.state) as AlertState, state)
  const revise = changed.length > 0
  await tx.query(
    `UPDATE alerts SET incident_id = $2::text, event_ids = $3::text[], state = $4::jsonb,
       revision = revision + $5::int,
       updated_at = CASE WHEN $5::int > 0 THEN now() ELSE updated_at END,
       changed = CASE WHEN $5::int > 0 THEN $6::text[] ELSE changed END
     WHERE id = $1::bigint`,
    [keep.id, incident.id, state.event_ids, JSON.stringify(state), revise ? 1 : 0, changed],
  )
  return revise ? { kind: 'updated', alert: await alertById(tx, keep.id) } : null
}

/**
 * Matches the given incidents against every watchlist; raises new alerts and revises changed
 * ones. Returns what it raised or revised (nothing for an incident that did not change).
 */
export async function evaluateWatchlists(
  db: Queryable,
  incidentIds: readonly string[],
): Promise<AlertOutcome[]> {
  if (incidentIds.length === 0) return []
  return db.transaction(async (tx) => {
    const lists = await watchFilters(tx)
    if (lists.length === 0) return []
    const matching = async (id: string) => {
      const incident = await getIncident(tx, id)
      return incident === null ? [] : lists.filter((w) => incidentMatches(w.filter, incident))
    }
    // Most incidents match no watchlist: found without the lock, they never wait for it. One
    // that comes to match later is evaluated by the corroboration that changed it.
    const hits: string[] = []
    for (const id of [...new Set(incidentIds)].sort()) {
      if ((await matching(id)).length > 0) hits.push(id)
    }
    if (hits.length === 0) return []
    await tx.query('SELECT pg_advisory_xact_lock($1::bigint)', [LOCK_KEY])
    const out: AlertOutcome[] = []
    for (const id of hits) {
      // Read again under the lock: another worker may have changed the incident meanwhile.
      const incident = await getIncident(tx, id)
      if (incident === null) continue
      for (const w of lists) {
        if (!incidentMatches(w.filter, incident)) continue
        const outcome = await upsertAlert(tx, w.id, incident)
        if (outcome !== null) out.push(outcome)
      }
    }
    return out
  })
}

export interface AlertQuery {
  readonly watchlistId?: number | undefined
  /** Alerts raised or revised after this instant (ISO 8601). */
  readonly since?: string | undefined
  /** Alerts first raised or last revised within [from, to) (ISO 8601): a digest's period. */
  readonly period?: { readonly from: string; readonly to: string } | undefined
  readonly limit?: number | undefined
}

/** Alerts (not merged away), last revised first. */
export async function listAlerts(db: Queryable, q: AlertQuery): Promise<Alert[]> {
  const ms = (col: string) => `date_trunc('milliseconds', ${col})`
  const within = (col: string) => `(${col} >= $3::timestamptz AND ${col} < $4::timestamptz)`
  const { rows } = await db.query<Row>(
    `SELECT ${SELECT} FROM alerts a JOIN watchlists w ON w.id = a.watchlist_id
     WHERE a.merged_into IS NULL
       AND ($1::bigint IS NULL OR a.watchlist_id = $1::bigint)
       AND ($2::timestamptz IS NULL OR ${ms('a.updated_at')} > $2::timestamptz)
       AND ($3::timestamptz IS NULL OR ${within('a.first_at')} OR ${within('a.updated_at')})
     ORDER BY a.updated_at DESC, a.id DESC LIMIT $5::int`,
    [q.watchlistId ?? null, q.since ?? null, q.period?.from ?? null, q.period?.to ?? null,
      q.limit ?? 200],
  )
  return rows.map(toAlert)
}
