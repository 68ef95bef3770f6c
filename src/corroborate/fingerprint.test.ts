/**
 * @module
 * Tests for document fingerprints: a republished story (new headline and footer) is a near
 * duplicate, an independent write-up of the same event is not, and signatures are stable.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { nearDuplicate, shingles, similarity, textFingerprint } from './fingerprint.js'

const WIRE =
  'KESSEL FORD, March 1 (Invented Wire) - Gunmen on motorbikes ambushed an army patrol on the ' +
  'road north of Kessel Ford on Friday, killing six soldiers, two security sources said. The ' +
  'attackers fled towards the hills after a firefight that lasted about an hour, the sources ' +
  'added. No group has claimed responsibility for the attack so far.'
const REPUBLISHED = `Six soldiers killed in ambush near Kessel Ford\n\n${WIRE}\n\nShare this story.`
const INDEPENDENT =
  'Residents of Kessel Ford told our reporter that eight soldiers died when their patrol was ' +
  'attacked north of the town on Friday morning. A local official blamed fighters who have ' +
  'roamed the hills for months and said the wounded were taken to the district hospital.'

describe('fingerprint', () => {
  it('near duplicates and independent texts', () => {
    const cases: [string, string, string, boolean][] = [
      ['same text', WIRE, WIRE, true],
      ['republished with headline and footer', WIRE, REPUBLISHED, true],
      ['independent report of the same event', WIRE, INDEPENDENT, false],
    ]
    for (const [label, a, b, want] of cases) {
      assert.equal(nearDuplicate(textFingerprint(a), textFingerprint(b)), want, label)
    }
    const s = similarity(textFingerprint(WIRE), textFingerprint(INDEPENDENT))
    assert.ok(s < 0.2, `independent similarity ${s} stays low`)
  })

  it('shape and stability', () => {
    const f = textFingerprint(WIRE)
    assert.match(f, /^[0-9a-f]{512}$/, '64 slots of 8 hex digits')
    assert.equal(textFingerprint(WIRE), f, 'deterministic')
    assert.deepEqual([...shingles('One two')], ['one two'], 'short text is one shingle')
    assert.equal(nearDuplicate(null, f), false, 'a missing fingerprint is never a duplicate')
    const empty = textFingerprint(' … ')
    assert.equal(nearDuplicate(empty, empty), false, 'texts without words are never duplicates')
  })
})
