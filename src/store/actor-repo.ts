/**
 * @module
 * The actor graph and actor profiles over `actor_relations`, `events` and `actor_labels`. Edges
 * group relation rows by (a, relation, b) with every source (document, outlet, event, evidence),
 * the outlets that support them and the time span (event dates, else publication dates). A profile
 * joins the registry entry, the actor's events, its edges and its framing.
 */
import { registryEntry } from '../framing/store/registry-entry.js'
import type { ActorEdge, ActorProfile, RelationSource } from '../schema/framing.js'
import { canonicalActor, framingFor } from './framing-repo.js'
import type { Queryable } from './queryable.js'

interface RelationDbRow {
  doc_id: string
  outlet: string
  a: string
  relation: ActorEdge['relation']
  b: string
  span_start: number
  span_end: number
  text: string
  origin: 'text' | 'event'
  event_id: string | null
  observed_on: string | null
  tier: 'news' | 'context' | null
  time_precision: number | null
}

type Day = string | null
const minDate = (x: Day, y: Day) => (x === null || (y !== null && y < x) ? y : x)
const maxDate = (x: Day, y: Day) => (x === null || (y !== null && y > x) ? y : x)

/** Edges touching `actor` (all edges when omitted), most supported first. */
export async function listActorRelations(db: Queryable, actor?: string): Promise<ActorEdge[]> {
  const name = actor?.trim() ? await canonicalActor(db, actor) : null
  const { rows } = await db.query<RelationDbRow>(
    // The implying event's tier and precision: a background event dates the edge to its past.
    `SELECT r.doc_id, r.outlet, r.a, r.relation, r.b, r.span_start, r.span_end, r.text, r.origin,
       r.event_id, to_char(r.observed_on, 'YYYY-MM-DD') AS observed_on, e.tier,
       e.time_precision::int AS time_precision
     FROM actor_relations r LEFT JOIN events e ON e.event_id = r.event_id
     WHERE $1::text IS NULL OR r.a = $1::text OR r.b = $1::text
     ORDER BY r.observed_on NULLS LAST, r.doc_id, r.span_start`,
    [name],
  )
  const edges = new Map<string, ActorEdge & { sources: RelationSource[]; outlets: string[] }>()
  for (const r of rows) {
    const key = `${r.a}\u0000${r.relation}\u0000${r.b}`
    const e = edges.get(key) ?? {
      a: r.a, relation: r.relation, b: r.b, count: 0, outlets: [], first: null, last: null,
      sources: [],
    }
    const source: RelationSource = {
      doc_id: r.doc_id, outlet: r.outlet, origin: r.origin, event_id: r.event_id,
      date: r.observed_on, start: r.span_start, end: r.span_end, text: r.text,
      tier: r.tier, time_precision: r.time_precision,
    }
    if (!e.outlets.includes(r.outlet)) e.outlets.push(r.outlet)
    e.sources.push(source)
    edges.set(key, {
      ...e,
      count: e.count + 1,
      first: minDate(e.first, r.observed_on),
      last: maxDate(e.last, r.observed_on),
    })
  }
  const out = [...edges.values()].map((e) => ({
    ...e,
    outlets: [...e.outlets].sort(),
    context: e.sources.every((s) => s.tier === 'context'),
  }))
  return out.sort(
    (x, y) => y.count - x.count || x.a.localeCompare(y.a) || x.relation.localeCompare(y.relation)
      || x.b.localeCompare(y.b),
  )
}

/** Registry entry, events summary, edges and framing of one actor; null when nothing knows it. */
export async function getActor(db: Queryable, typed: string): Promise<ActorProfile | null> {
  const name = await canonicalActor(db, typed)
  const registry = registryEntry(name)
  const { rows } = await db.query<{ count: number; first: string | null; last: string | null }>(
    // Each side on its own index (events_actor1/2_date_idx): an OR would scan every event.
    `SELECT ((SELECT count(*) FROM events WHERE actor1 = $1::text)
       + (SELECT count(*) FROM events WHERE actor2 = $1::text AND actor1 <> $1::text))::int
       AS count,
       to_char(least((SELECT min(event_date) FROM events WHERE actor1 = $1::text),
         (SELECT min(event_date) FROM events WHERE actor2 = $1::text)), 'YYYY-MM-DD') AS first,
       to_char(greatest((SELECT max(event_date) FROM events WHERE actor1 = $1::text),
         (SELECT max(event_date) FROM events WHERE actor2 = $1::text)), 'YYYY-MM-DD') AS last`,
    [name],
  )
  const events = rows[0] ?? { count: 0, first: null, last: null }
  const relations = await listActorRelations(db, name)
  const framing = await framingFor(db, { actor: name })
  const known = events.count > 0 || relations.length > 0 || framing.rows.length > 0
  if (!known && registry === null) return null
  return { name, registry, events, relations, framing }
}
