/**
 * @module
 * ACLED dev evaluation: the first news event of each note against the note's gold coding.
 * Accuracy per field, the event-type confusion matrix, top sub-type confusions and error samples
 * go to the console only (ACLED notes are for evaluation; nothing is written to the repository).
 */
import { readFileSync } from 'node:fs'
import { EVENT_TYPES, type EventRecord } from '../../src/schema/event.js'
import type { Extractor } from '../../src/extract/extractor.js'
import { Counter, fold, km, pct, sameActor, table } from './compare.js'
import { printPlaceBreakdown } from './places.js'

interface Gold {
  event_date: string
  event_type: string
  sub_event_type: string
  actor1: string
  actor2: string
  country: string
  admin1: string
  location: string
  latitude: number
  longitude: number
  fatalities: number
  time_precision: number
}
interface Note {
  id: string
  text: string
  published_at: string
  gold: Gold
}

export const FIELDS = [
  'event_type',
  'sub_event_type',
  'actor1',
  'actor2',
  'location_10km',
  'country',
  'admin1',
  'event_date',
  'fatalities',
] as const
type Field = (typeof FIELDS)[number]

function check(f: Field, e: EventRecord, g: Gold): boolean {
  switch (f) {
    case 'event_type':
      return e.event_type === g.event_type
    case 'sub_event_type':
      return e.sub_event_type === g.sub_event_type
    case 'actor1':
      return sameActor(e.actor1, g.actor1)
    case 'actor2':
      return sameActor(e.actor2, g.actor2)
    case 'location_10km':
      return (
        e.latitude !== null &&
        e.longitude !== null &&
        km(e.latitude, e.longitude, g.latitude, g.longitude) <= 10
      )
    case 'country':
      return fold(e.country) === fold(g.country)
    case 'admin1':
      return fold(e.admin1) === fold(g.admin1)
    case 'event_date':
      return e.event_date === g.event_date
    case 'fatalities':
      return e.fatalities === g.fatalities
  }
}

function shown(f: Field, e: EventRecord | undefined, g: Gold): string {
  if (!e) return `no event | gold ${g.event_type}`
  switch (f) {
    case 'location_10km':
      return `pred ${e.location} (${e.latitude},${e.longitude}) | gold (${g.latitude},${g.longitude})`
    case 'actor1':
      return `pred '${e.actor1}' | gold '${g.actor1}'`
    case 'actor2':
      return `pred '${e.actor2}' | gold '${g.actor2}'`
    default:
      return `pred ${String(e[f as keyof EventRecord])} | gold ${String(g[f as keyof Gold])}`
  }
}

export interface DevResult {
  readonly n: number
  readonly noEvent: number
  readonly accuracy: Record<Field, number>
  readonly notesPerSecond: number
  /** Notes per second of CPU time this process used: the one-core rate, whatever else runs. */
  readonly notesPerCpuSecond: number
}

export function evalDev(path: string, ex: Extractor, samples: number, quiet: boolean): DevResult {
  const notes: Note[] = readFileSync(path, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l))
  const ok = Object.fromEntries(FIELDS.map((f) => [f, 0])) as Record<Field, number>
  const errors = new Map<Field, string[]>(FIELDS.map((f) => [f, []]))
  const confusion = new Counter<string>()
  const subConf = new Counter<string>()
  let noEvent = 0
  const docs = notes.map((n) => ({ id: n.id, text: n.text, published_at: n.published_at }))
  const firsts = docs.map((d) => ex.extract(d).find((e) => e.tier === 'news'))
  // Throughput on a second, warm pass (lexicons and gazetteer already loaded).
  const t0 = performance.now()
  const cpu0 = process.cpuUsage()
  for (const d of docs) ex.extract(d)
  const seconds = (performance.now() - t0) / 1000
  const cpu = process.cpuUsage(cpu0)
  const cpuSeconds = (cpu.user + cpu.system) / 1e6
  notes.forEach((n, i) => {
    const e = firsts[i]
    if (!e) noEvent++
    confusion.add(`${n.gold.event_type}→${e?.event_type ?? '(none)'}`)
    if (e && e.sub_event_type !== n.gold.sub_event_type)
      subConf.add(`${n.gold.sub_event_type} → ${e.sub_event_type}`)
    for (const f of FIELDS) {
      if (e && check(f, e, n.gold)) ok[f]++
      else errors.get(f)?.push(`${n.id}: ${shown(f, e, n.gold)}\n      ${n.text.slice(0, 220)}`)
    }
  })
  const accuracy = Object.fromEntries(FIELDS.map((f) => [f, ok[f] / notes.length])) as Record<
    Field,
    number
  >
  if (!quiet) {
    console.log(`\n== ACLED dev: ${notes.length} notes (first news event per note)`)
    table([
      ['field', 'accuracy'],
      ...FIELDS.map((f) => [f, pct(ok[f], notes.length)]),
      ['no event', pct(noEvent, notes.length)],
    ])
    console.log('\nevent_type confusion (rows gold, columns predicted):')
    const cols = [...EVENT_TYPES, '(none)']
    table([
      ['gold \\ pred', ...cols.map((c) => c.slice(0, 10))],
      ...EVENT_TYPES.map((g) => [
        g.slice(0, 26),
        ...cols.map((p) => String(confusion.map.get(`${g}→${p}`) ?? 0)),
      ]),
    ])
    printPlaceBreakdown(notes, firsts, samples)
    console.log('\ntop sub-type confusions:')
    for (const [k, v] of subConf.top(12)) console.log(`  ${v}  ${k}`)
    if (samples > 0) {
      for (const f of FIELDS) {
        console.log(`\n-- errors: ${f}`)
        for (const s of (errors.get(f) ?? []).slice(0, samples)) console.log(`  ${s}`)
      }
    }
  }
  return {
    n: notes.length,
    noEvent: noEvent / notes.length,
    accuracy,
    notesPerSecond: notes.length / seconds,
    notesPerCpuSecond: notes.length / cpuSeconds,
  }
}
