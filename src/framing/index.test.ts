/** @module The framing entry point: one call, plain JSON data, exact spans. */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { analyzeFraming } from './index.js'

const TEXT = [
  'Mali: the so-called "transition" drags on',
  '',
  'The bloody military junta, propped up by Wagner mercenaries, crushed the protest.',
  'JNIM, the Sahel branch of al-Qaeda, attacked an army post near Boni.',
  'Le porte-parole a dénoncé une attaque lâche et barbare.',
].join('\n')

describe('analyzeFraming', () => {
  const result = analyzeFraming(TEXT, { outlet: 'Test Outlet', published: '2022-02-01' })

  it('returns plain JSON-serialisable data', () => {
    assert.deepEqual(JSON.parse(JSON.stringify(result)), result, 'survives a JSON round trip')
    assert.equal(result.outlet, 'Test Outlet', 'outlet carried')
  })

  it('finds loaded language, name calling and scare quotes with exact spans', () => {
    const spans = [...result.loaded, ...result.scareQuotes]
    for (const s of spans) assert.equal(TEXT.slice(s.start, s.end), s.text, `exact span: ${s.text}`)
    assert.ok(
      result.loaded.some((s) => s.text.includes('bloody military junta')),
      'loaded junta',
    )
    assert.ok(
      result.loaded.some((s) => s.text.includes('barbare')),
      'French loaded word',
    )
    assert.deepEqual(
      result.scareQuotes.map((s) => s.text),
      ['"transition"'],
      'scare quote',
    )
    assert.ok(result.loadedRate > 0, 'rate per 1,000 words')
  })

  it('gives labels to actors and relations between them', () => {
    assert.ok(
      result.labels.some((l) => l.label === 'bloody military junta' && l.loaded),
      'loaded junta label',
    )
    assert.ok(
      result.labels.some((l) => l.actor === 'Wagner Group' && l.label === 'Wagner mercenaries'),
      'Wagner label',
    )
    const kinds = result.relations.map(
      (r) => `${r.a.split(':')[0]} ${r.kind} ${r.b.split(' (')[0]}`,
    )
    assert.ok(kinds.includes('JNIM part_of al-Qaeda'), `part_of in ${kinds.join('; ')}`)
    assert.ok(
      kinds.includes('Wagner Group aligned_with Government of Mali'),
      `aligned_with in ${kinds.join('; ')}`,
    )
  })
})
