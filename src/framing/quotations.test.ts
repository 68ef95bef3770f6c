/** @module Quoted speech: the source's words are marked apart from the outlet's own voice. */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { analyzeFraming } from './index.js'
import { findQuotations } from './quotations.js'

describe('findQuotations', () => {
  const cases = [
    {
      label: 'French guillemets after a speech verb',
      text: 'L’armée a déclaré : « Nous avons neutralisé des terroristes barbares ». Fin.',
      regions: 1,
    },
    {
      label: 'English quote followed by the speaker',
      text: '"The butchers will pay for this massacre," the governor said on Monday.',
      regions: 1,
    },
    {
      label: 'a scare quote is the outlet’s own',
      text: 'The so-called "liberators" stayed.',
      regions: 0,
    },
    { label: 'no quotes', text: 'Gunmen attacked the post.', regions: 0 },
  ]
  for (const c of cases) {
    it(c.label, () => {
      assert.equal(findQuotations(c.text).length, c.regions, c.label)
    })
  }
})

describe('analyzeFraming with quoted speech', () => {
  const text =
    'Barbaric gunmen struck the market. "These savage terrorists will be crushed," the minister said.'
  const result = analyzeFraming(text, { outlet: 'Test' })

  it('marks loaded spans inside the quote and leaves the outlet’s own unmarked', () => {
    const own = result.loaded.filter((s) => !s.quoted).map((s) => s.text)
    const quoted = result.loaded.filter((s) => s.quoted).map((s) => s.text)
    assert.ok(
      own.some((t) => t.includes('Barbaric')),
      `own voice: ${own.join(' | ')}`,
    )
    assert.ok(
      quoted.some((t) => t.includes('savage')),
      `quoted: ${quoted.join(' | ')}`,
    )
  })

  it('counts only the outlet’s own voice in loadedRate', () => {
    assert.ok(result.loadedRate < result.loadedRateAll, 'quoted speech left out of the rate')
  })
})
