/**
 * @module
 * Reads `GET /api/events` query strings into the shared `EventFilter` and `Page` (the same zod
 * schemas the CLI uses), and builds the `next` page link. `limit`/`offset` go to `PageSchema`,
 * every other key to the strict `EventFilterSchema`. An unknown parameter is a 400 that lists the
 * accepted ones; a parameter given twice is refused rather than silently picking one value.
 */
import type { z } from 'zod'
import { FaultlineError } from '../errors.js'
import type { EventFilter, Page } from '../query/filters.js'
import { CursorPageSchema, EventFilterSchema, PageSchema } from '../query/filters.js'

/** Every parameter `GET /api/events` accepts, in documentation order. */
export const EVENT_QUERY_KEYS: readonly string[] = [
  ...Object.keys(EventFilterSchema.shape),
  ...Object.keys(PageSchema.shape),
]

export interface EventQuery {
  readonly filter: EventFilter
  readonly page: Page
}

/**
 * Splits a query string into the shared `EventFilter` and a route's own parameters (`own`, e.g.
 * paging or a map's zoom). Throws a `FaultlineError` (`E_BAD_ARGUMENT`) on an unknown or repeated
 * parameter and a `ZodError` on an invalid value; both become 400s in `on-error.ts`.
 */
export function parseFilterQuery<S extends z.ZodObject>(
  params: URLSearchParams,
  own: S,
): { filter: EventFilter; query: z.output<S> } {
  const ownKeys = new Set(Object.keys(own.shape))
  const accepted = [...Object.keys(EventFilterSchema.shape), ...ownKeys]
  const keys = [...new Set(params.keys())]
  const unknown = keys.filter((k) => !accepted.includes(k))
  if (unknown.length > 0) {
    const names = unknown.map((k) => `'${k}'`).join(', ')
    const message = `unknown parameter${unknown.length > 1 ? 's' : ''} ${names}`
    throw new FaultlineError('E_BAD_ARGUMENT', message, {
      hint: `accepted parameters: ${accepted.join(', ')}`,
    })
  }
  const filterInput: Record<string, string> = {}
  const ownInput: Record<string, string> = {}
  for (const key of keys) {
    const values = params.getAll(key)
    if (values.length > 1) {
      throw new FaultlineError('E_BAD_ARGUMENT', `parameter '${key}' given more than once`, {
        hint: `pass '${key}' once; filters combine with AND across different parameters`,
      })
    }
    const target = ownKeys.has(key) ? ownInput : filterInput
    target[key] = values[0] ?? ''
  }
  return { filter: EventFilterSchema.parse(filterInput), query: own.parse(ownInput) }
}

/**
 * `GET /api/events` and `/api/incidents`: the filter plus `limit`/`offset`, and `cursor` where
 * `opts.cursor` (the event list; given with a non-zero offset, a 400).
 */
export function parseEventQuery(
  params: URLSearchParams,
  opts: { cursor?: boolean } = {},
): EventQuery {
  if (!opts.cursor) {
    const { filter, query } = parseFilterQuery(params, PageSchema)
    return { filter, page: query }
  }
  const { filter, query } = parseFilterQuery(params, CursorPageSchema)
  if (query.cursor !== undefined && query.offset > 0) {
    throw new FaultlineError('E_BAD_ARGUMENT', "'cursor' and 'offset' given together", {
      hint: "page with either 'cursor' (the previous page's next_cursor) or 'offset', not both",
    })
  }
  return { filter, page: query }
}

/** The offset of the next page, or null on the last one. */
export function nextOffset(page: Page, total: number): number | null {
  const next = page.offset + page.limit
  return next < total ? next : null
}

/** A relative URL for the next page (an offset, or a cursor) that keeps every other parameter. */
export function nextLink(url: URL, page: Page, next: number | string): string {
  const params = new URLSearchParams(url.searchParams)
  params.set('limit', String(page.limit))
  if (typeof next === 'string') {
    params.delete('offset')
    params.set('cursor', next)
  } else params.set('offset', String(next))
  return `${url.pathname}?${params.toString()}`
}
