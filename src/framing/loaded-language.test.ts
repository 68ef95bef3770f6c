/** @module Loaded-language rules: English and French words, morphology, span growth. */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { findLoadedLanguage } from './loaded-language.js'

const cases: readonly { label: string; text: string; spans: readonly string[] }[] = [
  {
    label: 'noun of violence',
    text: 'Survivors described a massacre at the well.',
    spans: ['massacre'],
  },
  {
    label: 'plural by stem, not the quantifier',
    text: 'The report lists several massacres in the valley.',
    spans: ['massacres'],
  },
  {
    label: 'adjective takes its noun',
    text: 'It was a barbaric raid on the market.',
    spans: ['barbaric raid'],
  },
  {
    label: 'adverb from the same stem',
    text: 'The villagers were brutally beaten.',
    spans: ['brutally beaten'],
  },
  {
    label: 'intensifier pulled in',
    text: 'Their conduct was utterly despicable.',
    spans: ['utterly despicable'],
  },
  {
    label: 'glorifying words count too',
    text: 'They praised the heroic defenders of the town.',
    spans: ['heroic defenders'],
  },
  {
    label: 'a figurative cliché',
    text: 'The council chose to kick the can down the road again.',
    spans: ['kick the can down the road'],
  },
  {
    label: 'an interjection in the writer’s voice',
    text: 'How dare the council tax the fishermen twice!',
    spans: ['How dare'],
  },
  {
    label: 'a reaction noun',
    text: 'The decision caused an uproar in the port.',
    spans: ['uproar'],
  },
  {
    label: 'a verb of scorn',
    text: 'The editor excoriated the new tax on fishermen.',
    spans: ['excoriated'],
  },
  {
    label: 'an English noun in -ment is the head of its adjective',
    text: 'Critics decry the reckless abandonment of the farmers.',
    spans: ['decry', 'reckless abandonment'],
  },
  {
    label: 'so-called is name calling, not loaded language',
    text: 'The so-called liberators stayed for years.',
    spans: [],
  },
  {
    label: 'verb chosen for force',
    text: 'Soldiers slaughtered the herders at dawn.',
    spans: ['slaughtered'],
  },
  {
    label: 'multiword phrase',
    text: 'Witnesses spoke of ethnic cleansing in the district.',
    spans: ['ethnic cleansing'],
  },
  {
    label: 'French adjective takes the noun before it',
    text: 'Une attaque lâche a visé le poste.',
    spans: ['attaque lâche'],
  },
  {
    label: 'French feminine plural',
    text: 'Des méthodes barbares et odieuses ont été employées.',
    spans: ['méthodes barbares', 'odieuses'],
  },
  {
    label: 'French noun takes its qualifier',
    text: 'Ce fut un véritable carnage au marché.',
    spans: ['véritable carnage'],
  },
  {
    label: 'neutral report has none',
    text: 'Gunmen killed five people in an attack on Tuesday, officials said.',
    spans: [],
  },
  {
    label: 'word inside another word is ignored',
    text: 'The medieval town hall reopened in May.',
    spans: [],
  },
]

describe('findLoadedLanguage', () => {
  for (const c of cases) {
    it(`${c.label}: ${c.text}`, () => {
      const found = findLoadedLanguage(c.text)
      assert.deepEqual(
        found.map((s) => s.text),
        c.spans,
        c.label,
      )
      for (const s of found) {
        assert.equal(c.text.slice(s.start, s.end), s.text, `${c.label}: span offsets are exact`)
        assert.equal(s.technique, 'Loaded_Language', `${c.label}: technique`)
      }
    })
  }
})
