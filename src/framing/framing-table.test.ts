/** @module Aggregation of labels by outlet and actor, and loaded-language rates. */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { framingTable, labelKey } from './framing-table.js'
import type { ActorLabel } from './types.js'

function label(actor: string, words: string, loaded = false): ActorLabel {
  return { actor, label: words, start: 0, end: words.length, loaded, via: 'mention' }
}

describe('framingTable', () => {
  const table = framingTable([
    {
      outlet: 'Outlet A',
      doc: 'a1',
      text: 'one two three four',
      labels: [
        label('Wagner Group', 'the mercenaries', true),
        label('Wagner Group', 'Mercenaries', true),
      ],
      loadedCount: 2,
    },
    {
      outlet: 'Outlet B',
      doc: 'b1',
      text: 'five six',
      labels: [label('Wagner Group', 'Wagner Group')],
      loadedCount: 0,
    },
    { outlet: null, text: 'seven', labels: [] },
  ])

  it('groups labels case-insensitively without a leading determiner', () => {
    const rows = table.rows.filter((r) => r.outlet === 'Outlet A')
    assert.equal(rows.length, 1, 'one row for "the mercenaries" and "Mercenaries"')
    assert.equal(rows[0]?.count, 2, 'both uses counted')
    assert.equal(rows[0]?.loaded, true, 'loaded kept')
    assert.equal(rows[0]?.evidence[0]?.doc, 'a1', 'evidence names its document')
  })

  it('computes loaded spans per 1,000 words for each outlet', () => {
    const a = table.outlets.find((o) => o.outlet === 'Outlet A')
    assert.equal(a?.rate, 500, 'two loaded spans in four words')
    assert.ok(
      table.outlets.some((o) => o.outlet === '(unknown outlet)'),
      'documents without outlet kept',
    )
  })

  it('labelKey: determiners in both languages are dropped', () => {
    for (const [raw, key] of [
      ['The Junta', 'junta'],
      ['l’ennemi', 'ennemi'],
      ['des  terroristes', 'terroristes'],
    ]) {
      assert.equal(labelKey(raw as string), key, `labelKey(${raw})`)
    }
  })
})
