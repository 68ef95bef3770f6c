/**
 * @module
 * The dashboard's client for watchlists and alerts: list, create (`POST`) and delete watchlists,
 * the notification list (`GET /api/alerts?since=`), and the addresses of a watchlist's Atom feed
 * and digest. Writes go through `writeFetch` (token from localStorage, asked for once on a 401);
 * reads are public. Types come type-only from the server's zod schemas.
 */
import type {
  Alert, CreatedWatchlist, Watchlist, WatchFilter,
} from '../../../src/schema/watchlist.js'
import { writeFetch } from './review-api.js'
import { getJson } from '../api.js'

export type { Alert, Watchlist, WatchFilter }

export interface AlertPage {
  readonly total: number
  /** Pass as `since` on the next poll: the newest `updated_at` seen (or the `since` asked). */
  readonly next_since: string | null
  readonly items: Alert[]
}

export async function listWatchlists(signal?: AbortSignal): Promise<Watchlist[]> {
  return (await getJson<{ items: Watchlist[] }>('/api/watchlists', signal)).items
}

export async function createWatchlist(
  name: string,
  filter: WatchFilter,
): Promise<CreatedWatchlist> {
  const res = await writeFetch('/api/watchlists', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ name, filter }),
  })
  return (await res.json()) as CreatedWatchlist
}

export async function deleteWatchlist(id: number): Promise<void> {
  await writeFetch(`/api/watchlists/${id}`, { method: 'DELETE' })
}

/** Alerts revised after `since` (all recent ones without), newest revision first. */
export async function listAlerts(since?: string, signal?: AbortSignal): Promise<AlertPage> {
  const q = since ? `?since=${encodeURIComponent(since)}` : ''
  const page = await getJson<AlertPage>(`/api/alerts${q}`, signal)
  const items = [...page.items].sort((a, b) => b.updated_at.localeCompare(a.updated_at))
  return { ...page, items }
}

export const feedHref = (id: number) => `/api/watchlists/${id}/feed.atom`
export const digestHref = (id: number, format: 'html' | 'md', period: 'day' | 'week' = 'week') =>
  `/api/watchlists/${id}/digest?period=${period}&format=${format}`
