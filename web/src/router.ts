/**
 * @module
 * A tiny history-API router: `/` is the map and list, `/events/:id` an event's detail,
 * `/actors/:name`, `/incidents/:id` and `/outlets` their pages, `/playback` the map as known on
 * a day and `/watchlists` the saved filters and their alerts (both take the list's filter query).
 * Links marked `data-link` are followed without a reload (modifier-clicks still open new tabs);
 * the server sends `index.html` for any non-API path, so deep links and reloads work too.
 */

export type Route =
  | { readonly name: 'list'; readonly search: string }
  | { readonly name: 'event'; readonly id: string }
  | { readonly name: 'review' }
  | { readonly name: 'playback'; readonly search: string }
  | { readonly name: 'watchlists'; readonly search: string }
  | { readonly name: 'ingest' }
  | { readonly name: 'actor'; readonly id: string }
  | { readonly name: 'incident'; readonly id: string }
  | { readonly name: 'outlets'; readonly focus: string | null }
  | { readonly name: 'not-found'; readonly path: string }

export function parseRoute(loc: { pathname: string; search: string }): Route {
  if (loc.pathname === '/' || loc.pathname === '/index.html') {
    return { name: 'list', search: loc.search }
  }
  if (/^\/review\/?$/.test(loc.pathname)) return { name: 'review' }
  if (/^\/playback\/?$/.test(loc.pathname)) return { name: 'playback', search: loc.search }
  if (/^\/watchlists\/?$/.test(loc.pathname)) return { name: 'watchlists', search: loc.search }
  if (/^\/ingest\/?$/.test(loc.pathname)) return { name: 'ingest' }
  if (/^\/outlets\/?$/.test(loc.pathname)) {
    return { name: 'outlets', focus: new URLSearchParams(loc.search).get('outlet') }
  }
  const m = /^\/(events|actors|incidents)\/([^/]+)\/?$/.exec(loc.pathname)
  if (m?.[2]) {
    const name = ({ events: 'event', actors: 'actor', incidents: 'incident' } as const)[
      m[1] as 'events' | 'actors' | 'incidents']
    try {
      return { name, id: decodeURIComponent(m[2]) }
    } catch {
      // malformed escape: fall through to not-found
    }
  }
  return { name: 'not-found', path: loc.pathname }
}

let onChange: (route: Route) => void = () => {}

export function navigate(url: string, replace = false): void {
  if (replace) history.replaceState(null, '', url)
  else history.pushState(null, '', url)
  onChange(parseRoute(location))
}

/** Starts routing: renders the current URL, then every navigation. */
export function startRouter(render: (route: Route) => void): void {
  onChange = render
  window.addEventListener('popstate', () => render(parseRoute(location)))
  document.addEventListener('click', (ev) => {
    if (ev.defaultPrevented || ev.button !== 0) return
    if (ev.metaKey || ev.ctrlKey || ev.shiftKey || ev.altKey) return
    const a = (ev.target as Element | null)?.closest?.('a[data-link]')
    if (!(a instanceof HTMLAnchorElement) || a.origin !== location.origin) return
    ev.preventDefault()
    navigate(a.pathname + a.search)
  })
  render(parseRoute(location))
}
