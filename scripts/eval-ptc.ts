/**
 * @module
 * Measures the framing detectors on the Propaganda Techniques Corpus (SemEval-2020 Task 11,
 * `../shared/data/ptc/`, research use: read at run time only, nothing copied). Gold: the
 * Loaded_Language and Name_Calling,Labeling spans of the TC labels. Score: the task's span-level
 * P/R/F1 with partial-overlap credit, as in the official scorer: overlapping spans of one set are
 * merged; P = Σ|s∩t|/|s| over predicted s and gold t, divided by the number of predicted spans;
 * R = Σ|s∩t|/|t| divided by the number of gold spans. Per technique and combined (both
 * techniques as one set). The task's published results are printed below the table for scale;
 * none is comparable (its SI subtask merged all techniques, its TC subtask was given the gold
 * spans). `--half even|odd` scores only articles with an even or odd id, so rules
 * tuned on one half can be checked on the other. `--fp` lists the most frequent false alarms.
 *
 * Usage: node --import tsx scripts/eval-ptc.ts [--data DIR] [--half even|odd] [--no-det] [--fp]
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { findLoadedLanguage } from '../src/framing/loaded-language.js'
import { findNameCalling } from '../src/framing/name-calling.js'

interface Interval {
  readonly start: number
  readonly end: number
}
type Sets = Map<string, Interval[]>
interface Score {
  readonly p: number
  readonly r: number
  readonly f1: number
  readonly predicted: number
  readonly gold: number
}

const LL = 'Loaded_Language'
const NC = 'Name_Calling,Labeling'

/** Overlapping intervals merged (touching ones are not: ends are exclusive), sorted by start. */
export function mergeIntervals(spans: readonly Interval[]): Interval[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start)
  const out: Interval[] = []
  for (const s of sorted) {
    const last = out[out.length - 1]
    if (last && s.start < last.end)
      out[out.length - 1] = { start: last.start, end: Math.max(last.end, s.end) }
    else out.push({ start: s.start, end: s.end })
  }
  return out
}

/** The task's span F1: partial credit |s∩t|/|s| for precision and |s∩t|/|t| for recall. */
export function spanScore(pred: Sets, gold: Sets): Score {
  let precNum = 0
  let recNum = 0
  let nPred = 0
  let nGold = 0
  for (const [id, goldRaw] of gold) {
    const g = mergeIntervals(goldRaw)
    const s = mergeIntervals(pred.get(id) ?? [])
    nGold += g.length
    nPred += s.length
    for (const a of s) {
      for (const b of g) {
        const inter = Math.min(a.end, b.end) - Math.max(a.start, b.start)
        if (inter <= 0) continue
        precNum += inter / (a.end - a.start)
        recNum += inter / (b.end - b.start)
      }
    }
  }
  const p = nPred > 0 ? precNum / nPred : 0
  const r = nGold > 0 ? recNum / nGold : 0
  const f1 = p > 0 && r > 0 ? (2 * p * r) / (p + r) : 0
  return { p, r, f1, predicted: nPred, gold: nGold }
}

/**
 * What the task's systems reached on its test set, for scale only: no published figure is
 * comparable. SI scored spans of all 14 techniques as one class; TC classified gold spans (no
 * span finding). Here: per-technique spans found from scratch, on the training split.
 */
const PUBLISHED = [
  'published, SemEval-2020 Task 11 test set (not comparable, see the header of this script):',
  '  SI, spans of all techniques as one class, best F1 0.5155 (Hitachi)',
  '  TC, technique of given gold spans, best micro-F1 0.6207 (ApplicaAI)',
  '  TC per technique, e.g. SocCogCom (micro 0.558): Loaded_Language 0.772, Name_Calling 0.673',
]

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name)
  return i >= 0 ? process.argv[i + 1] : undefined
}

function main(): void {
  const dir = arg('--data') ?? join(import.meta.dirname, '../../shared/data/ptc')
  const half = arg('--half')
  const det = !process.argv.includes('--no-det')
  const gold = new Map<string, Sets>([
    [LL, new Map()],
    [NC, new Map()],
    ['both', new Map()],
  ])
  const texts = new Map<string, string>()
  const keep = (id: string) => !half || (Number(id) % 2 === 0) === (half === 'even')
  for (const f of readdirSync(join(dir, 'train-articles'))) {
    const id = f.replace(/^article|\.txt$/g, '')
    if (!keep(id)) continue
    texts.set(id, readFileSync(join(dir, 'train-articles', f), 'utf8'))
    for (const sets of gold.values()) sets.set(id, [])
  }
  for (const line of readFileSync(join(dir, 'train-task2-TC.labels'), 'utf8').split('\n')) {
    const [id, tech, s, e] = line.split('\t')
    if (!id || !texts.has(id) || (tech !== LL && tech !== NC)) continue
    const span = { start: Number(s), end: Number(e) }
    gold.get(tech)?.get(id)?.push(span)
    gold.get('both')?.get(id)?.push(span)
  }
  const pred = new Map<string, Sets>([
    [LL, new Map()],
    [NC, new Map()],
    ['both', new Map()],
  ])
  const falseAlarms = new Map<string, number>()
  const t0 = performance.now()
  let chars = 0
  for (const [id, text] of texts) {
    chars += text.length
    const ll = findLoadedLanguage(text)
    const nc = findNameCalling(text, { determiner: det })
    pred.get(LL)?.set(id, ll)
    pred.get(NC)?.set(id, nc)
    pred.get('both')?.set(id, [...ll, ...nc])
    const g = gold.get('both')?.get(id) ?? []
    for (const s of [...ll, ...nc]) {
      if (!g.some((t) => t.start < s.end && s.start < t.end)) {
        const k = `${s.technique === LL ? 'LL' : 'NC'} ${s.text.toLowerCase()}`
        falseAlarms.set(k, (falseAlarms.get(k) ?? 0) + 1)
      }
    }
  }
  const ms = performance.now() - t0
  console.log(
    `PTC train split: ${texts.size} articles${half ? ` (${half} ids)` : ''}, ${chars} chars, ${ms.toFixed(0)} ms`,
  )
  console.log('technique                 P      R      F1     pred   gold')
  for (const [name, g] of gold) {
    const sc = spanScore(pred.get(name) ?? new Map(), g)
    const label = name === 'both' ? 'combined (LL ∪ NC)' : name
    const cells = [sc.p, sc.r, sc.f1].map((x) => x.toFixed(3).padEnd(6)).join(' ')
    console.log(`${label.padEnd(25)} ${cells} ${String(sc.predicted).padEnd(6)} ${sc.gold}`)
  }
  for (const line of PUBLISHED) console.log(line)
  if (process.argv.includes('--fp')) {
    const top = [...falseAlarms].sort((a, b) => b[1] - a[1]).slice(0, 60)
    console.log('\nmost frequent false alarms:')
    for (const [k, n] of top) console.log(`  ${n}\t${k}`)
  }
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop() ?? '')) main()
