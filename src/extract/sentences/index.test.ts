/** @module Sentence segmentation cases (English and French). */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { splitSentences } from './index.js'

const CASES: ReadonlyArray<[string, string, string[]]> = [
  [
    'two plain sentences',
    'Gunmen attacked a post in Tessit. Two soldiers died.',
    ['Gunmen attacked a post in Tessit.', 'Two soldiers died.'],
  ],
  [
    'title abbreviation',
    'Gen. Traoré visited Djibo on Monday. He met troops.',
    ['Gen. Traoré visited Djibo on Monday.', 'He met troops.'],
  ],
  [
    'French honorific',
    'M. Coulibaly a été enlevé à Ségou. Il a été libéré le lendemain.',
    ['M. Coulibaly a été enlevé à Ségou.', 'Il a été libéré le lendemain.'],
  ],
  [
    'decimal number',
    'The convoy travelled 3.5 km. Then it stopped.',
    ['The convoy travelled 3.5 km.', 'Then it stopped.'],
  ],
  [
    'quote after period',
    "A witness said 'they fired everywhere.' The army denied it.",
    ["A witness said 'they fired everywhere.'", 'The army denied it.'],
  ],
  [
    'headline ending in a preposition',
    'War grinds on\n\nGunmen killed two.',
    ['War grinds on', 'Gunmen killed two.'],
  ],
  [
    'paragraph break inside a sentence (PDF text) going on in lower case',
    'Sanctions imposed by the regional bloc (ECOWAS)\n\ncreated an outcry in Gao.',
    ['Sanctions imposed by the regional bloc (ECOWAS)\n\ncreated an outcry in Gao.'],
  ],
  [
    'paragraph break after "of"',
    'Troops moved to the southern border of\n\nthe region. Calm returned.',
    ['Troops moved to the southern border of\n\nthe region.', 'Calm returned.'],
  ],
  [
    'a wire dateline is a sentence of its own',
    'GAO, Mali (AP) — Gunmen killed two traders. Calm returned.',
    ['GAO, Mali (AP) —', 'Gunmen killed two traders.', 'Calm returned.'],
  ],
  [
    'a dateline with the agency only',
    'NIAMEY, (Sahel News) – Talks resumed on Monday.',
    ['NIAMEY, (Sahel News) –', 'Talks resumed on Monday.'],
  ],
  [
    'line breaks',
    'Title of the story\nBody starts here.',
    ['Title of the story', 'Body starts here.'],
  ],
  [
    'hard-wrapped line',
    'Demonstrations took place in Gao, Kidal and\n\nMopti. Then calm.',
    ['Demonstrations took place in Gao, Kidal and\n\nMopti.', 'Then calm.'],
  ],
  [
    'wrapped lower case',
    'The convoy was attacked\nnear the bridge. Two died.',
    ['The convoy was attacked\nnear the bridge.', 'Two died.'],
  ],
  [
    'lower-case after period',
    'An attack near Gao vs. the army post.',
    ['An attack near Gao vs. the army post.'],
  ],
]

describe('splitSentences', () => {
  for (const [label, text, expected] of CASES) {
    it(label, () => {
      const got = splitSentences(text)
      assert.deepEqual(
        got.map((s) => s.text),
        expected,
      )
      for (const s of got) assert.equal(text.slice(s.start, s.end), s.text)
    })
  }
})
