/**
 * @module
 * A small map of a digest's incidents as inline SVG: the points on an equirectangular frame
 * fitted to them (with a margin), a graticule every few degrees and a numbered dot per alert,
 * sized by its death toll. No basemap and no external resource, so the digest stays one
 * self-contained file. In: points with a label. Out: SVG text (empty when there is no point).
 */
import { escapeXml as x } from './xml-escape.js'

export interface MapPoint {
  readonly lat: number
  readonly lon: number
  readonly label: string
  readonly title: string
  readonly weight: number
}

export function mapSvg(points: readonly MapPoint[], width = 480, height = 300): string {
  if (points.length === 0) return ''
  const lats = points.map((p) => p.lat)
  const lons = points.map((p) => p.lon)
  const pad = 0.5
  let [s, n] = [Math.min(...lats) - pad, Math.max(...lats) + pad]
  let [w, e] = [Math.min(...lons) - pad, Math.max(...lons) + pad]
  // Keep the aspect ratio of the frame (degrees of longitude narrowed by latitude).
  const k = Math.cos((((s + n) / 2) * Math.PI) / 180)
  const spanX = (e - w) * k
  const spanY = n - s
  if (spanX / spanY < width / height) {
    const grow = ((spanY * width) / height / k - (e - w)) / 2
    ;[w, e] = [w - grow, e + grow]
  } else {
    const grow = ((spanX * height) / width - spanY) / 2
    ;[s, n] = [s - grow, n + grow]
  }
  const px = (lon: number) => ((lon - w) / (e - w)) * width
  const py = (lat: number) => ((n - lat) / (n - s)) * height
  const step = Math.max(1, Math.round((e - w) / 6))
  const grid: string[] = []
  for (let lon = Math.ceil(w / step) * step; lon < e; lon += step) {
    grid.push(`<line x1="${px(lon).toFixed(1)}" y1="0" x2="${px(lon).toFixed(1)}" y2="${height}"/>`)
  }
  for (let lat = Math.ceil(s / step) * step; lat < n; lat += step) {
    grid.push(`<line x1="0" y1="${py(lat).toFixed(1)}" x2="${width}" y2="${py(lat).toFixed(1)}"/>`)
  }
  const dots = points.map((p) => {
    const r = Math.min(16, 5 + Math.sqrt(p.weight) * 1.5)
    const [cx, cy] = [px(p.lon).toFixed(1), py(p.lat).toFixed(1)]
    return `<g><title>${x(p.title)}</title><circle cx="${cx}" cy="${cy}" r="${r.toFixed(1)}" ` +
      `fill="#c0392b" fill-opacity="0.75" stroke="#fff"/><text x="${cx}" y="${cy}" dy="0.35em" ` +
      `text-anchor="middle" font-size="10" fill="#fff">${x(p.label)}</text></g>`
  })
  return '<svg xmlns="http://www.w3.org/2000/svg" ' +
    `viewBox="0 0 ${width} ${height}" width="${width}" ` +
    `height="${height}" role="img" aria-label="map of the alerts"><rect width="${width}" ` +
    `height="${height}" fill="#eef3f7"/><g stroke="#c8d3dc" stroke-width="0.5">${grid.join('')}` +
    `</g>${dots.join('')}</svg>`
}
