/**
 * @module The parties of an event whose first cue only burned or destroyed are read in the
 * sentence of the cue that decided its type (invented sentences).
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { extractEvents } from '../index.js'

const first = (text: string) => extractEvents({ id: 'doc', text, published_at: '2021-05-10' })[0]

describe('roles at the deciding cue', () => {
  it('burned shops; soldiers then killed traders: the soldiers killed', () => {
    const e = first(
      'On 3 May, militants burned several shops in Kona; soldiers then killed two traders ' +
        'in the village.',
    )
    assert.equal(e?.event_type, 'Violence against civilians')
    assert.match(e?.actor1 ?? '', /^Military Forces of Mali/)
    assert.match(e?.actor2 ?? '', /^Civilians/)
  })
  it('one clause: who burned also killed', () => {
    const e = first('On 3 May, militants burned several shops in Kona and killed two traders.')
    assert.match(e?.actor1 ?? '', /^Islamist Militia/)
  })
})
