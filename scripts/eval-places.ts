/**
 * @module
 * `npx tsx scripts/eval-places.ts [dev.jsonl] [articlesDir]`: scores `locateEvent` against ACLED
 * gold (within 10 km, country, admin1, geo_precision) and against the hand-annotated articles
 * (within 50 km of any gold event of the doc). Reads ../shared at run time only; prints to the
 * console and writes nothing (ACLED data never enters the repository).
 */
import { readFileSync, existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { distanceKm } from '../src/resolve/gazetteer/geo.js'
import { findPlaceMentions, locateEvent } from '../src/resolve/gazetteer/index.js'

interface Note {
  id: string
  text: string
  gold: {
    country: string
    admin1: string
    location: string
    latitude: number
    longitude: number
    geo_precision: number
  }
}

const devFile = resolve(process.argv[2] ?? '../shared/data/acled/dev.jsonl')
const articlesDir = resolve(process.argv[3] ?? '../shared/data/articles')
const pct = (n: number, d: number) => `${((100 * n) / Math.max(1, d)).toFixed(1)} %`

function evalAcled(): void {
  const notes = readFileSync(devFile, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Note)
  findPlaceMentions('warm up in Gao')
  let within = 0
  let country = 0
  let admin1 = 0
  let precision = 0
  const errors: string[] = []
  const t0 = performance.now()
  for (const note of notes) {
    const got = locateEvent({ text: note.text, focus: { start: 0, end: note.text.length } })
    const g = note.gold
    const km =
      got?.latitude != null && got.longitude != null
        ? distanceKm(got.latitude, got.longitude, g.latitude, g.longitude)
        : Infinity
    if (km <= 10) within++
    else
      errors.push(
        `${note.id}\tgot ${got?.location ?? '∅'} (${got?.admin1 ?? ''}) ${Number.isFinite(km) ? km.toFixed(0) + ' km' : ''}\tgold ${g.location} (${g.admin1})`,
      )
    if (got?.country === g.country) country++
    if (got?.admin1 === g.admin1) admin1++
    if (got?.geo_precision === g.geo_precision) precision++
  }
  const ms = performance.now() - t0
  const n = notes.length
  console.log(`ACLED dev: ${n} notes`)
  console.log(`  within 10 km   ${pct(within, n)}`)
  console.log(`  country        ${pct(country, n)}`)
  console.log(`  admin1         ${pct(admin1, n)}`)
  console.log(`  geo_precision  ${pct(precision, n)}`)
  console.log(`  throughput     ${((n / ms) * 1000).toFixed(0)} notes/s`)
  const step = Math.max(1, Math.floor(errors.length / 25))
  console.log(`\n${errors.length} misses; samples:`)
  for (let i = 0; i < errors.length && i / step < 25; i += step) console.log(`  ${errors[i]}`)
}

interface GoldEvent {
  doc: string
  loc?: string
  lat: number | null
  lon: number | null
  evidence?: string
}

function evalArticles(): void {
  const goldFile = join(articlesDir, 'gold.json')
  if (!existsSync(goldFile)) return
  const gold = JSON.parse(readFileSync(goldFile, 'utf8')) as { events: GoldEvent[] }
  const events = gold.events.filter((e) => e.lat != null && e.lon != null && e.evidence)
  let near = 0
  let within10 = 0
  console.log(`\nArticles: ${events.length} located gold events (focus = the evidence quote)`)
  for (const e of events) {
    const text = readFileSync(join(articlesDir, e.doc), 'utf8')
    const start = Math.max(0, text.indexOf(e.evidence as string))
    const focus = { start, end: start + (e.evidence as string).length }
    const got = locateEvent({ text, focus })
    const km =
      got?.latitude != null && got.longitude != null
        ? distanceKm(got.latitude, got.longitude, e.lat as number, e.lon as number)
        : Infinity
    if (km <= 50) near++
    if (km <= 10) within10++
    const tag = km <= 50 ? 'ok  ' : 'MISS'
    console.log(
      `  ${tag} ${e.doc.slice(0, 3)}: got ${got?.location ?? '∅'} (${got?.admin1 ?? ''}); gold ${e.loc}`,
    )
  }
  console.log(
    `  within 50 km ${pct(near, events.length)}, within 10 km ${pct(within10, events.length)}`,
  )
}

evalAcled()
evalArticles()
