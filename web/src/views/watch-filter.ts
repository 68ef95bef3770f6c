/**
 * @module
 * The dashboard's filters → a watchlist filter, and a watchlist filter → one line of text (pure).
 * A watchlist looks at incidents as they come in, so only what describes an incident carries
 * over:
 * type, country, region, actor, outlet and certainty (type, actor and outlet become one-item
 * lists); dates, sub-type, tier, the text search and "known by" are reported as dropped.
 */
import { EVENT_TYPE_LIST } from '../colors.js'
import type { FilterKey, Filters } from '../filters.js'
import type { WatchFilter } from './watch-api.js'

export const FILTER_LABELS: Record<FilterKey, string> = {
  since: 'from', until: 'until', type: 'type', sub_type: 'sub-type', country: 'country',
  admin1: 'region', actor: 'actor', outlet: 'outlet', certainty: 'certainty', tier: 'tier',
  q: 'text search', known_by: 'known by',
}

export function toWatchFilter(filters: Filters): { filter: WatchFilter; dropped: FilterKey[] } {
  const filter: { -readonly [K in keyof WatchFilter]: WatchFilter[K] } = {}
  const dropped: FilterKey[] = []
  for (const [key, value] of Object.entries(filters) as [FilterKey, string][]) {
    const type = EVENT_TYPE_LIST.find((t) => t === value)
    if (key === 'type' && type) filter.types = [type]
    else if (key === 'country') filter.country = value
    else if (key === 'admin1') filter.admin1 = value
    else if (key === 'actor') filter.actors = [value]
    else if (key === 'outlet') filter.outlets = [value]
    else if (key === 'certainty' && (value === 'reported' || value === 'hedged')) {
      filter.certainty = value
    } else dropped.push(key)
  }
  return { filter, dropped }
}

/** E.g. `Battles · Mali, Gao · actor JNIM · at least 5 dead`; `every incident` when empty. */
export function describeWatchFilter(f: WatchFilter): string {
  const parts: string[] = []
  if (f.types?.length) parts.push(f.types.join(' or '))
  const place = [f.country, f.admin1].filter(Boolean).join(', ')
  if (place) parts.push(place)
  if (f.actors?.length) parts.push(`actor ${f.actors.join(' or ')}`)
  if (f.outlets?.length) parts.push(`outlet ${f.outlets.join(' or ')}`)
  if (f.certainty) parts.push(f.certainty)
  if (f.area) parts.push(`within ${f.area.radius_km} km of ${f.area.lat}, ${f.area.lon}`)
  if (f.min_fatalities !== undefined) parts.push(`at least ${f.min_fatalities} dead`)
  return parts.length ? parts.join(' · ') : 'every incident'
}

/** A name to start from: the filter's description, cut to the 100 characters allowed. */
export function suggestName(f: WatchFilter): string {
  const d = describeWatchFilter(f)
  return (d === 'every incident' ? 'All incidents' : d).slice(0, 100)
}
