/** @module Name-calling rules: labels on people and groups versus neutral naming. */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { findNameCalling } from './name-calling.js'

const cases: readonly { label: string; text: string; spans: readonly string[]; det?: boolean }[] = [
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
    label: 'determiner on request',
    text: 'The junta closed the border.',
    spans: ['The junta'],
    det: true,
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
]

describe('findNameCalling', () => {
  for (const c of cases) {
    it(`${c.label}: ${c.text}`, () => {
      const found = findNameCalling(
        c.text,
        c.det === undefined ? { determiner: false } : { determiner: c.det },
      )
      assert.deepEqual(
        found.map((s) => s.text),
        c.spans,
        c.label,
      )
      for (const s of found)
        assert.equal(c.text.slice(s.start, s.end), s.text, `${c.label}: exact span`)
    })
  }
})
