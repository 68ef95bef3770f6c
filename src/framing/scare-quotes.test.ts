/** @module Scare quotes versus reported speech and quoted names. */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { findScareQuotes } from './scare-quotes.js'

const cases: readonly { label: string; text: string; spans: readonly string[] }[] = [
  {
    label: 'so-called before a quoted word',
    text: 'The so-called "liberators" never left.',
    spans: ['"liberators"'],
  },
  {
    label: 'curly single quotes around a label',
    text: 'The strikes hit ‘terrorists’ near the river.',
    spans: ['‘terrorists’'],
  },
  {
    label: 'ironic quoted process word',
    text: 'The junta promised a “transition” that never came.',
    spans: ['“transition”'],
  },
  {
    label: 'French guillemets',
    text: 'Les « libérateurs » sont restés dix ans.',
    spans: ['« libérateurs »'],
  },
  { label: 'speech after a colon', text: 'The colonel said: "We will hold the town."', spans: [] },
  {
    label: 'quote followed by a speech verb',
    text: '"We are ready," the spokesman said.',
    spans: [],
  },
  {
    label: 'long quote is speech',
    text: 'He called it "a long and difficult road to peace for all" yesterday.',
    spans: [],
  },
  {
    label: 'quoted operation name',
    text: 'The army launched Operation "Desert Shield" in March.',
    spans: [],
  },
  {
    label: 'quoted Title Case name',
    text: 'They met at the “Peace Forum” in the capital.',
    spans: [],
  },
  {
    label: 'partial quotation opening with a function word',
    text: 'The guards tried “in vain” to stop them.',
    spans: [],
  },
  { label: 'quoted slogan', text: 'They chanted slogans like "France out" all day.', spans: [] },
  { label: 'apostrophe inside a word', text: "The army's patrol didn't return.", spans: [] },
]

describe('findScareQuotes', () => {
  for (const c of cases) {
    it(`${c.label}: ${c.text}`, () => {
      const found = findScareQuotes(c.text)
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
