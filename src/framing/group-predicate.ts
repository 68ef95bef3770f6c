/**
 * @module
 * 'The movement is a fierce critic of the junta': a definite generic noun for an
 * organisation ('the group', 'the movement', 'le mouvement') as subject, a copula, and an
 * indefinite noun phrase. The noun phrase describes the organisation named last before it
 * (within a few sentences), the way a reader resolves 'the group'.
 */
import type { Anchor } from './anchors.js'

const HEADS = [
  'group', 'movement', 'organi[sz]ation', 'coalition', 'militia', 'alliance', 'party', 'groupe',
  'mouvement', 'parti',
]
const COPULAS = [
  'has\\s+long\\s+been', 'has\\s+been', 'had\\s+been', 'is', 'was', 'remains', 'became', 'est',
  'était', 'reste', 'a\\s+été',
]
const SUBJECT = String.raw`\b(?:The|the|Le|le|Ce|ce)\s+(?:${HEADS.join('|')})\s+`
const COPULA = `(?:${COPULAS.join('|')})\\s+`
const NP = String.raw`((?:a|an|un|une)\s+[^,.;:!?()\n"“”]{3,80}?)`
const END = String.raw`(?=\s*[,.;:!?)\n]|\s+(?:for|since|that|which|who|and|but|depuis|qui|et)\s)`
const PREDICATE = new RegExp(SUBJECT + COPULA + NP + END, 'gu')
/** How far back the named organisation may stand, in characters. */
const REACH = 600

export interface GroupPredicate {
  readonly anchor: Anchor
  readonly start: number
  readonly end: number
}

/** Predicate noun phrases of 'the group is a …', each with the named anchor it describes. */
export function groupPredicates(text: string, anchors: readonly Anchor[]): GroupPredicate[] {
  const out: GroupPredicate[] = []
  PREDICATE.lastIndex = 0
  for (let m = PREDICATE.exec(text); m; m = PREDICATE.exec(text)) {
    const np = m[1] ?? ''
    const start = m.index + m[0].length - np.length
    const named = anchors.filter(
      (a) => !a.generic && !a.state && a.end <= m!.index && m!.index - a.end <= REACH,
    )
    const anchor = named[named.length - 1]
    if (anchor) out.push({ anchor, start, end: start + np.trimEnd().length })
  }
  return out
}
