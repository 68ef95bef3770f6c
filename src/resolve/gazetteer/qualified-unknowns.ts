/**
 * @module
 * Unknown village names that the next name locates: 'Etambar, Kidal', 'Kanio (Djenne)', 'the
 * village of X, between Y and Z', 'X, near Y'. Such a village is coded, as ACLED does, at the
 * place that qualifies it (precision 2). In: the text, its resolved mentions and the reference
 * places; out: the unknown mentions so qualified (the qualifier is the mention after each).
 */
import type { ResolvedMention } from './disambiguate.js'

const SEAT_OR_AREA = new Set(['PPLC', 'PPLA', 'PPLA2', 'PPLA3', 'ADM1', 'ADM2', 'ADM3'])
const LIST_NEXT = /^\s*(?:,|and\b|et\b|&)/
const BETWEEN_GAP = /^\s*,?\s*(?:\p{Ll}+\s+){0,2}(?:between|entre)\s+$/u

/**
 * Unknown names with a seat or an area right after them ('Etambar, Kidal', 'Kanio (Djenne)'):
 * villages of that place, unless the names are a list ('Gouma, Segou and Youwarou').
 */
export function qualifiedUnknowns(
  text: string,
  resolved: readonly ResolvedMention[],
  refs: ReadonlySet<ResolvedMention>,
): Set<ResolvedMention> {
  const out = new Set<ResolvedMention>()
  resolved.forEach((r, k) => {
    const next = resolved[k + 1]
    if (r.place || !next?.place) return
    if (refs.has(next)) return void out.add(r)
    if (!next.qualifier) return
    // 'the village of X, between Y and Z': the first end locates X (an 'and' is no list here)
    const gap = text.slice(r.mention.end, next.mention.start)
    if (BETWEEN_GAP.test(gap)) return void out.add(r)
    if (!SEAT_OR_AREA.has(next.place.featureCode ?? '')) return
    const listed = LIST_NEXT.test(text.slice(next.mention.end, next.mention.end + 5))
    if (gap.length <= 3 && !listed) out.add(r)
  })
  return out
}
