/**
 * @module
 * The filter state lives in the page URL (`/?type=Battles&since=2024-01-01&page=2`), so every view
 * is a shareable link and the back button works. This module converts between the URL's query
 * string, a `Filters` value, and the API's query parameters; unknown keys are dropped.
 */

export const FILTER_KEYS = [
  'since', 'until', 'type', 'sub_type', 'country', 'admin1', 'actor', 'outlet', 'certainty', 'tier',
  'q', 'known_by',
] as const
export type FilterKey = (typeof FILTER_KEYS)[number]
export type Filters = Partial<Record<FilterKey, string>>

export const PAGE_SIZE = 25

export function readFilters(search: string): { filters: Filters; page: number } {
  const params = new URLSearchParams(search)
  const filters: Filters = {}
  for (const key of FILTER_KEYS) {
    const value = params.get(key)?.trim()
    if (value) filters[key] = value
  }
  const page = Math.max(1, Number.parseInt(params.get('page') ?? '1', 10) || 1)
  return { filters, page }
}

/** The page URL's query string for a filter state (page 1 is left out). */
export function filtersToSearch(filters: Filters, page = 1): string {
  const params = new URLSearchParams()
  for (const key of FILTER_KEYS) {
    const value = filters[key]
    if (value) params.set(key, value)
  }
  if (page > 1) params.set('page', String(page))
  const s = params.toString()
  return s ? `?${s}` : ''
}

/** The filters as API query parameters (every read route takes the same ones). */
export function filterParams(filters: Filters): URLSearchParams {
  const params = new URLSearchParams()
  for (const key of FILTER_KEYS) {
    const value = filters[key]
    if (value) params.set(key, value)
  }
  return params
}

/** Query parameters for `GET /api/events`. */
export function apiParams(filters: Filters, limit: number, offset: number): URLSearchParams {
  const params = filterParams(filters)
  params.set('limit', String(limit))
  params.set('offset', String(offset))
  return params
}
