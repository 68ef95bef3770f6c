/**
 * @module
 * Addresses of the dashboard pages an alert points to (`web/src/router.ts`: `/incidents/:id`,
 * `/events/:id`), absolute when a base URL is known (feeds, webhooks, e-mailed digests) and
 * root-relative otherwise. The API answers at the same origin as the dashboard.
 */

const join = (base: string | undefined, path: string) =>
  base === undefined || base === '' ? path : `${base.replace(/\/+$/, '')}${path}`

export const incidentLink = (base: string | undefined, id: string) =>
  join(base, `/incidents/${encodeURIComponent(id)}`)

export const eventLink = (base: string | undefined, id: string) =>
  join(base, `/events/${encodeURIComponent(id)}`)

export const watchlistFeedLink = (base: string | undefined, id: number) =>
  join(base, `/api/watchlists/${id}/feed.atom`)
