/**
 * @module
 * `faultline graph [--actor A] [--format text|json|dot]`: the actor-graph edges around an actor
 * (or all of them): relation, how many sources, which outlets, the time span. `dot` is Graphviz
 * input (`faultline graph --actor JNIM --format dot | dot -Tsvg > jnim.svg`).
 */
import { defineCommand } from 'citty'
import { FaultlineError } from '../../errors.js'
import type { ActorEdge } from '../../schema/framing.js'
import { dbArg, openStoreFromArgs } from '../_db-arg.js'
import { formatTable, info, out } from '../_output.js'

const FORMATS = ['text', 'json', 'dot'] as const
const COLORS: Record<ActorEdge['relation'], string> = {
  hostile_to: 'firebrick',
  fights: 'firebrick',
  aligned_with: 'forestgreen',
  part_of: 'steelblue',
  commands: 'darkorange',
}

/** A DOT string literal. */
export function dotString(s: string): string {
  return `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`
}

const span = (e: ActorEdge) =>
  e.first === null ? '' : e.first === e.last ? e.first : `${e.first} to ${e.last}`

/** Graphviz DOT: a node per actor (the focus in bold), a labelled, coloured edge per relation. */
export function toDot(edges: readonly ActorEdge[], focus: string | null = null): string {
  const nodes = [...new Set(edges.flatMap((e) => [e.a, e.b]))].sort()
  const lines = ['digraph faultline {', '  rankdir=LR;', '  node [shape=box];']
  for (const n of nodes) lines.push(`  ${dotString(n)}${n === focus ? ' [style=bold]' : ''};`)
  for (const e of edges) {
    const label = `${e.relation} (${e.count})`
    const tip = [e.outlets.join(', '), span(e)].filter(Boolean).join('; ')
    lines.push(`  ${dotString(e.a)} -> ${dotString(e.b)} [label=${dotString(label)}, ` +
      `color=${COLORS[e.relation]}, tooltip=${dotString(tip)}];`)
  }
  lines.push('}')
  return lines.join('\n')
}

/** The canonical name the query resolved to: the one endpoint every edge shares. */
export function focusOf(edges: readonly ActorEdge[], typed: string): string {
  const [first, ...rest] = edges
  if (first === undefined) return typed
  const shared = [first.a, first.b].filter((n) => rest.every((e) => e.a === n || e.b === n))
  return shared.includes(typed) ? typed : (shared[0] ?? typed)
}

/** One line per edge for people, with the first source's words. */
export function edgesTable(edges: readonly ActorEdge[]): string {
  return formatTable(
    ['A', 'RELATION', 'B', 'SOURCES', 'OUTLETS', 'WHEN', 'EVIDENCE'],
    edges.map((e) => [e.a, e.relation, e.b, String(e.count), e.outlets.join(', '), span(e),
      e.sources[0]?.text ?? '']),
    48,
  )
}

export default defineCommand({
  meta: {
    name: 'graph',
    description: 'Relations between actors (with sources), as text, JSON or DOT',
  },
  args: {
    actor: { type: 'string', description: 'Only edges touching this actor (name or alias)' },
    format: {
      type: 'string',
      description: 'text (default), json or dot (Graphviz)',
      default: 'text',
    },
    update: { type: 'boolean', description: 'First frame documents stored without framing' },
    ...dbArg,
  },
  async run({ args }) {
    const format = FORMATS.find((f) => f === args.format)
    if (format === undefined) {
      throw new FaultlineError('E_BAD_ARGUMENT', `unknown --format '${args.format}'`, {
        hint: `use one of ${FORMATS.join(', ')}`,
      })
    }
    const store = await openStoreFromArgs(args)
    try {
      if (args.update) info(`framed ${await store.framingPending()} document(s)`)
      const edges = await store.listActorRelations(args.actor)
      const focus = args.actor ? focusOf(edges, args.actor) : null
      if (format === 'json') out(JSON.stringify({ actor: focus, edges }))
      else if (format === 'dot') out(toDot(edges, focus))
      else if (edges.length === 0) info('no relations found')
      else out(edgesTable(edges))
    } finally {
      await store.close()
    }
  },
})
