/**
 * @module
 * Watchlists and notifications (`/watchlists?…filters…`): save the dashboard's current filters as
 * a watchlist (a name and "Watch these filters"; the write asks for the API token on a 401), the
 * watchlists with their alert counts, Atom feed and digest links and a Delete button, and the
 * notification list — alerts newest revision first, each with its revision, what changed and a
 * link to the incident; those raised since the last visit are marked new, then marked read.
 */
import './pages.css'
import './watchlists.css'
import { type Child, h, replace } from '../dom.js'
import { type FilterKey, type Filters, filtersToSearch, readFilters } from '../filters.js'
import { type AlertBadge, markSeen, seenSince } from './alert-badge.js'
import {
  type Alert, type Watchlist, createWatchlist, deleteWatchlist, digestHref, feedHref, listAlerts,
  listWatchlists,
} from './watch-api.js'
import { FILTER_LABELS, describeWatchFilter, suggestName, toWatchFilter } from './watch-filter.js'

const message = (err: unknown) => (err instanceof Error ? err.message : String(err))
const changed = (fields: readonly string[]) => fields.map((f) => f.replace(/_/g, ' ')).join(', ')

function alertItem(a: Alert, unread: boolean): HTMLElement {
  const s = a.state
  const place = [s.location, s.admin1, s.country].filter((x, i, all) => x && all.indexOf(x) === i)
  const range = `${s.fatalities_min}–${s.fatalities_max}`
  const dead = s.fatalities_min === s.fatalities_max
    ? `${s.fatalities} dead` : `${s.fatalities} dead (reports say ${range})`
  const revision = a.revision > 1
    ? `revision ${a.revision}${a.changed.length ? ` (changed: ${changed(a.changed)})` : ''}`
    : 'revision 1 (new incident)'
  return h(
    'li',
    { class: unread ? 'alert unread' : 'alert' },
    unread && h('span', { class: 'alert-new' }, 'new'),
    h('a', { href: `/incidents/${encodeURIComponent(a.incident_id)}`, 'data-link': true },
      `${s.event_type} — ${place.join(', ') || 'place unknown'}`),
    h('div', { class: 'alert-facts' },
      `${s.date ?? 'undated'} · ${dead} · ${s.reports} report${s.reports === 1 ? '' : 's'}`,
      s.conflicts.length ? ` · reports disagree on ${s.conflicts.join(', ')}` : ''),
    h('div', { class: 'alert-meta' },
      h('strong', {}, a.watchlist), ` · ${revision} · `,
      h('time', { datetime: a.updated_at }, `${a.updated_at.slice(0, 16).replace('T', ' ')} UTC`)),
  )
}

function watchlistItem(w: Watchlist, onDelete: (w: Watchlist) => void): HTMLElement {
  return h(
    'li',
    { class: 'watchlist', 'data-id': w.id },
    h('div', { class: 'watchlist-head' },
      h('strong', {}, w.name),
      h('span', { class: 'muted' }, ` · ${w.alerts} alert${w.alerts === 1 ? '' : 's'}`)),
    describeWatchFilter(w.filter) !== w.name && h('div', { class: 'muted' },
      describeWatchFilter(w.filter)),
    h('div', { class: 'watchlist-links' },
      h('a', { href: feedHref(w.id) }, 'Atom feed'), ' · ',
      h('a', { href: digestHref(w.id, 'html') }, 'Weekly digest'), ' (',
      h('a', { href: digestHref(w.id, 'md') }, 'Markdown'), ') · ',
      h('button', { type: 'button', class: 'link-button', onclick: () => onDelete(w),
        'aria-label': `Delete watchlist ${w.name}` }, 'Delete')),
  )
}

/** Renders the watchlists page into `root`; `badge` is refreshed once alerts are read. */
export async function showWatchlists(root: HTMLElement, search: string, badge?: AlertBadge) {
  document.title = 'Watchlists — Faultline'
  const { filters } = readFilters(search)
  const { filter, dropped } = toWatchFilter(filters)
  const status = h('p', { class: 'watch-status', role: 'status' })
  const name = h('input', { id: 'watch-name', name: 'name', required: true, maxlength: 100,
    value: suggestName(filter), autocomplete: 'off' })
  const form = h('form', { class: 'watch-form' },
    h('label', { for: 'watch-name' }, 'Name'), name,
    h('button', { type: 'submit', class: 'primary' }, 'Watch these filters'))
  const lists = h('ul', { class: 'watchlists-list', 'aria-live': 'polite' })
  const alerts = h('ol', { class: 'alert-list' })
  const alertNote = h('p', { class: 'muted' }, 'Loading…')
  const el = h(
    'div',
    { class: 'page watchlists-page' },
    h('h1', {}, 'Watchlists'),
    h('section', { class: 'watch-new', 'aria-labelledby': 'watch-new-h' },
      h('h2', { id: 'watch-new-h' }, 'Watch the current filters'),
      h('p', {}, 'New incidents matching: ', h('strong', {}, describeWatchFilter(filter)), ' · ',
        h('a', { href: `/${filtersToSearch(filters)}`, 'data-link': true }, 'change the filters')),
      droppedNote(filters, dropped),
      form, status),
    h('div', { class: 'page-grid' },
      h('section', { 'aria-labelledby': 'watch-lists-h' },
        h('h2', { id: 'watch-lists-h' }, 'Your watchlists'), lists),
      h('section', { 'aria-labelledby': 'watch-alerts-h' },
        h('h2', { id: 'watch-alerts-h' }, 'Notifications'), alertNote, alerts)),
  )
  root.replaceChildren(el)

  async function loadLists(): Promise<void> {
    try {
      const items = await listWatchlists()
      replace(lists, ...(items.length
        ? items.map((w) => watchlistItem(w, remove))
        : [h('li', { class: 'muted' }, 'No watchlists yet.')]))
    } catch (err) {
      replace(lists, h('li', { class: 'warn' }, `Could not load the watchlists: ${message(err)}`))
    }
  }

  async function remove(w: Watchlist): Promise<void> {
    if (!window.confirm(`Delete the watchlist "${w.name}" and its alerts?`)) return
    try {
      await deleteWatchlist(w.id)
      status.textContent = `Deleted "${w.name}".`
      await Promise.all([loadLists(), loadAlerts()])
    } catch (err) {
      status.textContent = `Could not delete: ${message(err)}`
    }
  }

  async function loadAlerts(): Promise<void> {
    const seen = seenSince()
    try {
      const page = await listAlerts()
      const unread = (a: Alert) => seen === null || a.updated_at > seen
      const fresh = page.items.filter(unread).length
      alertNote.textContent = page.items.length
        ? `${page.items.length} recent alert${page.items.length === 1 ? '' : 's'}, ${fresh} new`
        : 'No alerts yet: they appear when a new report matches a watchlist.'
      replace(alerts, ...page.items.map((a) => alertItem(a, unread(a))))
      markSeen(page.next_since)
      badge?.refresh()
      el.dataset.ready = 'true'
    } catch (err) {
      alertNote.textContent = `Could not load the alerts: ${message(err)}`
    }
  }

  form.addEventListener('submit', (ev) => {
    ev.preventDefault()
    void (async () => {
      status.textContent = 'Saving…'
      try {
        const w = await createWatchlist(name.value.trim(), filter)
        status.textContent = `Watching "${w.name}".`
        await loadLists()
      } catch (err) {
        status.textContent = `Could not save: ${message(err)}`
      }
    })()
  })

  await Promise.all([loadLists(), loadAlerts()])
}

function droppedNote(filters: Filters, dropped: readonly FilterKey[]): Child {
  if (dropped.length === 0) return null
  const value = (k: FilterKey) => (k === 'q' ? `“${filters[k]}”` : filters[k])
  const names = dropped.map((k) => `${FILTER_LABELS[k]} ${value(k)}`)
  return h('p', { class: 'muted' },
    `Not carried over (a watchlist looks at incidents as they come in): ${names.join(', ')}.`)
}
