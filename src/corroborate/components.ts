/**
 * @module
 * Incidents as connected components of reports under `sameHappening`. Pure: give it the reports
 * of one neighbourhood (the new document's events plus the incidents they touch) and it returns
 * the components with their ids. An incident id is derived from the smallest event id in it, so
 * the same reports in any order give the same incidents and the same ids.
 */
import { createHash } from 'node:crypto'
import type { AnalystLink } from './analyst-links.js'
import { pairKey } from './analyst-links.js'
import type { Report } from './same-event.js'
import { sameHappening } from './same-event.js'

export interface Component {
  readonly id: string
  /** Member event ids, sorted. */
  readonly eventIds: readonly string[]
}

/** `inc_` + 16 hex digits of SHA-256 over the smallest member event id. */
export function incidentId(eventIds: readonly string[]): string {
  const smallest = [...eventIds].sort()[0]
  if (smallest === undefined) throw new Error('incidentId: an incident has at least one report')
  return `inc_${createHash('sha256').update(smallest).digest('hex').slice(0, 16)}`
}

/**
 * Groups reports into incidents (union-find over every pair that `sameHappening` links). An
 * analyst's links come first: 'same' pairs are joined before any other, and no join ever puts a
 * 'different' pair in one incident (not even through a third report). The result is sorted by
 * id, and each member list by event id: independent of the input order.
 */
export function components(
  reports: readonly Report[],
  same: (a: Report, b: Report) => boolean = sameHappening,
  links: readonly AnalystLink[] = [],
): Component[] {
  const sorted = [...reports].sort((a, b) => (a.event_id < b.event_id ? -1 : 1))
  const parent = sorted.map((_, i) => i)
  const index = new Map(sorted.map((r, i) => [r.event_id, i]))
  const latest = new Map<string, AnalystLink>()
  for (const l of links) if (index.has(l.a) && index.has(l.b)) latest.set(pairKey(l.a, l.b), l)
  const apart = [...latest.values()].filter((l) => l.kind === 'different')
    .map((l) => [index.get(l.a) ?? 0, index.get(l.b) ?? 0] as const)
  const find = (i: number): number => {
    let root = i
    while (parent[root] !== root) root = parent[root] ?? root
    while (parent[i] !== root) {
      const next = parent[i] ?? root
      parent[i] = root
      i = next
    }
    return root
  }
  // Would joining the sets of roots ri and rj put a 'different' pair together?
  const forbidden = (ri: number, rj: number) => apart.some(([x, y]) => {
    const [rx, ry] = [find(x), find(y)]
    return (rx === ri && ry === rj) || (rx === rj && ry === ri)
  })
  const join = (i: number, j: number, ok: () => boolean) => {
    const [ri, rj] = [find(i), find(j)]
    if (ri !== rj && !forbidden(ri, rj) && ok()) parent[Math.max(ri, rj)] = Math.min(ri, rj)
  }
  for (const l of latest.values()) {
    if (l.kind === 'same') join(index.get(l.a) ?? 0, index.get(l.b) ?? 0, () => true)
  }
  for (let i = 0; i < sorted.length; i++) {
    for (let j = i + 1; j < sorted.length; j++) {
      const a = sorted[i]
      const b = sorted[j]
      if (a === undefined || b === undefined) continue
      join(i, j, () => same(a, b))
    }
  }
  const groups = new Map<number, string[]>()
  sorted.forEach((r, i) => {
    const root = find(i)
    groups.set(root, [...(groups.get(root) ?? []), r.event_id])
  })
  return [...groups.values()]
    .map((eventIds) => ({ id: incidentId(eventIds), eventIds }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
}
