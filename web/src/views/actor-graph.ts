/**
 * @module
 * The relations graph of an actor page, drawn by Cytoscape.js (loaded on demand, so the main page
 * does not carry it): the actor in the middle, each actor it is related to around it, one edge
 * per relation kind coloured by kind (hostile/fights red, aligned green, part of / commands blue),
 * wider with more supporting mentions. Dragging moves nodes; clicking another actor opens its page.
 * A plain list of the same edges sits beside it for keyboard and screen-reader users.
 */
import type { ActorEdge } from '../api.js'
import { h } from '../dom.js'
import { actorHref } from './framing-table.js'

const CYTOSCAPE_STYLE_ID = '__________cytoscape_stylesheet'

export const RELATION_COLORS: Record<string, string> = {
  hostile_to: '#c92a2a',
  fights: '#e8590c',
  aligned_with: '#2b8a3e',
  part_of: '#1864ab',
  commands: '#5f3dc4',
}

const LABELS: Record<string, string> = {
  hostile_to: 'hostile to',
  fights: 'fights',
  aligned_with: 'aligned with',
  part_of: 'part of',
  commands: 'commands',
}

export function relationLabel(kind: string): string {
  return LABELS[kind] ?? kind
}

/** The same edges as a list: "A — hostile to → B (3 mentions; 2 outlets)". */
export function relationList(edges: readonly ActorEdge[]): HTMLElement {
  if (edges.length === 0) return h('p', { class: 'muted' }, 'No relations recorded.')
  return h('ul', { class: 'relations' }, ...edges.map((e) => {
    const swatch = h('span', { class: 'type-dot', 'aria-hidden': 'true' })
    swatch.style.setProperty('background', RELATION_COLORS[e.relation] ?? '#777')
    const when = e.first ? ` ${e.first}${e.last && e.last !== e.first ? ` to ${e.last}` : ''}` : ''
    return h('li', {}, swatch,
      h('a', { href: actorHref(e.a), 'data-link': true }, e.a),
      ` ${relationLabel(e.relation)} `,
      h('a', { href: actorHref(e.b), 'data-link': true }, e.b),
      h('span', { class: 'muted' }, ` (${e.count} mention${e.count === 1 ? '' : 's'}; ` +
        `${e.outlets.join(', ') || 'no outlet'}${when})`))
  }))
}

/** Draws the graph into `host` (already in the page); `onOpen` gets another actor's name. */
export async function drawGraph(
  host: HTMLElement,
  center: string,
  edges: readonly ActorEdge[],
  onOpen: (name: string) => void,
): Promise<void> {
  const { default: cytoscape } = await import('cytoscape')
  // Cytoscape injects a <style> (`position: relative` on its container) unless an element with
  // this id exists; the CSP forbids inline styles, and pages.css already sets that position.
  if (!document.getElementById(CYTOSCAPE_STYLE_ID)) {
    document.head.append(Object.assign(document.createElement('meta'), { id: CYTOSCAPE_STYLE_ID }))
  }
  const names = [...new Set([center, ...edges.flatMap((e) => [e.a, e.b])])]
  const max = Math.max(1, ...edges.map((e) => e.count))
  const cy = cytoscape({
    container: host,
    elements: [
      ...names.map((n) => ({ data: { id: n, label: n, center: n === center ? 1 : 0 } })),
      ...edges.map((e, i) => ({
        data: {
          id: `e${i}`, source: e.a, target: e.b, label: relationLabel(e.relation),
          color: RELATION_COLORS[e.relation] ?? '#777', width: 1.5 + (4 * e.count) / max,
        },
      })),
    ],
    style: [
      { selector: 'node', style: {
        label: 'data(label)', 'background-color': '#adb5bd', width: 14, height: 14,
        'font-size': 12, 'text-wrap': 'wrap', 'text-max-width': '150px', color: '#1b1f24',
        'text-valign': 'bottom', 'text-margin-y': 5, 'text-background-color': '#ffffff',
        'text-background-opacity': 0.85, 'text-background-padding': '2px',
      } },
      { selector: 'node[center = 1]', style: {
        'background-color': '#0b5cad', width: 22, height: 22, 'font-weight': 'bold',
      } },
      { selector: 'edge', style: {
        'line-color': 'data(color)', 'target-arrow-color': 'data(color)',
        'target-arrow-shape': 'triangle', 'curve-style': 'bezier', width: 'data(width)',
        label: 'data(label)', 'font-size': 10, color: '#343a40', 'text-rotation': 'none',
        'text-background-color': '#ffffff', 'text-background-opacity': 0.8,
      } },
    ],
    // A few nodes sit best on one circle; more go in rings around the actor.
    layout: names.length <= 6
      ? { name: 'circle', padding: 50, animate: false }
      : { name: 'concentric', concentric: (n) => Number(n.data('center')),
        levelWidth: () => 1, minNodeSpacing: 60, padding: 40, animate: false },
    maxZoom: 1.6,
    minZoom: 0.3,
    wheelSensitivity: 0.3,
  })
  cy.on('tap', 'node', (ev) => {
    const name = String(ev.target.id())
    if (name !== center) onOpen(name)
  })
  host.dataset.nodes = String(names.length)
  host.dataset.edges = String(edges.length)
}
