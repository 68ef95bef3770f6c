/**
 * @module Battle conventions: residents who fight are their communal militia, never 'Civilians';
 * the armed party in a place attacked is fought; the agent named again is no patient; a claimant
 * of an attack on a force acts first; a fight inside one group has it on both sides.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { extractEvents } from '../index.js'

// [label, sentence, actor1 pattern, actor2 pattern]
const CASES: ReadonlyArray<[string, string, RegExp, RegExp]> = [
  [
    'the cue word names the unnamed attackers',
    'On 4 May, the attackers fled after Barkhane returned fire near Aguelhok.',
    /^Unidentified Armed Group/,
    /^Military Forces of France/,
  ],
  [
    'villagers who kill policemen',
    'On Saturday, villagers killed two policemen during a land dispute near Djibo, Burkina Faso.',
    /Communal Militia \(Burkina Faso\)$/,
    /^Police Forces of Burkina Faso/,
  ],
  [
    'villagers who fend off an attack',
    'On Monday, Fulani militiamen attacked the village of Sogou near Bankass, ' +
      'the villagers fended off the attack.',
    /^Fulani Ethnic Militia/,
    /Communal Militia \(Mali\)$/,
  ],
  [
    'the agent named again is no patient',
    'On Sunday, Barkhane staged an operation with airborne troops, killing six JNIM fighters ' +
      'near Tessalit.',
    /^Military Forces of France/,
    /^JNIM/,
  ],
  [
    'a claimant of an attack on a force acts first',
    'On Monday, a complex ambush against a Malian army convoy near Hombori killed one soldier. ' +
      'Claimed by JNIM on Tuesday.',
    /^JNIM/,
    /^Military Forces of Mali/,
  ],
  [
    'a fight inside one group has it on both sides',
    'On Friday, two MSA fighters were killed near Ménaka amidst a shootout ' +
      'over an internal dispute.',
    /^MSA/,
    /^MSA/,
  ],
  [
    'the armed group in an attacked village is fought',
    'On Sunday, the Malian army attacked the village of Sogou where Dan Na Ambassagou ' +
      'had settled, two soldiers and four militiamen were killed in the fighting.',
    /^Military Forces of Mali/,
    /^Dan Na Ambassagou/,
  ],
  [
    'the armed men a vehicle carries are fought',
    'On Friday, French forces intercepted a vehicle carrying JNIM militants near Ber, ' +
      'killing two of them after an exchange of fire.',
    /^Military Forces of France/,
    /^JNIM/,
  ],
]

describe('battle conventions', () => {
  for (const [label, text, a1, a2] of CASES) {
    it(label, () => {
      const e = extractEvents({ id: 'c', text, published_at: '2019-05-10' })[0]
      assert.equal(e?.event_type, 'Battles', label)
      assert.match(e?.actor1 ?? '', a1)
      assert.match(e?.actor2 ?? '', a2)
    })
  }
})
