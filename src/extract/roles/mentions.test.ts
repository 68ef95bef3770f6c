/**
 * @module Role mentions on invented sentences: anaphors ('the militiamen'), presumptions in
 * brackets, 'joint forces of …', unidentified militants.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { foldText } from '../text/span.js'
import { findRoleMentions } from './mentions.js'

const CTX = { country: 'Mali', date: '2018-06-01' }

/** The name the mention whose text starts with `word` resolves to. */
function nameOf(text: string, word: string, nth = 0): string | null {
  const ms = findRoleMentions(text, foldText(text), 0, text.length, CTX)
  const m = ms.filter((x) => x.text.toLowerCase().startsWith(word.toLowerCase()))[nth]
  assert.ok(m, `no mention starting '${word}' in: ${ms.map((x) => x.text).join(' | ')}`)
  return m.name
}

describe('role mentions', () => {
  it('the militiamen: the ethnic militia named before', () => {
    const t =
      'Bozo militiamen raided the hamlet of Kera, and fighting between the militiamen and ' +
      'villagers followed.'
    assert.match(nameOf(t, 'militiamen', 0) ?? '', /^Bozo Ethnic Militia \(Mali\)/)
  })
  it('militiamen without a determiner stay unnamed', () => {
    const t = 'Bozo fishermen were attacked near Kera; militiamen were blamed.'
    assert.doesNotMatch(nameOf(t, 'militiamen') ?? '', /^Bozo/)
  })
  it("unknown gunmen (presumably 'jihadists'): the presumed Islamist militia", () => {
    const t = "A school was burned by unknown gunmen (presumably 'jihadists') near Tenenkou."
    assert.match(nameOf(t, 'unknown gunmen') ?? '', /^Islamist Militia \(Mali\)/)
  })
  it('unknown gunmen (possibly jihadists) stay unidentified', () => {
    const t = 'A school was burned by unknown gunmen (possibly jihadists) near Tenenkou.'
    assert.match(nameOf(t, 'unknown gunmen') ?? '', /^Unidentified Armed Group/)
  })
  it('unidentified militants are an unidentified armed group', () => {
    const t = 'Unidentified militants stole forty goats near Gossi.'
    assert.match(nameOf(t, 'unidentified militants') ?? '', /^Unidentified Armed Group \(Mali\)/)
  })
  it('suspected militants are still an Islamist militia', () => {
    const t = 'Suspected militants stole forty goats near Gossi.'
    assert.match(nameOf(t, 'suspected militants') ?? '', /^Islamist Militia \(Mali\)/)
  })
  it('joint forces of a named force are that force, not the G5 Sahel force', () => {
    const t = 'Joint forces of the Malian army and GATIA were ambushed near Talataye.'
    const ms = findRoleMentions(t, foldText(t), 0, t.length, CTX)
    assert.ok(!ms.some((m) => m.name === 'G5 Sahel Joint Force'), ms.map((m) => m.name).join('|'))
    assert.match(ms[0]?.name ?? '', /^Military Forces of Mali/)
  })
  it('the Joint Force alone is still the G5 Sahel force', () => {
    const t = 'The Joint Force patrolled near Boulkessi.'
    assert.equal(nameOf(t, 'joint force'), 'G5 Sahel Joint Force')
  })
  it("'pro-government', 'anti-French' mention no government or French force", () => {
    const t = 'Pro-government militiamen and anti-French youths clashed near Ber.'
    const ms = findRoleMentions(t, foldText(t), 0, t.length, CTX)
    const names = ms.map((m) => m.name ?? '').join('|')
    assert.doesNotMatch(names, /Government of Mali|France/)
  })
})
