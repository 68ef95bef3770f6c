/**
 * @module
 * `EventFilter` → a SQL boolean expression over `events e` plus its parameters. Values only ever
 * travel as `$n` parameters — never spliced into the SQL text — so a filter value cannot change
 * the statement. `near` is a haversine distance with a bounding-box prefilter on latitude and
 * longitude (plain comparisons the `(latitude, longitude)` index can serve); inside the circle's
 * inner box (`near-inner-box.ts`) the distance is not computed at all. `admin1`, `sub_type`
 * and `outlet` (the document's) match whole values in any case; `certainty` and `tier` exactly.
 * `actor` is a substring of some actor column in any case, read as equality with the stored names
 * it matches (`actor-names.ts`, migration 0012), so each column's btree index serves it.
 * `known_by` keeps events whose document was known by that instant: its publication date (read
 * as midnight UTC) or, for an undated document, the time it was ingested (playback of a crisis).
 */
import type { EventFilter } from './filters.js'
import type { ResolvedFilter } from './actor-names.js'
import { innerBox } from './near-inner-box.js'

export interface SqlFragment {
  /** A boolean expression (`TRUE` when the filter is empty), placeholders `$from`… upwards. */
  readonly sql: string
  readonly params: unknown[]
}

/** Mean Earth radius (IUGG), km. */
export const EARTH_RADIUS_KM = 6371.0088
const KM_PER_DEGREE = (Math.PI * EARTH_RADIUS_KM) / 180

/** Escapes LIKE wildcards so a value matches literally (backslash is the default ESCAPE). */
export function likeContains(value: string): string {
  return `%${value.replace(/[\\%_]/g, '\\$&')}%`
}

type Near = NonNullable<EventFilter['near']>

/** Latitude band and, unless the circle reaches a pole, longitude band(s) of the circle. */
export function boundingBox({ lat, lon, km }: Near) {
  const dLat = km / KM_PER_DEGREE
  const latMin = Math.max(-90, lat - dLat)
  const latMax = Math.min(90, lat + dLat)
  const widest = Math.max(Math.abs(latMin), Math.abs(latMax))
  const dLon = widest >= 90 ? 360 : km / (KM_PER_DEGREE * Math.cos((widest * Math.PI) / 180))
  if (dLon >= 180) return { latMin, latMax, lon: null }
  // Across the antimeridian the band wraps: [min, 180] ∪ [-180, max].
  const lonMin = lon - dLon < -180 ? lon - dLon + 360 : lon - dLon
  const lonMax = lon + dLon > 180 ? lon + dLon - 360 : lon + dLon
  return { latMin, latMax, lon: { min: lonMin, max: lonMax, wraps: lonMin > lonMax } }
}

/**
 * Builds the WHERE expression for `filter`; parameters are numbered from `from` (default 1) so
 * the fragment can be combined with others (keyset cursors, LIMIT).
 * @example
 * whereClause({ country: 'Mali' })
 * // { sql: 'lower(e.country) = lower($1::text)', params: ['Mali'] }
 */
export function whereClause(filter: ResolvedFilter, from = 1): SqlFragment {
  const params: unknown[] = []
  const p = (value: unknown, cast: string): string => {
    params.push(value)
    return `$${from + params.length - 1}::${cast}`
  }
  const parts: string[] = []

  if (filter.since !== undefined) parts.push(`e.event_date >= ${p(filter.since, 'date')}`)
  if (filter.until !== undefined) parts.push(`e.event_date <= ${p(filter.until, 'date')}`)
  if (filter.type !== undefined) parts.push(`e.event_type = ${p(filter.type, 'text')}`)
  if (filter.country !== undefined) {
    parts.push(`lower(e.country) = lower(${p(filter.country, 'text')})`)
  }
  if (filter.doc_id !== undefined) parts.push(`e.doc_id = ${p(filter.doc_id, 'text')}`)
  if (filter.actor_names !== undefined) {
    parts.push(anyActorIn(p(filter.actor_names, 'text[]')))
  } else if (filter.actor !== undefined) {
    parts.push(anyActorIn(namesLike(p(likeContains(filter.actor), 'text'))))
  }
  if (filter.q !== undefined) {
    const q = p(likeContains(filter.q), 'text')
    const cols = ['location', 'admin1', 'admin2', 'country', 'actor1', 'actor2', 'assoc_actor_1',
      'assoc_actor_2', 'sub_event_type']
    const evidence = `EXISTS (SELECT 1 FROM jsonb_array_elements(e.evidence) AS s
      WHERE s->>'text' ILIKE ${q})`
    parts.push(`(${cols.map((c) => `e.${c} ILIKE ${q}`).join(' OR ')} OR ${evidence})`)
  }
  if (filter.near !== undefined) parts.push(...nearParts(filter.near, p))
  if (filter.admin1 !== undefined) {
    parts.push(`lower(e.admin1) = lower(${p(filter.admin1, 'text')})`)
  }
  if (filter.sub_type !== undefined) {
    parts.push(`lower(e.sub_event_type) = lower(${p(filter.sub_type, 'text')})`)
  }
  if (filter.certainty !== undefined) parts.push(`e.certainty = ${p(filter.certainty, 'text')}`)
  if (filter.tier !== undefined) parts.push(`e.tier = ${p(filter.tier, 'text')}`)
  if (filter.outlet !== undefined) {
    parts.push(`EXISTS (SELECT 1 FROM documents d WHERE d.id = e.doc_id
      AND lower(d.outlet) = lower(${p(filter.outlet, 'text')}))`)
  }
  if (filter.known_by !== undefined) {
    parts.push(`EXISTS (SELECT 1 FROM documents d WHERE d.id = e.doc_id
      AND COALESCE(d.published_at::timestamp AT TIME ZONE 'UTC', d.ingested_at)
        <= ${p(filter.known_by, 'timestamptz')})`)
  }

  return { sql: parts.length === 0 ? 'TRUE' : parts.join(' AND '), params }
}

/** The actor columns, each with an index that serves equality (0001/0007/0012). */
export const ACTOR_COLUMNS = ['actor1', 'actor2', 'assoc_actor_1', 'assoc_actor_2'] as const

/** Some actor column equals one of `names` (an array expression): each column's index serves. */
function anyActorIn(names: string): string {
  return `(${ACTOR_COLUMNS.map((c) => `e.${c} = ANY(${names})`).join(' OR ')})`
}

/**
 * The stored names that contain the text (`pattern`, an ILIKE parameter), for a filter whose
 * names were not resolved first (`actor-names.ts`, which callers should use: the planner cannot
 * see the array here). Compared by equality, the same events as `e.actor1 ILIKE pattern OR …`:
 * a column matches exactly when it equals a matching name ('' never matches: the text is not
 * empty).
 */
function namesLike(pattern: string): string {
  return `ARRAY(SELECT n.name FROM actor_names n WHERE n.name ILIKE ${pattern})`
}

function nearParts(near: Near, p: (value: unknown, cast: string) => string): string[] {
  const box = boundingBox(near)
  const parts = [`e.latitude BETWEEN ${p(box.latMin, 'float8')} AND ${p(box.latMax, 'float8')}`]
  if (box.lon !== null) {
    const lo = p(box.lon.min, 'float8')
    const hi = p(box.lon.max, 'float8')
    parts.push(
      box.lon.wraps
        ? `(e.longitude >= ${lo} OR e.longitude <= ${hi})`
        : `e.longitude BETWEEN ${lo} AND ${hi}`,
    )
  }
  const lat = p(near.lat, 'float8')
  const lon = p(near.lon, 'float8')
  // least(1, …) guards asin against rounding just above 1 for antipodal points.
  const haversine = `2 * ${EARTH_RADIUS_KM} * asin(least(1, sqrt(
    power(sin(radians(e.latitude - ${lat}) / 2), 2) +
    cos(radians(${lat})) * cos(radians(e.latitude)) *
    power(sin(radians(e.longitude - ${lon}) / 2), 2))))`
  const inner = innerBox(near, EARTH_RADIUS_KM)
  if (inner === null) {
    parts.push(`${haversine} <= ${p(near.km, 'float8')}`)
    return parts
  }
  // Inside the inner box the distance is surely within range: the haversine is not computed.
  const inBox = `e.latitude BETWEEN ${p(inner.latMin, 'float8')} AND ${p(inner.latMax, 'float8')}
    AND e.longitude BETWEEN ${p(inner.lonMin, 'float8')} AND ${p(inner.lonMax, 'float8')}`
  parts.push(`(${inBox} OR ${haversine} <= ${p(near.km, 'float8')})`)
  return parts
}
