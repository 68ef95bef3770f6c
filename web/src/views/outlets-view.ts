/**
 * @module
 * Outlet comparison (`/outlets`, `?outlet=NAME` puts one first): the outlets side by side, one
 * column each — what they reported (documents, events, fatalities, types, dates), how often they
 * published an incident first when others reported it too, their loaded-language rate — then one
 * row per actor with the labels each outlet gives it. Data: `/api/aggregate/outlets`,
 * `/api/framing?outlet=` per outlet (the first MAX_OUTLETS) and `/api/outlets` when present.
 */
import './pages.css'
import {
  type FramingReport, type OutletCompare, type OutletInfo, aggregateOutlets, getFraming,
  listOutlets,
} from '../api.js'
import { EVENT_TYPE_LIST, typeColor } from '../colors.js'
import { type Child, h, replace } from '../dom.js'
import { filtersToSearch } from '../filters.js'
import { actorHref } from './framing-table.js'

const MAX_OUTLETS = 8

interface Column {
  readonly stats: OutletCompare
  readonly info: OutletInfo | undefined
  readonly framing: FramingReport | null
}

function typeBar(by: Record<string, number>): HTMLElement {
  const total = Object.values(by).reduce((s, n) => s + n, 0) || 1
  const bar = h('div', { class: 'type-bar', role: 'img', 'aria-label': Object.entries(by)
    .map(([t, n]) => `${t}: ${n}`).join(', ') })
  for (const t of EVENT_TYPE_LIST) {
    const n = by[t] ?? 0
    if (!n) continue
    const seg = h('span', { title: `${t}: ${n}` })
    seg.style.setProperty('background', typeColor(t))
    seg.style.setProperty('width', `${(100 * n) / total}%`)
    bar.append(seg)
  }
  return bar
}

function metricRows(cols: readonly Column[]): HTMLElement[] {
  const rate = (c: Column) => c.framing?.outlets.find((o) => o.outlet === c.stats.outlet)?.rate
  const rows: [string, (c: Column) => Child][] = [
    ['Based in', (c) => c.info?.country ?? '—'],
    ['Documents', (c) => c.stats.documents],
    ['Events reported', (c) => h('a', { href: `/${filtersToSearch({ outlet: c.stats.outlet })}`,
      'data-link': true }, String(c.stats.events))],
    ['Fatalities reported', (c) => c.stats.fatalities],
    ['Event types', (c) => typeBar(c.stats.by_type)],
    ['Events from – to',
      (c) => `${c.stats.first_event ?? '—'} – ${c.stats.last_event ?? '—'}`],
    ['Published from – to',
      (c) => `${c.stats.first_published ?? '—'} – ${c.stats.last_published ?? '—'}`],
    ['Shared incidents', (c) => c.stats.shared_incidents],
    ['Reported first', (c) => c.stats.shared_incidents
      ? `${c.stats.first_reports} of ${c.stats.shared_incidents}` : '—'],
    ['Loaded language / 1,000 words', (c) => rate(c)?.toFixed(2) ?? '—'],
  ]
  return rows.map(([label, get]) =>
    h('tr', {}, h('th', { scope: 'row' }, label), ...cols.map((c) => h('td', {}, get(c)))))
}

function labelRows(cols: readonly Column[]): HTMLElement[] {
  const actors = new Map<string, number>()
  for (const c of cols) {
    for (const r of c.framing?.rows ?? []) actors.set(r.actor, (actors.get(r.actor) ?? 0) + r.count)
  }
  const top = [...actors.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([a]) => a)
  return top.map((actor) => h('tr', {},
    h('th', { scope: 'row' }, h('a', { href: actorHref(actor), 'data-link': true }, actor)),
    ...cols.map((c) => {
      const rows = (c.framing?.rows ?? []).filter((r) => r.actor === actor)
        .sort((a, b) => b.count - a.count).slice(0, 4)
      return h('td', {}, rows.length === 0 ? '—' : h('ul', { class: 'labels' }, ...rows.map((r) =>
        h('li', { class: r.loaded ? 'loaded' : null }, `${r.label} ×${r.count}`,
          r.loaded ? h('span', { class: 'badge loaded' }, 'loaded') : null))))
    })))
}

/** Renders the comparison into `root`; `focus` (an outlet name) goes first. */
export async function showOutlets(root: HTMLElement, focus: string | null): Promise<void> {
  const status = h('p', { role: 'status' }, 'Loading outlets…')
  const view = h('div', { class: 'outlets-view page' }, status)
  root.replaceChildren(view)
  document.title = 'Outlets — Faultline'
  try {
    const [{ items }, infos] = await Promise.all([aggregateOutlets(new URLSearchParams()),
      listOutlets().catch(() => [])])
    const key = (s: string) => s.trim().toLowerCase()
    const ordered = [...items].sort((a, b) =>
      Number(focus !== null && key(b.outlet) === key(focus)) -
      Number(focus !== null && key(a.outlet) === key(focus)))
    const shown = ordered.filter((o) => o.outlet !== '').slice(0, MAX_OUTLETS)
    const cols: Column[] = await Promise.all(shown.map(async (stats) => ({
      stats,
      info: infos.find((i) => key(i.name) === key(stats.outlet)),
      framing: await getFraming({ outlet: stats.outlet }).catch(() => null),
    })))
    const head = h('tr', {}, h('td', {}), ...cols.map((c) => h('th', { scope: 'col',
      class: focus !== null && key(c.stats.outlet) === key(focus) ? 'focus' : null },
    c.stats.outlet, c.info?.home_url ? h('div', { class: 'sub' }, c.info.home_url) : null)))
    const table = (caption: string, rows: HTMLElement[]) => h('div', { class: 'table-wrap' },
      h('table', { class: 'data compare' }, h('caption', {}, caption),
        h('thead', {}, head.cloneNode(true)), h('tbody', {}, ...rows)))
    replace(view,
      h('h1', {}, 'Outlets compared'),
      h('p', { class: 'summary' }, `${items.length} outlet${items.length === 1 ? '' : 's'} in the` +
        ` store${items.length > shown.length ? `; the ${shown.length} with most events` : ''}.`),
      cols.length === 0 ? h('p', {}, 'No documents with an outlet yet.') : null,
      cols.length ? table('What each outlet reported', metricRows(cols)) : null,
      cols.length ? h('h2', {}, 'How each outlet names the actors') : null,
      cols.length ? table('Labels per actor (most used first; loaded ones marked)',
        labelRows(cols)) : null,
    )
    view.dataset.ready = 'true'
  } catch (err) {
    const msg = err instanceof Error ? err.message : String(err)
    status.textContent = `Could not load outlets: ${msg}`
    view.dataset.ready = 'error'
  }
}
