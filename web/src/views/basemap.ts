/**
 * @module
 * The offline basemap: Natural Earth country polygons from the `world-atlas` npm package
 * (countries-50m TopoJSON, emitted by Vite as a static asset and fetched from our own server),
 * converted to GeoJSON with `topojson-client`. No tile server and no network beyond this origin.
 */
import type { FeatureCollection } from 'geojson'
import L from 'leaflet'
import { feature } from 'topojson-client'
import type { GeometryCollection, Topology } from 'topojson-specification'
import countriesUrl from 'world-atlas/countries-50m.json?url'

type CountriesTopology = Topology<{ countries: GeometryCollection<{ name: string }> }>

/** Loads the country layer; resolves when it is on the map. */
export async function addBasemap(map: L.Map): Promise<L.GeoJSON> {
  const res = await fetch(countriesUrl)
  if (!res.ok) throw new Error(`basemap: HTTP ${res.status}`)
  const topo = (await res.json()) as CountriesTopology
  const countries = feature(topo, topo.objects.countries) as FeatureCollection
  const layer = L.geoJSON(countries, {
    interactive: false,
    style: { color: '#8d99a6', weight: 0.8, fillColor: '#f4f1ea', fillOpacity: 1 },
  })
  layer.addTo(map)
  layer.bringToBack()
  return layer
}
