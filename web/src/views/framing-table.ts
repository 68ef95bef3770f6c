/**
 * @module
 * The framing table shared by the actor and outlet pages: rows of (outlet, actor, label) with how
 * often it was used, how often inside quoted speech, and whether the label is loaded; plus the
 * outlets' loaded-language rates. Every string (labels come from article text) is a text node.
 */
import type { FramingReport } from '../api.js'
import { h } from '../dom.js'

/** An app link to an actor's page. */
export function actorHref(name: string): string {
  return `/actors/${encodeURIComponent(name)}`
}

export function outletHref(name: string): string {
  return `/outlets?outlet=${encodeURIComponent(name)}`
}

/** `mode`: on an actor page rows show the outlet; on an outlet page, the actor. */
export function framingTable(report: FramingReport, mode: 'by-outlet' | 'by-actor'): HTMLElement {
  if (report.rows.length === 0) {
    return h('p', { class: 'muted' }, 'No labels recorded for this scope yet.')
  }
  const first = mode === 'by-outlet' ? 'Outlet' : 'Actor'
  const rows = [...report.rows].sort((a, b) =>
    (mode === 'by-outlet' ? a.outlet.localeCompare(b.outlet) : a.actor.localeCompare(b.actor)) ||
    b.count - a.count)
  return h(
    'div',
    { class: 'table-wrap' },
    h(
      'table',
      { class: 'data framing' },
      h('caption', { class: 'visually-hidden' }, `Labels by ${first.toLowerCase()}`),
      h('thead', {}, h('tr', {},
        h('th', { scope: 'col' }, first),
        h('th', { scope: 'col' }, 'Label'),
        h('th', { scope: 'col', class: 'num' }, 'Uses'),
        h('th', { scope: 'col', class: 'num' }, 'Quoted'),
        h('th', { scope: 'col' }, 'Loaded'),
      )),
      h('tbody', {}, ...rows.map((r) => {
        const who = mode === 'by-outlet'
          ? h('a', { href: outletHref(r.outlet), 'data-link': true }, r.outlet)
          : h('a', { href: actorHref(r.actor), 'data-link': true }, r.actor)
        const example = r.evidence[0]?.text
        return h('tr', { class: r.loaded ? 'loaded' : null },
          h('td', {}, who),
          h('td', { title: example ? `e.g. “${example}”` : null }, r.label),
          h('td', { class: 'num' }, r.count),
          h('td', { class: 'num' }, r.quoted),
          h('td', {}, r.loaded ? h('span', { class: 'badge loaded' }, 'loaded') : '—'),
        )
      })),
    ),
  )
}

/** Loaded-language rate per outlet (spans per 1,000 words in the outlet's own voice). */
export function ratesTable(report: FramingReport): HTMLElement | null {
  if (report.outlets.length === 0) return null
  return h(
    'table',
    { class: 'data rates' },
    h('caption', {}, 'Loaded language per 1,000 words (own voice, quotes excluded)'),
    h('thead', {}, h('tr', {},
      h('th', { scope: 'col' }, 'Outlet'),
      h('th', { scope: 'col', class: 'num' }, 'Documents'),
      h('th', { scope: 'col', class: 'num' }, 'Words'),
      h('th', { scope: 'col', class: 'num' }, 'Loaded spans'),
      h('th', { scope: 'col', class: 'num' }, 'Rate'),
    )),
    h('tbody', {}, ...report.outlets.map((o) => h('tr', {},
      h('td', {}, h('a', { href: outletHref(o.outlet), 'data-link': true }, o.outlet)),
      h('td', { class: 'num' }, o.docs),
      h('td', { class: 'num' }, o.words.toLocaleString('en')),
      h('td', { class: 'num' }, o.loaded),
      h('td', { class: 'num' }, o.rate.toFixed(2)),
    ))),
  )
}
