/**
 * @module
 * Reads `GET /api/events` query strings into the shared `EventFilter` and `Page` (the same zod
 * schemas the CLI uses), and builds the `next` page link. `limit`/`offset` go to `PageSchema`,
 * every other key to the strict `EventFilterSchema`, so an unknown parameter is a 400. A parameter
 * given twice is also refused rather than silently picking one value.
 */
import { FaultlineError } from '../errors.js'
import type { EventFilter, Page } from '../query/filters.js'
import { EventFilterSchema, PageSchema } from '../query/filters.js'

const PAGE_KEYS = new Set(['limit', 'offset'])

export interface EventQuery {
  readonly filter: EventFilter
  readonly page: Page
}

/**
 * Parses the search parameters. Throws a `ZodError` on an invalid or unknown parameter and a
 * `FaultlineError` (`E_BAD_ARGUMENT`) on a repeated one; both become 400s in `on-error.ts`.
 */
export function parseEventQuery(params: URLSearchParams): EventQuery {
  const filterInput: Record<string, string> = {}
  const pageInput: Record<string, string> = {}
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key)
    if (values.length > 1) {
      throw new FaultlineError('E_BAD_ARGUMENT', `parameter '${key}' given more than once`, {
        hint: `pass '${key}' once; filters combine with AND across different parameters`,
      })
    }
    const target = PAGE_KEYS.has(key) ? pageInput : filterInput
    target[key] = values[0] ?? ''
  }
  return { filter: EventFilterSchema.parse(filterInput), page: PageSchema.parse(pageInput) }
}

/** The offset of the next page, or null on the last one. */
export function nextOffset(page: Page, total: number): number | null {
  const next = page.offset + page.limit
  return next < total ? next : null
}

/** A relative URL for the next page that keeps every other parameter of the request. */
export function nextLink(url: URL, page: Page, next: number): string {
  const params = new URLSearchParams(url.searchParams)
  params.set('limit', String(page.limit))
  params.set('offset', String(next))
  return `${url.pathname}?${params.toString()}`
}
