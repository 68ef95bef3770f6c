/**
 * @module
 * The inner box of a `near` circle: a latitude/longitude box every point of which lies within
 * the radius, so the filter need not compute the haversine distance of the events inside it
 * (most of a dense circle's events; the distance is still computed in the ring between this box
 * and the bounding box). In: the circle and the Earth radius; out: the box, or null when the
 * circle is too large, reaches a pole or crosses the antimeridian (then every distance is
 * computed). Sound by the haversine formula itself: hav(d/R) = hav(Δφ) + cos φ₁·cos φ₂·hav(Δλ),
 * each term bounded by half of hav(km/R), shrunk by SAFETY so float rounding of the SQL distance
 * (about 1e-15 relative) can never put a point of the box beyond the radius.
 */

/** Relative margin of the box's haversine budget, far above float rounding. */
const SAFETY = 1e-6
const RAD = Math.PI / 180
const hav = (x: number) => Math.sin(x / 2) ** 2
/** The angle whose haversine is h (0 ≤ h ≤ 1). */
const ahav = (h: number) => 2 * Math.asin(Math.sqrt(h))

export interface InnerBox {
  readonly latMin: number
  readonly latMax: number
  readonly lonMin: number
  readonly lonMax: number
}

/** The inner box of the circle of `km` around (lat, lon), or null. Pure. */
export function innerBox(
  near: { lat: number; lon: number; km: number },
  earthRadiusKm: number,
): InnerBox | null {
  const d = near.km / earthRadiusKm
  if (!(d > 0) || d >= Math.PI / 2) return null
  const budget = (hav(d) * (1 - SAFETY)) / 2
  const a = ahav(budget) / RAD
  const latMin = near.lat - a
  const latMax = near.lat + a
  if (latMin <= -90 || latMax >= 90) return null
  // cos φ₂ is largest at the latitude of the band nearest the equator.
  const nearest = latMin <= 0 && latMax >= 0 ? 0 : Math.min(Math.abs(latMin), Math.abs(latMax))
  const cosProduct = Math.cos(near.lat * RAD) * Math.cos(nearest * RAD)
  const h = budget / cosProduct
  if (!(cosProduct > 0) || h >= 1) return null
  const b = ahav(h) / RAD
  const lonMin = near.lon - b
  const lonMax = near.lon + b
  if (lonMin < -180 || lonMax > 180) return null
  return { latMin, latMax, lonMin, lonMax }
}
