/**
 * @module
 * The actor filter's first step: the user's text (`actor=JNIM`, matched as a substring in any
 * case) → the stored actor names it matches, read from `actor_names` (migration 0012: every name
 * an event bears, kept by triggers; a few thousand rows at most). `whereClause` then looks these
 * names up by equality, one btree index per actor column, with the names as a parameter the
 * planner can see (an array computed inside the statement would be planned blind, as half the
 * table: a scan). The same events as matching every event's four columns with ILIKE.
 */
import type { Queryable } from '../store/queryable.js'
import type { EventFilter } from './filters.js'
import { likeContains } from './where-clause.js'

/** A filter whose `actor` text has been resolved to the stored names it matches. */
export type ResolvedFilter = EventFilter & { readonly actor_names?: readonly string[] }

/** The stored actor names that contain `text` in any case, sorted. */
export async function actorNamesLike(db: Queryable, text: string): Promise<string[]> {
  const { rows } = await db.query<{ name: string }>(
    'SELECT DISTINCT name FROM actor_names WHERE name ILIKE $1::text ORDER BY name',
    [likeContains(text)],
  )
  return rows.map((r) => r.name)
}

/**
 * `filter` with `actor_names` set when it has an actor text (one small query); unchanged
 * otherwise. Resolved once per request, then passed to every statement of it.
 */
export async function resolveActors(db: Queryable, filter: EventFilter): Promise<ResolvedFilter> {
  if (filter.actor === undefined || 'actor_names' in filter) return filter
  return { ...filter, actor_names: await actorNamesLike(db, filter.actor) }
}
