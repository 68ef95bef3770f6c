/**
 * @module
 * `locateNational(country)`: where ACLED codes a protest that names no place at all: the
 * country's capital, at geo_precision 3 (only the country is known) and with no evidence span,
 * since the text states no place. In: a country name; out: a `LocatedEvent`, or null when the
 * country or its capital is unknown.
 */
import { findCountry } from './countries.js'
import { sahelIndex } from './sahel-gazetteer.js'
import type { LocatedEvent } from './types.js'
import { lookupWorldCity } from './world-gazetteer.js'

/** The capital of `country` as an area-level location, or null. */
export function locateNational(country: string): LocatedEvent | null {
  const c = findCountry(country)
  if (!c) return null
  const capital = [...sahelIndex().lookupExact(c.capital), ...lookupWorldCity(c.capital)]
    .filter((p) => p.country === c.en && p.kind === 'populated')
    .sort((a, b) => b.population - a.population)[0]
  if (!capital) return null
  return {
    location: capital.name,
    country: capital.country,
    admin1: capital.admin1,
    admin2: capital.admin2,
    latitude: capital.latitude,
    longitude: capital.longitude,
    geo_precision: 3,
    evidence: [],
  }
}
