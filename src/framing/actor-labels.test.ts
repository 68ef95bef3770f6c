/** @module Actor labels: appositions, modifiers, member phrases and label-only mentions. */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { findActorLabels } from './actor-labels.js'
import { findLoadedLanguage } from './loaded-language.js'

interface Case {
  readonly label: string
  readonly text: string
  readonly published?: string
  /** [actor name prefix, label words, via?] that must be among the labels. */
  readonly want: readonly (readonly [string, string, string?])[]
}

const cases: readonly Case[] = [
  {
    label: 'apposition after a name',
    text: 'JNIM, the Sahel branch of al-Qaeda, claimed the ambush.',
    want: [['JNIM', 'the Sahel branch of al-Qaeda', 'apposition']],
  },
  {
    label: 'parenthesis after a name',
    text: 'Dan Na Ambassagou (the hunters of the plateau) denied any role.',
    want: [['Dan Na Ambassagou', 'the hunters of the plateau', 'apposition']],
  },
  {
    label: 'participle apposition',
    text: 'JNIM, linked to the wider al-Qaeda network, said it acted alone.',
    want: [['JNIM', 'linked to the wider al-Qaeda network', 'apposition']],
  },
  {
    label: 'modifiers before a label',
    text: 'Residents fear the bloody military junta in the capital.',
    published: '2022-03-01',
    want: [['Government of Mali', 'bloody military junta', 'modifier']],
  },
  {
    label: 'the junta is the army before 2021',
    text: 'The junta closed the borders after the coup.',
    published: '2020-09-01',
    want: [['Military Forces of Mali', 'junta', 'label-only']],
  },
  {
    label: 'nationality picks the country',
    text: 'Marchers denounced French imperialism in front of the embassy.',
    want: [['Military Forces of France', 'French imperialism', 'label-only']],
  },
  {
    label: 'unqualified colonial troops mean France in the Sahel',
    text: 'The colonial troops must leave our soil, the speaker shouted.',
    want: [['Military Forces of France', 'colonial troops', 'label-only']],
  },
  {
    label: 'member phrase in French',
    text: 'Des combattants de JNIM ont attaqué le poste.',
    want: [['JNIM', 'combattants de JNIM', 'modifier']],
  },
  {
    label: 'generic label of the one named armed group',
    text: 'JNIM fighters struck the camp. The terrorists fled north after the raid.',
    want: [['JNIM', 'terrorists']],
  },
  {
    label: 'loaded attack phrase frames the perpetrator',
    text: 'JNIM a revendiqué cette attaque lâche et perfide contre le camp.',
    want: [['JNIM', 'cette attaque lâche et perfide', 'label-only']],
  },
  {
    label: 'class named before an instance',
    text: 'The army relied on ethnic militias, such as Dan Na Ambassagou, in the centre.',
    want: [['Dan Na Ambassagou', 'ethnic militias', 'label-only']],
  },
  {
    label: 'French apposition',
    text: 'Le JNIM, la branche sahélienne d’Al-Qaïda, a revendiqué l’attaque.',
    want: [['JNIM', 'la branche sahélienne d’Al-Qaïda', 'apposition']],
  },
  {
    label: 'a loaded deed pinned on a state means its forces',
    text: 'The rally condemned the brutal wars waged by France and its Western allies in the Sahel.',
    want: [
      [
        'Military Forces of France',
        'brutal wars waged by France and its Western allies',
        'label-only',
      ],
    ],
  },
  {
    label: 'private companies mean Wagner',
    text: 'Officials contacted private military companies for help.',
    want: [['Wagner Group', 'private military companies', 'label-only']],
  },
]

describe('findActorLabels', () => {
  for (const c of cases) {
    it(`${c.label}: ${c.text}`, () => {
      const ctx = c.published ? { published: c.published } : {}
      const labels = findActorLabels(c.text, ctx, findLoadedLanguage(c.text))
      for (const [actor, words, via] of c.want) {
        const hit = labels.find((l) => l.actor.startsWith(actor) && l.label === words)
        assert.ok(
          hit,
          `${c.label}: expected ${actor} → "${words}", got ${JSON.stringify(labels.map((l) => [l.actor, l.label]))}`,
        )
        if (via) assert.equal(hit.via, via, `${c.label}: found by ${via}`)
        assert.equal(c.text.slice(hit.start, hit.end), hit.label, `${c.label}: exact span`)
      }
    })
  }

  it('French "a" + participle after a comma is a verb, not an apposition', () => {
    const text = 'Le JNIM, a revendiqué l’attaque de Boni.'
    const labels = findActorLabels(text, {})
    assert.ok(!labels.some((l) => l.via === 'apposition'), 'no apposition label')
  })

  it('an item of a series of demands is no apposition; a group noun still is', () => {
    const text = 'They demand the withdrawal of Barkhane, the closure of all foreign bases, ' +
      'the end of the sanctions and new elections.'
    const labels = findActorLabels(text, {})
    assert.ok(!labels.some((l) => l.label.startsWith('the closure')), JSON.stringify(labels))
    const group = 'Attacks by JNIM, the Sahel branch of al-Qaeda, the army said, rose in May.'
    assert.ok(findActorLabels(group, {}).some((l) => l.label === 'the Sahel branch of al-Qaeda'))
  })

  it('a deed phrase needs a loaded word and a marked span to count', () => {
    const text = 'The rally condemned the brutal wars waged by France in the Sahel.'
    const marks = [{ start: 24, end: 30, text: 'brutal', technique: 'Loaded_Language' as const }]
    const withMarks = findActorLabels(text, {}, marks)
    const without = findActorLabels(text, {}, [])
    assert.ok(
      withMarks.some((l) => l.label === 'brutal wars waged by France'),
      'found with marks',
    )
    assert.ok(!without.some((l) => l.label.includes('waged')), 'not found without marks')
  })

  it('loaded flag: set when the label overlaps a marked span', () => {
    const text = 'The junta ruled.'
    const marks = [{ start: 4, end: 9, text: 'junta', technique: 'Name_Calling,Labeling' as const }]
    const [label] = findActorLabels(text, { published: '2022-01-01' }, marks)
    assert.equal(label?.loaded, true, 'loaded flag from a name-calling span')
  })
})
