/**
 * @module Remote violence roles on invented sentences: the vehicle of a car bomb is the device,
 * not a civilian target, so the force whose camp or patrol was hit is the target.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { extractEvents } from '../index.js'

const first = (text: string) => extractEvents({ id: 'doc', text, published_at: '2021-05-10' })[0]

describe('remote violence roles', () => {
  it('a car bomb at a military camp targets the military', () => {
    const e = first('On 5 May, a car bomb exploded at a military camp near Kona.')
    assert.equal(e?.event_type, 'Explosions/Remote violence')
    assert.match(e?.actor2 ?? '', /^Military Forces of Mali/)
  })
  it('a car bomb at a market still targets civilians', () => {
    const e = first('On 5 May, a car bomb exploded at the cattle market of Kona.')
    assert.match(e?.actor2 ?? '', /^Civilians/)
  })
})
