/**
 * @module
 * Comparison helpers for the evaluation: actor names compared without the ACLED period suffix,
 * case and accents; distances in km; counters and printed tables.
 */

export function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .trim()
}

/** Actor name for comparison: no '(2013-2020)' period part, folded. */
export function actorKey(name: string): string {
  return fold(name.replace(/\s*\((?:\d{4})?\s*-\s*(?:\d{4})?\)/g, '').replace(/\s+/g, ' '))
}

export function sameActor(pred: string, gold: string): boolean {
  return actorKey(pred) === actorKey(gold)
}

/** Great-circle distance in km. */
export function km(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const r = Math.PI / 180
  const a =
    Math.sin(((lat2 - lat1) * r) / 2) ** 2 +
    Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(((lon2 - lon1) * r) / 2) ** 2
  return 6371 * 2 * Math.asin(Math.min(1, Math.sqrt(a)))
}

export function pct(n: number, d: number): string {
  return d === 0 ? '   n/a' : `${((100 * n) / d).toFixed(1).padStart(5)}%`
}

export class Counter<K> {
  readonly map = new Map<K, number>()
  add(k: K, n = 1): void {
    this.map.set(k, (this.map.get(k) ?? 0) + n)
  }
  top(n: number): Array<[K, number]> {
    return [...this.map].sort((a, b) => b[1] - a[1]).slice(0, n)
  }
}

/** Prints rows as an aligned table. */
export function table(rows: ReadonlyArray<readonly string[]>): void {
  const widths: number[] = []
  for (const r of rows) r.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, c.length)))
  for (const r of rows) console.log(r.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  '))
}
