/**
 * @module
 * Grid clustering for the map: events whose screen positions at the current zoom fall in the same
 * square cell (default 40 px) are grouped; a group of at least `minSize` becomes one cluster marker,
 * smaller groups stay individual points. Pure (positions come in already projected), so it is cheap
 * to rerun on every zoom and easy to reason about; a few thousand points take well under a frame.
 */

export interface Projected<T> {
  readonly item: T
  readonly x: number
  readonly y: number
}

export interface Cluster<T> {
  readonly items: T[]
  /** Mean screen position of the members. */
  readonly x: number
  readonly y: number
}

export function clusterGrid<T>(
  points: readonly Projected<T>[],
  cell = 40,
  minSize = 5,
): { clusters: Cluster<T>[]; singles: T[] } {
  const cells = new Map<string, Projected<T>[]>()
  for (const p of points) {
    const key = `${Math.floor(p.x / cell)}:${Math.floor(p.y / cell)}`
    const list = cells.get(key)
    if (list) list.push(p)
    else cells.set(key, [p])
  }
  const clusters: Cluster<T>[] = []
  const singles: T[] = []
  for (const members of cells.values()) {
    if (members.length < minSize) {
      singles.push(...members.map((m) => m.item))
      continue
    }
    const x = members.reduce((s, m) => s + m.x, 0) / members.length
    const y = members.reduce((s, m) => s + m.y, 0) / members.length
    clusters.push({ items: members.map((m) => m.item), x, y })
  }
  return { clusters, singles }
}

/** The most frequent value of `key` among `items` (first seen wins ties). */
export function dominant<T>(items: readonly T[], key: (t: T) => string): string {
  const counts = new Map<string, number>()
  let best = ''
  let bestN = 0
  for (const it of items) {
    const k = key(it)
    const n = (counts.get(k) ?? 0) + 1
    counts.set(k, n)
    if (n > bestN) {
      best = k
      bestN = n
    }
  }
  return best
}
