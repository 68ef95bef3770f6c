/** @module An event told by reference ("that attack") happened where the sentence before put it. */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { extractEvents } from '../index.js'

// [label, report, expected "location" per record]
const CASES: ReadonlyArray<[string, string, string[]]> = [
  [
    '"that attack" with no place of its own is placed by the sentence before',
    'Gunmen killed twelve villagers near Kaya on Saturday. It is one of the deadliest assaults ' +
      'on civilians since the attack in Djibo. In June 2019, some 60 residents died in that ' +
      'attack, which officials blamed on JNIM.',
    ['Kaya', 'Djibo'],
  ],
  [
    'French: "cette attaque"',
    "Des hommes armés ont tué douze villageois près de Kaya samedi. C'est l'attaque la plus " +
      'meurtrière depuis celle de Djibo. En juin 2019, 60 personnes avaient été tuées dans ' +
      'cette attaque.',
    ['Kaya', 'Djibo'],
  ],
  [
    'a place of its own wins over the sentence before',
    'Gunmen killed twelve villagers near Kaya on Saturday. Officials met in Djibo on Sunday. ' +
      'In June 2019, 60 people were killed in that attack near Arbinda.',
    ['Kaya', 'Aribinda'],
  ],
]

describe('antecedent: the place of an event told by reference', () => {
  for (const [label, text, want] of CASES) {
    it(label, () => {
      const got = extractEvents({ id: 'a', text, published_at: '2021-03-10' }).map(
        (e) => e.location,
      )
      assert.deepEqual(got, want)
    })
  }
})
