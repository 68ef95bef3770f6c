/**
 * @module
 * Property test: over many generated documents (seeded), every evidence span satisfies
 * `span.text === doc.text.slice(span.start, span.end)`, records validate against the schema
 * and event ids run `${doc_id}:1…n` in text order.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { EventSchema } from '../schema/event.js'
import { extractEvents } from './index.js'

const PIECES = [
  'On 14 March, unknown gunmen attacked the village of Kara, killing three civilians.',
  'Des hommes armés ont enlevé deux commerçants près de Ségou dimanche dernier.',
  'The attack killed at least 12 soldiers and wounded five others.',
  'Hundreds of people marched in the capital against the junta on Friday.',
  'An IED struck a UN convoy near the border; no casualties were reported.',
  'Selon des sources locales, les assaillants auraient tué une dizaine de villageois.',
  'Since 2012, armed groups have killed hundreds of people in the region.',
  'Floods destroyed 300 houses after heavy rains.',
  'Soldiers reportedly executed between 10 and 15 suspects in the night of 3 to 4 April.',
  'L’armée a neutralisé vingt-et-un terroristes lors d’une frappe aérienne à Ménaka.',
  'Militants besieged the town; meanwhile, youths burned tyres in protest.',
  '« Ils ont tiré partout », a déclaré un témoin à Djibo.',
  'Three days later the toll rose to 30 dead.',
  'The minister gave a speech at the United Nations.',
]

function rng(seed: number): () => number {
  let s = seed >>> 0
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0
    return s / 2 ** 32
  }
}

describe('evidence spans', () => {
  it('hold text === doc.text.slice(start, end) over 300 generated documents', () => {
    const next = rng(42)
    let spans = 0
    for (let i = 0; i < 300; i++) {
      const n = 1 + Math.floor(next() * 5)
      const parts: string[] = []
      for (let k = 0; k < n; k++) parts.push(PIECES[Math.floor(next() * PIECES.length)] ?? '')
      const sep = next() < 0.3 ? '\n\n' : next() < 0.5 ? '  ' : ' '
      const text = (next() < 0.2 ? '   ' : '') + parts.join(sep)
      const day = String(1 + Math.floor(next() * 28)).padStart(2, '0')
      const events = extractEvents({ id: `g${i}`, text, published_at: `2022-04-${day}` })
      events.forEach((e, j) => {
        EventSchema.parse(e)
        assert.equal(e.event_id, `g${i}:${j + 1}`)
        for (const s of e.evidence) {
          assert.ok(s.start <= s.end && s.end <= text.length, `span in range: ${JSON.stringify(s)}`)
          assert.equal(s.text, text.slice(s.start, s.end))
          spans++
        }
      })
    }
    assert.ok(spans > 300, `enough spans checked (${spans})`)
  })
})
