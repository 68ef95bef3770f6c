/**
 * @module
 * Recall of the actor resolver against ACLED's human coding. For each note of
 * `../shared/data/acled/dev.jsonl` (read at run time, never copied), it runs `findActorMentions`
 * with the note's publication date and gold country and checks whether gold actor1 / actor2 are
 * among the mentions (names compared without the '(2013-2020)' period, case or accents). Also
 * checks the hand-annotated actor lists of `../shared/data/articles/gold.json`. Misses go to the
 * console only. `--assoc` also runs the extractor and prints how often its associated actors
 * (assoc_actor_1/2) equal the gold ones, by gold event type.
 * Usage: `npx tsx scripts/eval-actors.ts [--misses N] [--bench] [--assoc]`.
 */
import { readFileSync } from 'node:fs'
import { findActorMentions, foldText } from '../src/resolve/actors/index.js'
import type { ActorMention } from '../src/resolve/actors/index.js'
import { ruleExtractor } from '../src/extract/index.js'

const SHARED = new URL('../../shared/data/', import.meta.url)
const args = process.argv.slice(2)
const showMisses =
  Number(args[args.indexOf('--misses') + 1] ?? 0) || (args.includes('--misses') ? 15 : 0)

interface DevRow {
  id: string
  text: string
  published_at: string
  gold: {
    actor1: string
    actor2: string
    country: string
    event_date: string
    event_type: string
    assoc_actor_1: string
    assoc_actor_2: string
  }
}

/** Compare key: no period in parentheses, no case, no accents. */
const key = (name: string) => foldText(name.replace(/\s*\(\d{4}-(\d{4})?\)/g, '')).trim()

function mentionNames(
  ms: readonly ActorMention[],
  opts: { weak: boolean; alts: boolean },
): Set<string> {
  const out = new Set<string>()
  for (const m of ms) {
    if (m.weak && !opts.weak) continue
    out.add(key(m.actor.name))
    if (opts.alts) for (const a of m.alternatives ?? []) out.add(key(a.name))
    if (opts.alts && m.assoc) out.add(key(m.assoc.name))
  }
  return out
}

const pct = (n: number, d: number) => `${((100 * n) / Math.max(d, 1)).toFixed(1)}%`

function evalDev(): void {
  const rows = readFileSync(new URL('acled/dev.jsonl', SHARED), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as DevRow)
  const modes = [
    { label: 'strong mentions', weak: false, alts: false },
    { label: '+ weak cues', weak: true, alts: false },
    { label: '+ weak + alternatives', weak: true, alts: true },
  ]
  const misses = new Map<string, string[]>()
  for (const mode of modes) {
    let a1 = 0,
      a2 = 0,
      n2 = 0
    for (const r of rows) {
      const ms = findActorMentions(r.text, { country: r.gold.country, date: r.published_at })
      const names = mentionNames(ms, mode)
      if (names.has(key(r.gold.actor1))) a1++
      else if (mode.alts) misses.set(r.gold.actor1, [...(misses.get(r.gold.actor1) ?? []), r.text])
      if (r.gold.actor2 === '') continue
      n2++
      if (names.has(key(r.gold.actor2))) a2++
      else if (mode.alts) misses.set(r.gold.actor2, [...(misses.get(r.gold.actor2) ?? []), r.text])
    }
    console.log(
      `dev ${mode.label.padEnd(24)} actor1 ${pct(a1, rows.length)}  actor2 ${pct(a2, n2)}` +
        `  (n=${rows.length}/${n2})`,
    )
  }
  if (showMisses > 0) {
    const top = [...misses].sort((x, y) => y[1].length - x[1].length).slice(0, showMisses)
    for (const [name, notes] of top) {
      console.log(`\nMISS ${notes.length}× ${name}`)
      for (const t of notes.slice(0, 3)) console.log(`   ${t.slice(0, 220)}`)
    }
  }
  if (args.includes('--bench')) bench(rows)
  if (args.includes('--assoc')) evalAssoc(rows)
}

/** Associated actors of the first news event vs gold, as sets, by gold event type. */
function evalAssoc(rows: readonly DevRow[]): void {
  const set = (s: string) =>
    s
      .split(';')
      .map((x) => key(x))
      .filter(Boolean)
      .sort()
      .join('; ')
  const by = new Map<string, [number, number, number]>()
  for (const r of rows) {
    const e = ruleExtractor.extract({ id: r.id, text: r.text, published_at: r.published_at })
    const first = e.find((x) => x.tier === 'news')
    const c = by.get(r.gold.event_type) ?? [0, 0, 0]
    c[0]++
    if (first && set(first.assoc_actor_1) === set(r.gold.assoc_actor_1)) c[1]++
    if (first && set(first.assoc_actor_2) === set(r.gold.assoc_actor_2)) c[2]++
    by.set(r.gold.event_type, c)
  }
  console.log('\nassociated actors equal to gold (first news event per note):')
  for (const [type, [n, a1, a2]] of by) {
    console.log(`  ${type.padEnd(28)} assoc1 ${pct(a1, n)}  assoc2 ${pct(a2, n)}  (n=${n})`)
  }
}

function bench(rows: readonly DevRow[]): void {
  const texts = rows.map((r) => r.text)
  const chars = texts.reduce((s, t) => s + t.length, 0)
  for (let k = 0; k < 2; k++) for (const t of texts) findActorMentions(t, { date: '2018-01-01' })
  const t0 = process.hrtime.bigint()
  const reps = 5
  for (let k = 0; k < reps; k++) for (const t of texts) findActorMentions(t, { date: '2018-01-01' })
  const ms = Number(process.hrtime.bigint() - t0) / 1e6 / (reps * texts.length)
  console.log(`\nspeed: ${ms.toFixed(3)} ms/note (avg ${Math.round(chars / texts.length)} chars)`)
}

interface GoldEvent {
  doc: string
  tier: string
  actor1?: string[]
  actor2?: string[]
  from: string
  country?: string
  evidence?: string
}

function evalArticles(): void {
  const gold = JSON.parse(readFileSync(new URL('articles/gold.json', SHARED), 'utf8')) as {
    events: GoldEvent[]
  }
  let n = 0,
    hit = 0
  const missed: string[] = []
  for (const e of gold.events) {
    if (e.tier === 'negative') continue
    const text = readFileSync(new URL(`articles/${e.doc}`, SHARED), 'utf8')
    const ms = findActorMentions(text, { country: e.country ?? 'Mali', date: e.from })
    const names = mentionNames(ms, { weak: true, alts: true })
    for (const list of [e.actor1 ?? [], e.actor2 ?? []]) {
      if (list.length === 0) continue
      n++
      if (list.some((a) => names.has(key(a)))) hit++
      else missed.push(`${e.doc}: ${list.join(' | ')}`)
    }
  }
  console.log(
    `\narticles: ${hit}/${n} gold actor slots found among the document's mentions (${pct(hit, n)})`,
  )
  if (showMisses > 0) for (const m of missed) console.log(`   miss ${m}`)
}

evalDev()
evalArticles()
