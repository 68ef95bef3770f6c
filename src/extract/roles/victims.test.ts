/** @module Associated actors of civilians and protesters: who the people are, ACLED's labels. */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { extractEvents } from '../index.js'

// [label, sentence, field, expected associated actors]
const CASES: ReadonlyArray<[string, string, 'assoc_actor_1' | 'assoc_actor_2', RegExp]> = [
  [
    'ethnic group and occupation of the victims',
    'On Monday, unknown gunmen killed two Fulani herders near Nampala.',
    'assoc_actor_2',
    /^Fulani Ethnic Group \(Mali\); Pastoralists \(Mali\)$/,
  ],
  [
    'a teacher',
    'On Tuesday, gunmen abducted a teacher near Tenenkou.',
    'assoc_actor_2',
    /^Teachers \(Mali\)$/,
  ],
  [
    'a mayor is the government',
    'On Friday, the mayor of Sogou was shot dead by unidentified gunmen.',
    'assoc_actor_2',
    /^Government of Mali/,
  ],
  [
    'aid workers are no labour group',
    'On Sunday, gunmen abducted two humanitarian workers near Ménaka.',
    'assoc_actor_2',
    /^Aid Workers \(Mali\)$/,
  ],
  [
    'protesting teachers',
    'On Monday, teachers protested in Bamako over unpaid salaries.',
    'assoc_actor_1',
    /^Teachers \(Mali\)$/,
  ],
  [
    'protesting students',
    'On Monday, students in Sikasso protested against the closure of their school.',
    'assoc_actor_1',
    /^Students \(Mali\)$/,
  ],
  [
    'a mob punishing suspects acts as a vigilante group',
    'On Sunday, a mob in Gao lynched two suspected thieves, killing one of them.',
    'assoc_actor_1',
    /^Vigilante Group \(Mali\)$/,
  ],
  [
    'the community named right after the victims',
    'On Thursday, armed men kidnapped two brothers of the Imghad tribe near Tidermene.',
    'assoc_actor_2',
    /^Imghad Ethnic Group \(Mali\)$/,
  ],
]

describe('associated actors of civilians', () => {
  for (const [label, text, field, want] of CASES) {
    it(label, () => {
      const e = extractEvents({ id: 'v', text, published_at: '2018-06-10' })[0]
      assert.match(e?.[field] ?? '', want, `${label}: ${e?.[field]}`)
    })
  }
})

describe('an ethnic group after a violence noun', () => {
  for (const text of [
    'On 7 May, the massacre of Dogon near Kona left 30 dead.',
    'Le 7 mai, le massacre de Dogons près de Kona a fait 30 morts.',
  ]) {
    it(`is the civilian victims: ${text}`, () => {
      const e = extractEvents({ id: 'doc', text, published_at: '2021-05-10' })[0]
      assert.doesNotMatch(e?.actor1 ?? '', /Dogon/)
      assert.match(e?.actor2 ?? '', /^Civilians \(Mali\)/)
      assert.match(e?.assoc_actor_2 ?? '', /Dogon Ethnic Group/)
    })
  }
})
