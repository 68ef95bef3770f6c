/** @module Tests for qualifiers: a name that describes the one before it vs a list of places. */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { locateEvent } from './locate-event.js'

/** Where the event is coded when the focus is the part of the sentence from `from` on. */
function placeOf(text: string, from: string): string | undefined {
  const start = text.indexOf(from)
  return locateEvent({ text, focus: { start, end: start + from.length } })?.location
}

test('qualifiers: a list of places is no chain of qualifiers', () => {
  const text = 'Marches were also held in Kayes, Kadiolo and Bougouni on Saturday.'
  assert.equal(placeOf(text, 'Kadiolo'), 'Kadiolo', 'middle item is its own place')
  assert.equal(placeOf(text, 'Bougouni'), 'Bougouni', 'last item is its own place')
})

test('qualifiers: a comma or a bracket after a village still names its area', () => {
  const cases = [
    ['Gunmen attacked Boni, Douentza, on Monday.', 'Boni'],
    ['Gunmen attacked Boni (Douentza) on Monday.', 'Boni'],
    ['Gunmen attacked Tomona, commune of Diafarabe, on Monday.', 'Tomona'],
  ] as const
  for (const [text, want] of cases) {
    assert.equal(locateEvent({ text, focus: { start: 0, end: text.length } })?.location, want, text)
  }
})
