/** @module Tests for the national fallback: a protest with no place is coded at the capital. */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { locateNational } from './national.js'

test('locateNational: the capital at precision 3, with no evidence', () => {
  const cases: [string, string, string][] = [
    ['Mali', 'Bamako', 'Bamako'],
    ['Burkina Faso', 'Ouagadougou', 'Centre'],
    ['Niger', 'Niamey', 'Niamey'],
  ]
  for (const [country, location, admin1] of cases) {
    const got = locateNational(country)
    assert.equal(got?.location, location, `${country}: capital`)
    assert.equal(got?.admin1, admin1, `${country}: admin1`)
    assert.equal(got?.geo_precision, 3, `${country}: only the country is known`)
    assert.deepEqual(got?.evidence, [], `${country}: the text states no place`)
  }
  assert.equal(locateNational('Atlantis'), null, 'an unknown country has no capital')
})
