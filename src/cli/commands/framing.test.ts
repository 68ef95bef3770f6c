/**
 * @module
 * The pure renderers of `faultline framing`, `actors` and `graph`: the labels × outlets pivot
 * (loaded marks, missing cells, the actor column only when no actor is fixed), the rates table,
 * the registry join of the actor list, and Graphviz DOT (escaping, focus node, one edge per
 * relation) on invented data.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { ActorEdge, FramingReport } from '../../schema/framing.js'
import { actorListing, actorsTable } from './actors.js'
import { framingPivot, ratesTable } from './framing.js'
import { dotString, edgesTable, focusOf, toDot } from './graph.js'

const row = (outlet: string, actor: string, label: string, count: number, loaded = false) =>
  ({ outlet, actor, label, count, quoted: 0, loaded, evidence: [] })

const report: FramingReport = {
  actor: 'Hill Front',
  outlet: null,
  rows: [
    row('Courier', 'Hill Front', 'freedom fighters', 3),
    row('Wire', 'Hill Front', 'bandits', 3, true),
    row('Wire', 'Hill Front', 'freedom fighters', 1),
  ],
  outlets: [
    { outlet: 'Courier', docs: 1, words: 400, loaded: 0, rate: 0 },
    { outlet: 'Wire', docs: 2, words: 900, loaded: 9, rate: 10 },
  ],
}

const edge = (a: string, relation: ActorEdge['relation'], b: string, count = 1): ActorEdge => ({
  a, relation, b, count, outlets: ['Wire'], first: '2024-05-01', last: '2024-05-03',
  sources: [{ doc_id: 'doc_1', outlet: 'Wire', origin: 'event', event_id: 'e1',
    date: '2024-05-01', start: 0, end: 20, text: 'the Front attacked' }],
})

describe('framing pivot', () => {
  it('labels as rows, outlets as columns, loaded marked', () => {
    const lines = framingPivot(report).split('\n')
    assert.match(lines[0] ?? '', /^LABEL\s+Courier\s+Wire$/, 'no actor column for a fixed actor')
    assert.match(lines[1] ?? '', /^freedom fighters\s+3\s+1$/, 'most used first, summed')
    assert.match(lines[2] ?? '', /^bandits \*\s+·\s+3$/, 'loaded mark, missing cell')
    const all = framingPivot({ ...report, actor: null, outlet: 'Wire' })
    assert.match(all.split('\n')[0] ?? '', /^ACTOR\s+LABEL/, 'actor column for an outlet')
  })

  it('rates table', () => {
    const table = ratesTable(report)
    assert.match(table, /Wire\s+2\s+900\s+9\s+10\.00/)
    assert.match(table, /Courier\s+1\s+400\s+0\s+0\.00/)
  })
})

describe('actor list', () => {
  it('joins store actors with registry aliases; unknown names stay bare', () => {
    const items = actorListing([
      { name: 'JNIM: Group for Support of Islam and Muslims', inter: 2, events: 4 },
      { name: 'Hill Front', inter: 2, events: 1 },
    ])
    assert.ok(items[0]?.aliases.includes('JNIM'))
    assert.equal(items[0]?.kind, 'rebel')
    assert.deepEqual([items[1]?.kind, items[1]?.aliases], [null, []])
    assert.match(actorsTable(items), /Hill Front\s+\?\s+2\s+1/)
  })
})

describe('graph output', () => {
  it('DOT strings are escaped', () => {
    assert.equal(dotString('say "hi"\\now'), '"say \\"hi\\"\\\\now"')
  })

  it('DOT: nodes once, the focus bold, one coloured edge per relation', () => {
    const edges = [
      edge('Hill Front', 'hostile_to', 'Army', 2),
      edge('Hill Front', 'part_of', 'Big "Q"'),
    ]
    const dot = toDot(edges, 'Hill Front')
    assert.match(dot, /^digraph faultline \{\n/)
    assert.match(dot, /\}$/)
    assert.equal(dot.match(/^ {2}"Hill Front"( \[style=bold\])?;$/gm)?.length, 1, 'one node line')
    assert.match(dot, /"Hill Front" \[style=bold\];/)
    assert.match(dot, /"Hill Front" -> "Army" \[label="hostile_to \(2\)", color=firebrick/)
    assert.match(dot, /-> "Big \\"Q\\"" \[label="part_of \(1\)", color=steelblue/)
    assert.match(dot, /tooltip="Wire; 2024-05-01 to 2024-05-03"/)
    assert.equal(toDot([]), 'digraph faultline {\n  rankdir=LR;\n  node [shape=box];\n}')
  })

  it('the focus is the endpoint every edge shares; the table shows evidence', () => {
    const edges = [
      edge('Hill Front', 'hostile_to', 'Army'),
      edge('Militia', 'aligned_with', 'Hill Front'),
    ]
    assert.equal(focusOf(edges, 'hill front'), 'Hill Front')
    assert.equal(focusOf([], 'X'), 'X')
    assert.match(edgesTable(edges), /Hill Front\s+hostile_to\s+Army\s+1\s+Wire\s+2024-05-01 to/)
  })
})
