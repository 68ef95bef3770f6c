/**
 * @module
 * The near filter's inner box never changes an answer: its corners lie within the radius
 * (checked with the haversine in JS), and on random invented points — many of them placed on the
 * inner box's edges and corners and on the circle itself — the filter keeps exactly the events a
 * plain haversine scan keeps, on PGlite and PostgreSQL.
 */
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { makeDoc, makeEvent } from '../store/_fixtures.js'
import { BACKENDS } from '../store/_backends.js'
import type { Database } from '../store/queryable.js'
import { createSqlStore } from '../store/sql-store.js'
import type { Store } from '../store/store.js'
import { innerBox } from './near-inner-box.js'
import { EARTH_RADIUS_KM, whereClause } from './where-clause.js'

const RAD = Math.PI / 180
/** Great-circle distance in km, the same formula as the SQL. */
function km(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const h = Math.sin(((lat2 - lat1) * RAD) / 2) ** 2 +
    Math.cos(lat1 * RAD) * Math.cos(lat2 * RAD) * Math.sin(((lon2 - lon1) * RAD) / 2) ** 2
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)))
}

function random(seed: number) {
  let a = seed
  return () => (a = (a * 1103515245 + 12345) % 2147483648) / 2147483648
}

/** Circles of 1–3,000 km at latitudes up to ±80. */
const CIRCLES = (() => {
  const r = random(5)
  return Array.from({ length: 40 }, () =>
    ({ lat: -80 + r() * 160, lon: -175 + r() * 350, km: 1 + r() ** 3 * 3000 }))
})()

describe('innerBox', () => {
  it('its corners and edge midpoints lie within the radius', () => {
    for (const c of CIRCLES) {
      const b = innerBox(c, EARTH_RADIUS_KM)
      if (b === null) continue
      for (const lat of [b.latMin, c.lat, b.latMax]) for (const lon of [b.lonMin, c.lon, b.lonMax]) {
        assert.ok(km(c.lat, c.lon, lat, lon) <= c.km, `${JSON.stringify(c)} at ${lat},${lon}`)
      }
    }
  })
  it('none for a circle reaching a pole or crossing the antimeridian', () => {
    assert.equal(innerBox({ lat: 89.5, lon: 0, km: 100 }, EARTH_RADIUS_KM), null)
    assert.equal(innerBox({ lat: 0, lon: 179.9, km: 50 }, EARTH_RADIUS_KM), null)
    assert.notEqual(innerBox({ lat: 14.49, lon: -4.19, km: 50 }, EARTH_RADIUS_KM), null)
  })
})

/** Points around each circle: uniform in its bounding box, on the inner box, on the circle. */
function points(seed: number) {
  const r = random(seed)
  const out: { lat: number; lon: number }[] = []
  for (const c of CIRCLES) {
    const b = innerBox(c, EARTH_RADIUS_KM)
    const dLat = c.km / 111
    for (let i = 0; i < 15; i++) {
      const t = r() * 2 * Math.PI
      const onCircle = { lat: c.lat + dLat * Math.sin(t), lon: c.lon + (dLat * Math.cos(t)) /
        Math.cos(c.lat * RAD) }
      const inBox = { lat: c.lat + (r() - 0.5) * 2.2 * dLat, lon: c.lon + (r() - 0.5) * 2.2 * dLat }
      const edge = b === null ? inBox : r() < 0.5
        ? { lat: r() < 0.5 ? b.latMin : b.latMax, lon: b.lonMin + r() * (b.lonMax - b.lonMin) }
        : { lat: b.latMin + r() * (b.latMax - b.latMin), lon: r() < 0.5 ? b.lonMin : b.lonMax }
      out.push(onCircle, inBox, edge)
    }
  }
  return out.filter((p) => Math.abs(p.lat) <= 90 && Math.abs(p.lon) <= 180)
}

for (const backend of BACKENDS) describe(`near with the inner box vs haversine (${backend.name})`,
  () => {
    let db: Database
    let store: Store
    before(async () => {
      db = await backend.openDb()
      store = createSqlStore(db)
      const evs = points(3).map((p, i) =>
        makeEvent('doc_near', i, { latitude: p.lat, longitude: p.lon }))
      await store.ingest(makeDoc('Near report'), 'doc_near', evs)
    })
    after(() => store.close())

    it('keeps the same events for every circle', async () => {
      const plain = `2 * ${EARTH_RADIUS_KM} * asin(least(1, sqrt(
        power(sin(radians(e.latitude - $1::float8) / 2), 2) +
        cos(radians($1::float8)) * cos(radians(e.latitude)) *
        power(sin(radians(e.longitude - $2::float8) / 2), 2)))) <= $3::float8`
      const ids = async (sql: string, params: unknown[]) => (await db.query<{ id: string }>(
        `SELECT e.event_id AS id FROM events e WHERE ${sql} ORDER BY 1`, params))
        .rows.map((x) => x.id)
      let kept = 0
      for (const near of CIRCLES) {
        const w = whereClause({ near })
        const want = await ids(plain, [near.lat, near.lon, near.km])
        assert.deepEqual(await ids(w.sql, w.params), want, JSON.stringify(near))
        kept += want.length
      }
      assert.ok(kept > 500, `the circles hold points (${kept})`)
    })
  })
