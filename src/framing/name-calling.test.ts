/** @module Name-calling rules: labels on people and groups versus neutral naming. */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { findNameCalling } from './name-calling.js'

interface Case {
  readonly label: string
  readonly text: string
  readonly spans: readonly string[]
  /** Take the determiner into the span (the default); most cases leave it out to stay short. */
  readonly det?: boolean
}

const cases: readonly Case[] = [
  {
    label: 'label noun',
    text: 'The minister blamed terrorists for the blast.',
    spans: ['terrorists'],
  },
  {
    label: 'label grows over its modifiers',
    text: 'He denounced the bloodthirsty jihadist hordes.',
    spans: ['bloodthirsty jihadist hordes'],
  },
  {
    label: 'multiword label',
    text: 'The colonial troops left the base at night.',
    spans: ['colonial troops'],
  },
  {
    label: 'loaded adjective on a people noun',
    text: 'These corrupt politicians sold the mines.',
    spans: ['corrupt politicians'],
  },
  {
    label: 'loaded adjective on a name',
    text: 'Everyone knows treacherous Keita signed it.',
    spans: ['treacherous Keita'],
  },
  {
    label: 'determiner taken in by default',
    text: 'The junta closed the border.',
    spans: ['The junta'],
    det: true,
  },
  {
    label: 'words after a naming verb',
    text: 'The paper branded them mercenaries of the regime.',
    spans: ['mercenaries'],
  },
  {
    label: 'predicate noun phrase with a label',
    text: 'The writer says the minister is a corrupt traitor, and nothing more.',
    spans: ['corrupt traitor'],
  },
  {
    label: 'apposition after a name',
    text: 'Diallo, a notorious crook, left town.',
    spans: ['notorious crook'],
  },
  {
    label: 'French label',
    text: 'Des mercenaires ont été vus près de la ville.',
    spans: ['mercenaires'],
  },
  {
    label: 'French multiword label',
    text: 'Les bandits armés ont pillé le village.',
    spans: ['bandits armés'],
  },
  {
    label: 'neutral naming of an army',
    text: 'The French army and Malian soldiers patrolled the road.',
    spans: [],
  },
  {
    label: 'neutral naming of a group',
    text: 'The armed group released a statement on Monday.',
    spans: [],
  },
  {
    label: 'so-called takes the noun it labels',
    text: 'The so-called liberators stayed for years.',
    spans: ['so-called liberators'],
  },
  {
    label: 'so-called takes a quoted label with its closing mark',
    text: 'Residents mocked the so-called “peace council” of the district.',
    spans: ['so-called “peace council”'],
  },
  {
    label: 'so-called before a place name is a naming, not a label',
    text: 'Raids continue in the so-called three borders area near the river.',
    spans: [],
  },
  {
    label: 'insult compound',
    text: 'He dismissed his rival as a junta-lover and a coward.',
    spans: ['junta-lover', 'coward'],
  },
  {
    label: 'intensifying prefix with its noun',
    text: 'The arch-conservative bishop refused.',
    spans: ['arch-conservative bishop'],
  },
  {
    label: 'epithet nouns',
    text: 'Everyone knows the mayor is a lapdog of the grifters.',
    spans: ['lapdog', 'grifters'],
  },
  {
    label: 'a quoted label before a name',
    text: 'Everyone feared the “butcher” Diallo in those years.',
    spans: ['“butcher” Diallo'],
  },
  {
    label: 'a quoted label after a naming verb',
    text: 'Neighbours described him as a “nomad” with no home.',
    spans: ['“nomad”'],
  },
  {
    label: 'an evaluative adjective standing for people',
    text: 'He spoke of the wicked who rule the city.',
    spans: ['wicked'],
  },
  {
    label: 'an adjective before its noun does not stand alone',
    text: 'He spoke of the wicked and corrupt rulers.',
    spans: ['corrupt rulers'],
  },
  {
    label: 'a quoted word for a kind of people',
    text: 'The preacher warned against the “globalists” next door.',
    spans: ['“globalists”'],
  },
  {
    label: 'a rank word between the adjective and its people noun',
    text: 'Voters turned on the disgraced former officials.',
    spans: ['disgraced former officials'],
  },
  {
    label: 'a quoted title is no label',
    text: 'The film “Timbuktu” was shown in Bamako.',
    spans: [],
  },
  {
    label: 'a verb before a label is not its modifier',
    text: 'Officials blamed bandits for the theft.',
    spans: ['bandits'],
  },
]

describe('findNameCalling', () => {
  for (const c of cases) {
    it(`${c.label}: ${c.text}`, () => {
      const found = findNameCalling(c.text, { determiner: c.det ?? false })
      assert.deepEqual(
        found.map((s) => s.text),
        c.spans,
        c.label,
      )
      for (const s of found) {
        assert.equal(c.text.slice(s.start, s.end), s.text, `${c.label}: exact span`)
      }
    })
  }

  it('the determiner is taken in unless asked not to', () => {
    const [span] = findNameCalling('The junta closed the border.')
    assert.equal(span?.text, 'The junta', 'default keeps the determiner')
  })
})
