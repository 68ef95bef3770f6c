/**
 * @module
 * A small map of a digest's incidents as inline SVG: an equirectangular frame fitted to the
 * points (with a margin, never narrower than a degree and a half), a labelled graticule, the
 * largest towns of the frame as grey reference marks (`map-towns.ts`), and a numbered dot per
 * alert sized by its death toll. No basemap and no external resource, so the digest stays one
 * self-contained file. In: points (and towns). Out: SVG text (empty when there is no point).
 */
import { escapeXml as x } from './xml-escape.js'

export interface MapPoint {
  readonly lat: number
  readonly lon: number
  readonly label: string
  readonly title: string
  readonly weight: number
}

export interface Town {
  readonly lat: number
  readonly lon: number
  readonly name: string
}

/** South, north, west, east edges in degrees. */
export interface Frame {
  readonly s: number
  readonly n: number
  readonly w: number
  readonly e: number
}

export const MAP_WIDTH = 480
export const MAP_HEIGHT = 300
const PAD = 0.75

/** The frame around the points, widened to the map's aspect ratio; null without points. */
export function mapFrame(points: readonly { lat: number; lon: number }[]): Frame | null {
  if (points.length === 0) return null
  const lats = points.map((p) => p.lat)
  const lons = points.map((p) => p.lon)
  let [s, n] = [Math.min(...lats) - PAD, Math.max(...lats) + PAD]
  let [w, e] = [Math.min(...lons) - PAD, Math.max(...lons) + PAD]
  // Degrees of longitude are narrower away from the equator.
  const k = Math.cos((((s + n) / 2) * Math.PI) / 180)
  const spanX = (e - w) * k
  const spanY = n - s
  if (spanX / spanY < MAP_WIDTH / MAP_HEIGHT) {
    const grow = ((spanY * MAP_WIDTH) / MAP_HEIGHT / k - (e - w)) / 2
    ;[w, e] = [w - grow, e + grow]
  } else {
    const grow = ((spanX * MAP_HEIGHT) / MAP_WIDTH - spanY) / 2
    ;[s, n] = [s - grow, n + grow]
  }
  return { s, n, w, e }
}

const fmt = (v: number, pos: string, neg: string) => `${Math.abs(v)}°${v >= 0 ? pos : neg}`

export function mapSvg(points: readonly MapPoint[], towns: readonly Town[] = []): string {
  const f = mapFrame(points)
  if (f === null) return ''
  const [W, H] = [MAP_WIDTH, MAP_HEIGHT]
  const px = (lon: number) => (((lon - f.w) / (f.e - f.w)) * W).toFixed(1)
  const py = (lat: number) => (((f.n - lat) / (f.n - f.s)) * H).toFixed(1)
  const step = Math.max(0.5, Math.round((f.e - f.w) / 5))
  const grid: string[] = []
  const labels: string[] = []
  for (let lon = Math.ceil(f.w / step) * step; lon < f.e; lon += step) {
    grid.push(`<line x1="${px(lon)}" y1="0" x2="${px(lon)}" y2="${H}"/>`)
    const label = fmt(lon, 'E', 'W')
    labels.push(`<text x="${px(lon)}" y="${H - 4}" text-anchor="middle">${label}</text>`)
  }
  for (let lat = Math.ceil(f.s / step) * step; lat < f.n; lat += step) {
    grid.push(`<line x1="0" y1="${py(lat)}" x2="${W}" y2="${py(lat)}"/>`)
    labels.push(`<text x="4" y="${py(lat)}" dy="-2">${fmt(lat, 'N', 'S')}</text>`)
  }
  const marks = towns.map((t) => `<rect x="${px(t.lon)}" y="${py(t.lat)}" width="4" height="4" ` +
    `transform="translate(-2 -2)" fill="#7b8894"/><text x="${px(t.lon)}" y="${py(t.lat)}" ` +
    `dx="5" dy="3">${x(t.name)}</text>`)
  const dots = points.map((p) => {
    const r = Math.min(16, 6 + Math.sqrt(p.weight) * 1.5).toFixed(1)
    const [cx, cy] = [px(p.lon), py(p.lat)]
    return `<g><title>${x(p.title)}</title><circle cx="${cx}" cy="${cy}" r="${r}" ` +
      `fill="#c0392b" fill-opacity="0.8" stroke="#fff"/><text x="${cx}" y="${cy}" dy="0.35em" ` +
      `text-anchor="middle" font-size="10" fill="#fff">${x(p.label)}</text></g>`
  })
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" ` +
    `height="${H}" role="img" aria-label="map of the alerts" font-family="sans-serif">` +
    `<rect width="${W}" height="${H}" fill="#eef3f7"/>` +
    `<g stroke="#c8d3dc" stroke-width="0.5">${grid.join('')}</g>` +
    `<g font-size="9" fill="#8a97a3">${labels.join('')}</g>` +
    `<g font-size="10" fill="#4d5a66">${marks.join('')}</g>${dots.join('')}</svg>`
}
