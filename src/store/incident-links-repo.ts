/**
 * @module
 * The `incident_links` table: an analyst merges incidents or splits one, and corroboration obeys.
 * `mergeIncidents` links the incidents' first reports as 'same', `splitIncident` links every moved
 * report to every other member as 'different'; both then regroup the neighbourhood through
 * `updateIncidents`, in the same transaction. `pullLinkedReports` is the hook `updateIncidents`
 * calls: it brings reports linked as 'same' (and their incidents) into the neighbourhood and
 * returns the links that apply to it.
 */
import type { AnalystLink } from '../corroborate/analyst-links.js'
import { mergeLinks, splitLinks } from '../corroborate/analyst-links.js'
import { incidentId } from '../corroborate/components.js'
import type { Incident } from '../corroborate/incident.js'
import { FaultlineError } from '../errors.js'
import type { EventRecord } from '../schema/event.js'
import { EVENT_SELECT, rowToEvent } from './event-row.js'
import type { EventRow } from './event-row.js'
import { getIncident, updateIncidents } from './incident-repo.js'
import type { Queryable } from './queryable.js'

/** Who decided, and why (kept with each link). */
export interface LinkAuthor {
  readonly reviewer: string
  readonly note?: string
}

async function insertLinks(db: Queryable, links: readonly AnalystLink[], by: LinkAuthor) {
  const rows = links.filter((l) => l.a !== l.b).map((l) => (l.a < l.b ? l : { ...l, a: l.b, b: l.a }))
  if (rows.length === 0) return
  await db.query(
    `INSERT INTO incident_links (event_a, event_b, kind, reviewer, note)
     SELECT a, b, k, $4::text, $5::text
     FROM unnest($1::text[], $2::text[], $3::text[]) AS t(a, b, k)`,
    [rows.map((l) => l.a), rows.map((l) => l.b), rows.map((l) => l.kind), by.reviewer, by.note ?? ''],
  )
}

async function linksTouching(db: Queryable, ids: readonly string[]): Promise<AnalystLink[]> {
  const { rows } = await db.query<{ a: string; b: string; kind: AnalystLink['kind'] }>(
    `SELECT event_a AS a, event_b AS b, kind FROM incident_links
     WHERE event_a = ANY($1::text[]) OR event_b = ANY($1::text[]) ORDER BY id`,
    [ids],
  )
  return rows
}

/**
 * Adds to `pool` every report linked 'same' to one in it, with the other members of its incident
 * (until nothing new comes in); returns the links among the pool and the incidents pulled in.
 */
export async function pullLinkedReports(
  db: Queryable,
  pool: Map<string, EventRecord>,
): Promise<{ links: AnalystLink[]; touched: string[] }> {
  const touched = new Set<string>()
  for (let round = 0; round < 10; round++) {
    const links = await linksTouching(db, [...pool.keys()])
    const missing = links.filter((l) => l.kind === 'same')
      .flatMap((l) => [l.a, l.b]).filter((id) => !pool.has(id))
    if (missing.length === 0) return { links, touched: [...touched] }
    const { rows } = await db.query<EventRow & { incident_id: string | null }>(
      `SELECT ${EVENT_SELECT}, m2.incident_id FROM events e
       LEFT JOIN incident_members m2 ON m2.event_id = e.event_id
       WHERE e.event_id IN (
         SELECT m.event_id FROM incident_members m WHERE m.incident_id IN (
           SELECT incident_id FROM incident_members WHERE event_id = ANY($1::text[])))
         OR e.event_id = ANY($1::text[])`,
      [missing],
    )
    for (const r of rows) {
      pool.set(r.event_id, rowToEvent(r))
      if (r.incident_id !== null) touched.add(r.incident_id)
    }
    if (rows.length === 0) return { links, touched: [...touched] }
  }
  return { links: await linksTouching(db, [...pool.keys()]), touched: [...touched] }
}

async function membersWithDocs(db: Queryable, incident: string) {
  const { rows } = await db.query<{ event_id: string; doc_id: string }>(
    `SELECT m.event_id, e.doc_id FROM incident_members m JOIN events e ON e.event_id = m.event_id
     WHERE m.incident_id = $1::text ORDER BY m.event_id`,
    [incident],
  )
  if (rows.length === 0) {
    throw new FaultlineError('E_NOT_FOUND', `no incident with id '${incident}'`, {
      hint: 'list incident ids with GET /api/incidents or `faultline incidents`',
    })
  }
  return rows
}

/** Merges two or more incidents into one; returns it. */
export async function mergeIncidents(
  db: Queryable, ids: readonly string[], by: LinkAuthor,
): Promise<Incident> {
  const unique = [...new Set(ids)]
  if (unique.length < 2) {
    throw new FaultlineError('E_BAD_ARGUMENT', 'a merge needs at least two different incidents', {
      hint: 'send {"incident_ids": ["inc_…", "inc_…"]}',
    })
  }
  return db.transaction(async (tx) => {
    const members = await Promise.all(unique.map((id) => membersWithDocs(tx, id)))
    await insertLinks(tx, mergeLinks(members.map((m) => m[0]?.event_id ?? '')), by)
    await updateIncidents(tx, members[0]?.[0]?.doc_id ?? '')
    const all = members.flat().map((m) => m.event_id)
    const merged = await getIncident(tx, incidentId(all))
    if (merged === null) throw new FaultlineError('E_DB', 'the merged incident was not stored')
    return merged
  })
}

/** Moves `eventIds` out of incident `id` into their own incident; returns both. */
export async function splitIncident(
  db: Queryable, id: string, eventIds: readonly string[], by: LinkAuthor,
): Promise<Incident[]> {
  return db.transaction(async (tx) => {
    const members = await membersWithDocs(tx, id)
    const ids = members.map((m) => m.event_id)
    const moved = [...new Set(eventIds)]
    const stray = moved.find((e) => !ids.includes(e))
    if (stray !== undefined || moved.length === 0 || moved.length === ids.length) {
      throw new FaultlineError('E_BAD_ARGUMENT',
        stray !== undefined ? `report ${stray} is not in incident ${id}`
          : 'a split moves some, but not all, of the incident\'s reports', {
          hint: `send {"event_ids": [...]} with one or more of: ${ids.join(', ')}`,
        })
    }
    const rest = ids.filter((e) => !moved.includes(e))
    // Each side stays one incident: its reports are chained as 'same'.
    await insertLinks(tx, [...splitLinks(ids, moved), ...mergeLinks(moved), ...mergeLinks(rest)], by)
    const doc = members.find((m) => m.event_id === moved[0])?.doc_id ?? ''
    await updateIncidents(tx, doc)
    const out = await Promise.all([incidentId(rest), incidentId(moved)].map((i) => getIncident(tx, i)))
    return out.filter((i): i is Incident => i !== null)
  })
}
