/**
 * @module
 * Synthetic inputs for benchmarks: short invented conflict reports built from templates over real
 * Sahel place names, and ready-made `EventRecord`s for query-latency runs at volume. Seeded, so
 * every run measures the same inputs.
 */
import { createHash } from 'node:crypto'
import type { RawDoc } from '../../src/schema/document.js'
import type { EventRecord } from '../../src/schema/event.js'

const PLACES = [
  ['Boni', 15.0, -2.05], ['Douentza', 15.0, -2.95], ['Gao', 16.27, -0.04], ['Menaka', 15.92, 2.4],
  ['Djibo', 14.1, -1.63], ['Kidal', 18.44, 1.41], ['Mopti', 14.49, -4.19], ['Tillaberi', 14.21, 1.45],
] as const
const TEMPLATES = [
  'Gunmen killed {n} civilians in {p} on {d}, residents said.',
  'Suspected jihadists ambushed an army patrol near {p} on {d}, killing {n} soldiers.',
  'An improvised explosive device hit a military vehicle near {p} on {d}; {n} soldiers died.',
  'Hundreds of people protested peacefully in {p} on {d} against insecurity.',
  'The army said it killed {n} militants in an air strike near {p} on {d}.',
]
const TYPES = ['Battles', 'Violence against civilians', 'Explosions/Remote violence', 'Protests'] as const

/** A small deterministic PRNG (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function pick<T>(r: () => number, xs: readonly T[]): T {
  return xs[Math.floor(r() * xs.length)] as T
}

function isoDay(r: () => number): string {
  return new Date(Date.UTC(2023, 0, 1) + Math.floor(r() * 700) * 86400000).toISOString().slice(0, 10)
}

/** `count` invented reports of 2–4 sentences each. */
export function* syntheticDocs(count: number, seed = 1): Generator<RawDoc> {
  const r = rng(seed)
  for (let i = 0; i < count; i++) {
    const published = isoDay(r)
    const sentences = Array.from({ length: 2 + Math.floor(r() * 3) }, () =>
      pick(r, TEMPLATES)
        .replace('{n}', String(1 + Math.floor(r() * 20)))
        .replace('{p}', pick(r, PLACES)[0])
        .replace('{d}', `${Number(published.slice(8))} ${['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][Number(published.slice(5, 7)) - 1]}`),
    )
    const text = `Report ${i}\n\n${sentences.join(' ')}\n`
    yield {
      source: `bench://doc/${i}`, text, title: `Report ${i}`, outlet: `Outlet ${i % 7}`, author: null,
      published_at: published, language: 'en', format: 'txt',
      content_hash: createHash('sha256').update(text).digest('hex'),
    }
  }
}

/** `count` events for one synthetic document id, spread over places, types and two years. */
export function syntheticEvents(docId: string, count: number, r: () => number): EventRecord[] {
  return Array.from({ length: count }, (_, n) => {
    const [location, lat, lon] = pick(r, PLACES)
    return {
      doc_id: docId, event_id: `${docId}:${n + 1}`, event_date: isoDay(r), time_precision: 1,
      event_type: pick(r, TYPES), sub_event_type: 'Armed clash',
      actor1: pick(r, ['Military Forces of Mali (2021-)', 'JNIM: Group for Support of Islam and Muslims', 'Unidentified Armed Group (Mali)']),
      assoc_actor_1: '', actor2: 'Civilians (Mali)', assoc_actor_2: '', inter1: 1, inter2: 7,
      country: 'Mali', admin1: 'Mopti', admin2: '', location,
      latitude: lat + (r() - 0.5) * 0.5, longitude: lon + (r() - 0.5) * 0.5, geo_precision: 1,
      fatalities: Math.floor(r() * 10), certainty: 'reported', tier: 'news',
      evidence: [{ start: 0, end: 6, text: 'Report', field: 'type' }],
      extractor: { name: 'bench', version: '0' },
    }
  })
}
