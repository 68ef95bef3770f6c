/**
 * @module
 * An analyst's word on corroboration: two reports are the same happening ('same', from merging
 * incidents) or not ('different', from splitting one). `components` takes them beside the
 * machine's predicate, joins 'same' pairs first and never joins a 'different' pair, so merged and
 * split incidents stay that way whenever their neighbourhood is recomputed.
 */
export type LinkKind = 'same' | 'different'

export interface AnalystLink {
  readonly a: string
  readonly b: string
  readonly kind: LinkKind
}

/** The key of an unordered pair of event ids. */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`
}

/** 'different' links between every event of `moved` and every other event of the incident. */
export function splitLinks(members: readonly string[], moved: readonly string[]): AnalystLink[] {
  const out = new Set(moved)
  const rest = members.filter((id) => !out.has(id))
  return moved.flatMap((a) => rest.map((b) => ({ a, b, kind: 'different' as const })))
}

/** 'same' links that chain the incidents' first reports (one per extra incident suffices). */
export function mergeLinks(firstReports: readonly string[]): AnalystLink[] {
  const [head, ...rest] = [...firstReports].sort()
  return head === undefined ? [] : rest.map((b) => ({ a: head, b, kind: 'same' as const }))
}
