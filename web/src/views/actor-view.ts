/**
 * @module
 * The actor page (`/actors/NAME`, any alias the registry knows): registry entry (kind, ACLED inter
 * code, aliases, acronyms), how many events name it and when, its events over time (the shared
 * timeline, brushing opens the list filtered on the actor and dates), the relations graph and list,
 * and how each outlet labels it (framing table, loaded-language rates). Text only, never markup.
 */
import './pages.css'
import { ApiError, getActor } from '../api.js'
import { h } from '../dom.js'
import { filterParams, filtersToSearch } from '../filters.js'
import { navigate } from '../router.js'
import { drawGraph, relationList } from './actor-graph.js'
import { actorHref, framingTable, ratesTable } from './framing-table.js'
import { createTimeline } from './timeline.js'

const INTER: Record<number, string> = {
  1: 'State forces', 2: 'Rebel group', 3: 'Political militia', 4: 'Identity militia',
  5: 'Rioters', 6: 'Protesters', 7: 'Civilians', 8: 'External/other forces',
}

function facts(rows: [string, string | HTMLElement][]): HTMLElement {
  return h('dl', { class: 'facts' }, ...rows.flatMap(([k, v]) => [h('dt', {}, k), h('dd', {}, v)]))
}

/** The first dozen aliases, the rest behind a disclosure. */
function aliases(all: readonly string[]): HTMLElement {
  const head = all.slice(0, 12).join(' · ')
  if (all.length <= 12) return h('span', {}, head)
  return h('span', {}, head, ' ', h('details', { class: 'more' },
    h('summary', {}, `and ${all.length - 12} more`), all.slice(12).join(' · ')))
}

/** Renders actor `name` into `root`. */
export async function showActor(root: HTMLElement, name: string): Promise<void> {
  const status = h('p', { role: 'status' }, 'Loading actor…')
  const view = h('div', { class: 'actor-view page' }, status)
  root.replaceChildren(view)
  document.title = `${name} — Faultline`
  try {
    const a = await getActor(name)
    const reg = a.registry
    const listHref = `/${filtersToSearch({ actor: a.name })}`
    const timeline = createTimeline((since, until) =>
      navigate(`/${filtersToSearch({ actor: a.name, since, until })}`))
    const graphHost = h('div', { class: 'actor-graph', role: 'img',
      'aria-label': `Relations graph of ${a.name}: ${a.relations.length} relations, listed below` })
    const rates = ratesTable(a.framing)
    view.replaceChildren(
      h('a', { href: '/', 'data-link': true, class: 'back' }, '‹ All events'),
      h('h1', {}, a.name),
      facts([
        ['Kind', reg ? reg.kind.replace(/_/g, ' ') : 'not in the actor registry'],
        ['ACLED inter code', reg ? `${reg.inter} — ${INTER[reg.inter] ?? 'other'}` : '—'],
        ['Also called', reg && reg.aliases.length ? aliases(reg.aliases) : '—'],
        ['Acronyms', reg && reg.acronyms.length ? reg.acronyms.join(' · ') : '—'],
        ['Events', h('span', {}, `${a.events.count}`,
          a.events.first ? ` (${a.events.first} to ${a.events.last ?? '…'}) ` : ' ',
          h('a', { href: listHref, 'data-link': true }, 'list them'))],
      ]),
      h('div', { class: 'page-grid' },
        h('section', { 'aria-labelledby': 'h-rel' },
          h('h2', { id: 'h-rel' }, 'Relations'),
          graphHost,
          relationList(a.relations)),
        h('section', { 'aria-labelledby': 'h-time' },
          h('h2', { id: 'h-time' }, 'Events over time'),
          timeline.el)),
      h('section', { 'aria-labelledby': 'h-framing' },
        h('h2', { id: 'h-framing' }, 'How each outlet names this actor'),
        framingTable(a.framing, 'by-outlet'),
        rates),
    )
    document.title = `${a.name} — Faultline`
    await Promise.all([
      timeline.setFilters(filterParams({ actor: a.name })),
      a.relations.length > 0
        ? drawGraph(graphHost, a.name, a.relations, (other) => navigate(actorHref(other)))
        : Promise.resolve(graphHost.replaceChildren(h('p', { class: 'muted' }, 'No relations.'))),
    ])
    view.dataset.ready = 'true'
  } catch (err) {
    const msg = err instanceof ApiError && err.status === 404
      ? `No actor named “${name}” in the store or the registry.`
      : `Could not load actor: ${err instanceof Error ? err.message : String(err)}`
    status.textContent = msg
    view.replaceChildren(h('a', { href: '/', 'data-link': true, class: 'back' }, '‹ All events'),
      status)
    view.dataset.ready = 'error'
  }
}
