/**
 * @module Actor labels that are junk to an analyst and must not come out (hyphenated words,
 * adjectival actor nouns, counts, headlines, other nationalities, list items), and what 'the
 * junta' names (the army, and the government once it rules). Invented sentences.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { findActorLabels } from './actor-labels.js'
import { findLabelOnly } from './label-only.js'
import type { LabelContext } from './label-only.js'

function labels(text: string, ctx: LabelContext = {}): string[] {
  return findActorLabels(text, ctx).map((l) => `${l.actor} | ${l.label}`)
}

const absent: readonly (readonly [string, string, string])[] = [
  ['hyphenated word', 'Traders joined the anti-government march on the bridge.', 'government'],
  ['self-rule', 'The deal promised limited self-government to the north.', 'government'],
  ['adjectival military', 'Donors pledged official military aid to the capital.', 'official'],
  ['adjectival terrorist', 'The town saw several infamous terrorist incidents.', 'infamous'],
  ['a count', 'Thirty-one people died when the bridge fell, officials said.', 'Thirty'],
  ['a French count', 'Sept personnes ont été blessées au marché.', 'Sept'],
  ['headline capitals', 'Farmers Across The Region Demand French Troops Leave\n', 'Demand'],
  ['another nationality', 'Local traders and French people met at the market.', 'French people'],
  ['a list', 'Villagers fear raids by Islamists, the military or other groups.', 'other groups'],
  ['a deed', 'Residents welcomed the sweeping anti-jihadist military operations.', 'sweeping'],
  ['armed men are no civilians', 'The town is ruled by military men since the coup.', 'Civilians'],
  ['a building named after an actor', 'Gunmen struck the Kati Gendarmerie School at dawn.',
    'Kati'],
  ['half of a hyphenated pair', 'Troops died in a joint Mali-Niger military operation.', 'joint'],
]

describe('junk labels are left out', () => {
  for (const [label, text, word] of absent) {
    it(label, () => {
      const got = labels(text, { published: '2022-05-01' })
      assert.ok(!got.some((l) => l.includes(word)), got.join('\n'))
    })
  }
  it('a civilian title before an army body is no member phrase', () => {
    const text = 'He is the Chairman of the CNSP.'
    const got = labels(text, { published: '2022-05-01' })
    assert.ok(!got.some((l) => /^Military.*Chairman/.test(l)), got.join('\n'))
  })
  it('another actor opening an apposition is a list item', () => {
    const text = 'Niamey and its partners, the UN Minusma force, the European Takuba force, withdrew.'
    const got = labels(text, { published: '2022-05-01' })
    assert.ok(!got.some((l) => l.startsWith('MINUSMA') && l.includes('Takuba')), got.join('\n'))
  })
  it('real labels stay', () => {
    const text = 'Analysts blame the bloody military junta and the Malian army for the raids.'
    const got = labels(text, { published: '2022-05-01' })
    assert.ok(got.some((l) => l.includes('bloody military junta')), got.join('\n'))
    assert.ok(got.some((l) => l.includes('| Malian army')), got.join('\n'))
    const rulers = labels('Traders fear the ruthless military rulers.', { published: '2022-05-01' })
    assert.ok(rulers.some((l) => l.startsWith('Military')), rulers.join('\n'))
  })
})

describe('a predicate of "the group" describes the group named last', () => {
  it('the group is a …', () => {
    const text =
      'Dan Na Ambassagou held a rally. The group has been a fierce critic of the mayor for years.'
    const got = labels(text, { published: '2022-05-01' })
    assert.ok(got.includes('Dan Na Ambassagou | a fierce critic of the mayor'), got.join('\n'))
  })
  it('no named group before: nothing', () => {
    const got = labels('The group has been a fierce critic of the mayor.', {})
    assert.ok(!got.some((l) => l.includes('critic')), got.join('\n'))
  })
})

describe('the junta names the army, and the government once it rules', () => {
  const cases: readonly (readonly [string, string, LabelContext, string, string?])[] = [
    ['before it rules: the army only', 'The junta closed the border.', { published: '2020-09-01' },
      'Military Forces of Mali'],
    ['once it rules: both', 'The junta closed the border.', { published: '2022-09-01' },
      'Government of Mali', 'Military Forces of Mali'],
    ['no date: the army first, the government beside', 'The junta closed the border.', {},
      'Military Forces of Mali', 'Government of Mali'],
    ['a capital in the possessive', "Reporters met Niamey's ruling junta on Monday.",
      { published: '2024-02-01' }, 'Government of Niger', 'Military Forces of Niger'],
    ['a country in the possessive', 'Burkina Faso’s junta expelled the envoy.',
      { published: '2024-02-01' }, 'Government of Burkina Faso', 'Military Forces of Burkina Faso'],
    ['a bare junta is the one named elsewhere', 'The junta spoke. Later the Nigerien junta left.',
      { published: '2024-02-01', country: 'Mali' }, 'Government of Niger',
      'Military Forces of Niger'],
  ]
  for (const [label, text, ctx, actor, also] of cases) {
    it(label, () => {
      const [hit] = findLabelOnly(text, ctx)
      assert.ok(hit?.actor.startsWith(actor), JSON.stringify(hit))
      if (also) assert.ok(hit?.also?.startsWith(also), JSON.stringify(hit))
      else assert.equal(hit?.also, undefined)
    })
  }
  it('labels go to both actors', () => {
    const got = labels('The ruthless junta banned the parties.', { published: '2022-09-01' })
    assert.ok(got.some((l) => /^Government of Mali.*ruthless junta/.test(l)), got.join('\n'))
    assert.ok(got.some((l) => /^Military Forces of Mali.*ruthless junta/.test(l)), got.join('\n'))
  })
})
