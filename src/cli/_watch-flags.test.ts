/**
 * @module
 * `watchlist add` flags to a watchlist: lists split on commas, the area from --near and
 * --radius, and errors that name the flag.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { watchlistFromFlags } from './_watch-flags.js'

describe('watchlistFromFlags', () => {
  it('builds the filter', () => {
    const w = watchlistFromFlags({
      name: 'Mopti', admin1: 'Mopti', type: 'Battles, Violence against civilians',
      actor: 'JNIM,Dan Na Ambassagou', near: '14.49,-4.19', radius: '30', minFatalities: '5',
      webhook: 'https://hooks.example/x', secret: 'sixteen-chars-or-more',
    })
    assert.deepEqual(w.filter, {
      admin1: 'Mopti', types: ['Battles', 'Violence against civilians'],
      actors: ['JNIM', 'Dan Na Ambassagou'], area: { lat: 14.49, lon: -4.19, radius_km: 30 },
      min_fatalities: 5,
    })
    assert.equal(w.webhook_url, 'https://hooks.example/x')
  })
  const cases: [string, Record<string, string>, RegExp][] = [
    ['unknown type', { type: 'Picnics' }, /--type/],
    ['bad near', { near: '14.49' }, /--near/],
    ['radius alone', { radius: '5' }, /--radius needs --near/],
    ['negative radius', { near: '1,2', radius: '-3' }, /--near\/--radius/],
    ['toll not a number', { minFatalities: 'many' }, /--min-fatalities/],
    ['bad webhook', { webhook: 'ftp://x' }, /--webhook/],
    ['secret alone', { secret: 'sixteen-chars-or-more' }, /--secret needs --webhook/],
    ['short secret', { webhook: 'https://h.example/', secret: 'short' }, /--secret/],
  ]
  for (const [label, flags, want] of cases) {
    it(label, () => assert.throws(() => watchlistFromFlags({ name: 'x', ...flags }), want))
  }
})
