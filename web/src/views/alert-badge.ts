/**
 * @module
 * The unread-alerts badge on the Watchlists nav link. "Read" is an instant kept in localStorage:
 * alerts raised or revised after it are unread. The badge polls `GET /api/alerts?since=` every
 * 30 s (and when asked, e.g. on navigation); opening the watchlists page marks everything shown
 * as read. A server without the alerts API (404) hides the badge and stops polling.
 */
import { ApiError } from '../api.js'
import { h } from '../dom.js'
import { listAlerts } from './watch-api.js'

const SEEN_KEY = 'faultline.alerts.seen'
export const POLL_MS = 30_000

/** The instant alerts were last read, or null (never: every alert is unread). */
export function seenSince(): string | null {
  try {
    return localStorage.getItem(SEEN_KEY)
  } catch {
    return null
  }
}

export function markSeen(instant: string | null): void {
  if (!instant) return
  try {
    localStorage.setItem(SEEN_KEY, instant)
  } catch {
    // storage disabled: the badge will count these again
  }
}

export interface AlertBadge {
  /** Polls now (debounced to one request in flight). */
  refresh(): void
}

/** Adds the badge to `link` and starts polling. */
export function startAlertBadge(link: HTMLElement, pollMs = POLL_MS): AlertBadge {
  const count = h('span', { class: 'nav-badge-count' })
  const badge = h('span', { class: 'nav-badge', hidden: true },
    count, h('span', { class: 'visually-hidden' }, ' unread alerts'))
  link.append(' ', badge)
  let busy = false
  let stopped = false
  let timer: ReturnType<typeof setInterval> | undefined

  async function poll(): Promise<void> {
    if (busy || stopped) return
    busy = true
    try {
      const page = await listAlerts(seenSince() ?? undefined)
      const n = page.total
      count.textContent = n > 99 ? '99+' : String(n)
      badge.hidden = n === 0
      link.dataset.unread = String(n)
    } catch (err) {
      if (err instanceof ApiError && err.status === 404) {
        stopped = true
        clearInterval(timer)
        badge.hidden = true
      }
    } finally {
      busy = false
    }
  }

  // A hidden tab skips its polls; the next visible one catches up (alerts since the instant).
  timer = setInterval(() => {
    if (!document.hidden) void poll()
  }, pollMs)
  void poll()
  return { refresh: () => void poll() }
}
