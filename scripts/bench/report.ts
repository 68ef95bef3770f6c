/**
 * @module
 * What the bench parts share: the table rows (measure, value, target, pass/fail), the results
 * object written to `bench/results.json`, resident-memory sampling, and the timing helper
 * (p50/p95 over repeated runs after one warm-up run, more of them for quick queries).
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

export type Row = { measure: string; value: string; target?: string; met?: boolean }
export const rows: Row[] = []
export const results: Record<string, unknown> = {}
let peak = 0

export function sampleRss(): number {
  const rss = process.memoryUsage().rss
  peak = Math.max(peak, rss)
  return rss
}
export const peakRss = () => peak

export function percentile(xs: readonly number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b)
  // Nearest rank: the smallest value with at least p of the values at or below it.
  return s[Math.max(0, Math.ceil(p * s.length) - 1)] ?? 0
}

export interface Latency {
  readonly p50: number
  readonly p95: number
}

/**
 * Runs `fn` once to warm up, then at least `runs` times and on while it is quick (up to 3× `runs`
 * within 2 s), so p95 of a fast query is not just its single slowest run on a busy box;
 * milliseconds at p50 and p95.
 */
export async function time(runs: number, fn: () => Promise<unknown>): Promise<Latency> {
  await fn()
  const ms: number[] = []
  const t0 = performance.now()
  while (ms.length < runs || (ms.length < 3 * runs && performance.now() - t0 < 2000)) {
    const t = performance.now()
    await fn()
    ms.push(performance.now() - t)
  }
  return { p50: percentile(ms, 0.5), p95: percentile(ms, 0.95) }
}

export const fmt = (l: Latency) => `p50 ${l.p50.toFixed(1)} ms, p95 ${l.p95.toFixed(1)} ms`

/** Prints the table and writes `bench/<file>` (`results.json` for a full run). */
export function printAndWrite(file = 'results.json'): void {
  const w = Math.max(...rows.map((r) => r.measure.length))
  const v = Math.max(...rows.map((r) => r.value.length))
  const t = Math.max(6, ...rows.map((r) => (r.target ?? '').length))
  console.log(`\n${'measure'.padEnd(w)}  ${'value'.padEnd(v)}  ${'target'.padEnd(t)}  met`)
  for (const r of rows) {
    const met = r.met === undefined ? '' : r.met ? 'yes' : 'NO'
    console.log(`${r.measure.padEnd(w)}  ${r.value.padEnd(v)}  ${(r.target ?? '').padEnd(t)}  ${met}`)
  }
  mkdirSync('bench', { recursive: true })
  results.table = rows
  writeFileSync(join('bench', file), `${JSON.stringify(results, null, 2)}\n`)
  console.log(`\nwritten to bench/${file}`)
}
