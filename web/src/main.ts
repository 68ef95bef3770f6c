/**
 * @module
 * Entry point of the dashboard: mounts the view for the current route into `<main>`. The list
 * and playback views are created once and re-attached, so their maps keep their state; the
 * detail view is rebuilt per event. Nav links marked `data-keep-filters` follow the list's
 * current filters; the Watchlists link carries the unread-alerts badge (polled every 30 s).
 */
import './styles.css'
import { h } from './dom.js'
import { type Route, startRouter } from './router.js'
import { showActor } from './views/actor-view.js'
import { showEvent } from './views/event-view.js'
import { showIncident } from './views/incident-view.js'
import { showOutlets } from './views/outlets-view.js'
import { showIngest } from './views/ingest-view.js'
import { showReview } from './views/review-view.js'
import { type ListView, createListView } from './views/list-view.js'
import { type PlaybackView, createPlaybackView } from './views/playback-view.js'
import { startAlertBadge } from './views/alert-badge.js'
import { showWatchlists } from './views/watchlists-view.js'

const main = document.getElementById('main') as HTMLElement
let listView: ListView | null = null
let playbackView: PlaybackView | null = null
let lastListUrl = '/'
const watchLink = document.querySelector<HTMLElement>('a[data-alert-badge]')
const badge = watchLink ? startAlertBadge(watchLink) : undefined

/** Points the nav links that carry filters (playback, watchlists) at the list's filters. */
function carryFilters(search: string): void {
  const params = new URLSearchParams(search)
  params.delete('page')
  const q = params.toString()
  for (const a of document.querySelectorAll<HTMLAnchorElement>('a[data-keep-filters]')) {
    a.setAttribute('href', `${a.pathname}${q ? `?${q}` : ''}`)
  }
}

function render(route: Route): void {
  switch (route.name) {
    case 'list': {
      listView ??= createListView()
      lastListUrl = `/${route.search}`
      carryFilters(route.search)
      if (listView.el.parentNode !== main) main.replaceChildren(listView.el)
      document.title = 'Faultline — events'
      listView.show(route.search)
      break
    }
    case 'event':
      void showEvent(main, route.id, lastListUrl)
      window.scrollTo(0, 0)
      break
    case 'actor':
      void showActor(main, route.id)
      window.scrollTo(0, 0)
      break
    case 'incident':
      void showIncident(main, route.id)
      window.scrollTo(0, 0)
      break
    case 'outlets':
      void showOutlets(main, route.focus)
      window.scrollTo(0, 0)
      break
    case 'playback': {
      playbackView ??= createPlaybackView()
      if (playbackView.el.parentNode !== main) main.replaceChildren(playbackView.el)
      document.title = 'Faultline — playback'
      playbackView.show(route.search)
      break
    }
    case 'watchlists':
      void showWatchlists(main, route.search, badge)
      window.scrollTo(0, 0)
      break
    case 'review':
      void showReview(main)
      break
    case 'ingest':
      showIngest(main)
      break
    case 'not-found':
      document.title = 'Not found — Faultline'
      main.replaceChildren(
        h('h1', {}, 'Page not found'),
        h('p', {}, `Nothing at ${route.path}. `,
          h('a', { href: '/', 'data-link': true }, 'Back to events')),
      )
      break
  }
}

startRouter(render)
