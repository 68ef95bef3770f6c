/** @module Relations between actors stated in text, with evidence spans. */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { findAnchors } from './anchors.js'
import { findRelations } from './relations.js'

interface Case {
  readonly label: string
  readonly text: string
  /** [a prefix, kind, b prefix, evidence] */
  readonly want: readonly [string, string, string, string]
}

const cases: readonly Case[] = [
  {
    label: 'apposition branch is part_of',
    text: 'JNIM, the Sahel branch of al-Qaeda, claimed the attack.',
    want: ['JNIM', 'part_of', 'al-Qaeda', 'JNIM, the Sahel branch of al-Qaeda'],
  },
  {
    label: 'linked to is aligned_with',
    text: 'Wagner, linked to the Russian state, sent more men.',
    want: ['Wagner', 'aligned_with', 'Government of Russia', 'Wagner, linked to the Russian state'],
  },
  {
    label: 'lackey of is aligned_with',
    text: 'The writer calls the government a lackey of Russian imperialism.',
    want: [
      'Government of Mali',
      'aligned_with',
      'Military Forces of Russia',
      'government a lackey of Russian imperialism',
    ],
  },
  {
    label: 'attack verb is hostile_to, past the apposition',
    text: 'JNIM, the Sahel branch of al-Qaeda, attacked Malian soldiers near Boni.',
    want: [
      'JNIM',
      'hostile_to',
      'Military Forces of Mali',
      'JNIM, the Sahel branch of al-Qaeda, attacked Malian soldiers',
    ],
  },
  {
    label: 'led by is commands, subject after the cue',
    text: 'The junta led by Goïta refused to step down.',
    want: ['Assimi', 'commands', 'Government of Mali', 'junta led by Goïta'],
  },
  {
    label: 'pronoun subject from the sentence before',
    text: 'Dan Na Ambassagou grew fast in 2018. It is accused of crimes against the Fulani.',
    want: ['Dan Na Ambassagou', 'hostile_to', 'Fulani', 'crimes against the Fulani'],
  },
  {
    label: 'French apposition with an elided article',
    text: 'Le JNIM, la branche sahélienne d’Al-Qaïda, a revendiqué l’attaque.',
    want: ['JNIM', 'part_of', 'al-Qaeda', 'JNIM, la branche sahélienne d’'],
  },
  {
    label: 'French passive support',
    text: 'Le régime de Bamako, soutenu par Moscou, a expulsé l’ambassadeur.',
    want: ['Russia', 'aligned_with', 'Government of Mali', 'régime de Bamako, soutenu par Moscou'],
  },
  {
    label: 'refusing sanctions aligns with their target',
    text: 'Mali rejected the harsh sanctions imposed by ECOWAS. Guinea said it would refuse to apply the sanctions.',
    want: ['Guinea', 'aligned_with', 'Mali', 'refuse to apply the sanctions'],
  },
  {
    label: 'a gloss in parentheses after A is adjacent',
    text: 'The raid was blamed on JNIM (affiliated with al-Qaeda) by officials.',
    want: ['JNIM', 'part_of', 'al-Qaeda', 'JNIM (affiliated with al-Qaeda'],
  },
  {
    label: 'accompanied by is aligned_with',
    text: 'The army, accompanied by Wagner mercenaries, entered the town on Monday.',
    want: ['Wagner', 'aligned_with', 'Military Forces of Mali', 'army, accompanied by Wagner'],
  },
  {
    label: 'fighting alongside is aligned_with, not hostile_to',
    text: 'Wagner mercenaries fighting alongside the army were seen in the market.',
    want: ['Wagner', 'aligned_with', 'Military Forces of Mali', 'fighting alongside the army'],
  },
  {
    label: 'French: aux côtés de is aligned_with',
    text: 'L’armée, aux côtés des mercenaires de Wagner, a repris la ville.',
    want: ['Military Forces of Mali', 'aligned_with', 'Wagner', 'aux côtés des mercenaires'],
  },
  {
    label: "'and which' goes back to the head of the apposition",
    text: 'JNIM, linked to al-Qaeda and which attacked the army last year, grew.',
    want: ['JNIM', 'hostile_to', 'Military Forces of Mali', 'which attacked the army'],
  },
  {
    label: 'the forces of a state act, not the state',
    text: 'The report said the security forces of Burkina Faso executed 20 herders.',
    want: ['Military Forces of', 'hostile_to', 'Civilians', 'executed 20 herders'],
  },
  {
    label: 'a participle phrase after the head is an apposition: the head acts',
    text: 'The army, accompanied by Wagner mercenaries, has been battling MNLA rebels.',
    want: ['Military Forces of Mali', 'hostile_to', 'MNLA', 'battling MNLA'],
  },
]

describe('findRelations', () => {
  for (const c of cases) {
    it(`${c.label}: ${c.text}`, () => {
      const ctx = { published: '2021-06-01' }
      const rels = findRelations(c.text, findAnchors(c.text, ctx), ctx)
      const [a, kind, b, evidence] = c.want
      const hit = rels.find((r) => r.a.startsWith(a) && r.kind === kind && r.b.startsWith(b))
      assert.ok(
        hit,
        `${c.label}: expected ${a} ${kind} ${b}, got ${JSON.stringify(rels.map((r) => [r.a, r.kind, r.b]))}`,
      )
      assert.ok(hit.evidence.includes(evidence), `${c.label}: evidence "${hit.evidence}"`)
      assert.equal(
        c.text.slice(hit.start, hit.end),
        hit.evidence,
        `${c.label}: exact evidence span`,
      )
    })
  }

  const none: readonly (readonly [string, string])[] = [
    ['an intransitive use has no object', 'JNIM fighters attacked in the night near Boni.'],
    [
      'a descriptive cue needs its actor right before it',
      'Soldiers died in attacks by fighters linked to the Islamic State.',
    ],
    ['a state after "in" is a place', 'Attacks in Mali have targeted markets, officials said.'],
    ['another subject pronoun breaks the link', 'ECOWAS met while he sought aid from Moscow.'],
    ['a speaker is not the author of a hostility', 'The UN condemned attacks against the army.'],
    ['a report is not a hostility', 'ECOWAS documented the violence against the Fulani herders.'],
    ['French: a speaker is not the author', 'La CEDEAO a condamné les violences contre l’armée.'],
    ['a faction is not the force', 'Troops loyal to Bazoum surrounded the palace.'],
    ['a claimant before a relative clause', 'Attacks claimed by al-Qaeda and which hit a boat.'],
    [
      'a relative clause does not go back past a verb',
      'Six soldiers, were killed in attacks claimed by AQIM and which targeted a boat.',
    ],
  ]
  for (const [label, text] of none) {
    it(`${label}: ${text}`, () => {
      const rels = findRelations(text, findAnchors(text, {}), {})
      assert.deepEqual(
        rels.map((r) => `${r.a} ${r.kind} ${r.b}`),
        [],
        label,
      )
    })
  }

  it('no relation between two mentions of one actor', () => {
    const text = 'JNIM, a branch of JNIM, is a test sentence.'
    const rels = findRelations(text, findAnchors(text, {}), {})
    assert.deepEqual(rels, [], 'self relations are dropped')
  })
})
