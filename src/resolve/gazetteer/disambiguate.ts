/**
 * @module
 * Picks one place per mention from its same-name candidates, using what the document says:
 * the countries it names (and `countryHint`), the regions and cercles it names ('X region',
 * 'Y (Soum)'), closeness to the places that are unambiguous, then the admin word next to the
 * name, the place's rank (capital > town > well) and population.
 */
import { foldName } from './fold.js'
import { distanceKm } from './geo.js'
import { adminWord, type AdminWord, type Cue, cueBefore } from './place-cues.js'
import type { Place, PlaceMention } from './types.js'

export interface ResolvedMention {
  readonly mention: PlaceMention
  readonly place: Place | null
  readonly cue: Cue
  readonly admin: AdminWord
  /** Follows another name after ',' or '(' (the 'Soum' of 'Djika (Arbinda, Soum)'). */
  readonly qualifier: boolean
}

interface Hints {
  readonly countries: ReadonlySet<string>
  readonly admins: ReadonlySet<string>
  readonly anchors: ReadonlyArray<{ readonly mention: PlaceMention; readonly place: Place }>
}

const RANK: Record<string, number> = { PPLC: 3, PPLA: 2.5, PPLA2: 2, PPLA3: 1 }
const UNAMBIGUOUS_KM = 30

function isQualifier(text: string, prev: PlaceMention | undefined, m: PlaceMention): boolean {
  return prev !== undefined && /^\s*(?:,|\(|, |\()\s*$/.test(text.slice(prev.end, m.start))
}

function collectHints(text: string, mentions: readonly PlaceMention[], countryHint?: string): Hints {
  const countries = new Set<string>()
  const admins = new Set<string>()
  const anchors: { mention: PlaceMention; place: Place }[] = []
  if (countryHint) countries.add(countryHint.toLowerCase())
  mentions.forEach((m, k) => {
    const first = m.candidates[0]
    if (!first) return
    if (first.kind === 'country') countries.add(first.country.toLowerCase())
    const word = adminWord(text, m.start, m.end)
    const qualifier = isQualifier(text, mentions[k - 1], m)
    for (const c of m.candidates) {
      if (c.kind === 'admin1' || c.kind === 'admin2') admins.add(foldName(m.text))
      if (c.kind === 'admin1' && (word === 'region' || qualifier)) admins.add(foldName(c.admin1))
      if (c.kind === 'admin2' && (word === 'cercle' || qualifier)) admins.add(foldName(c.admin2))
    }
    const spread = m.candidates.every((c) => distanceKm(c.latitude, c.longitude, first.latitude, first.longitude) < UNAMBIGUOUS_KM)
    if (spread && first.kind !== 'country' && first.kind !== 'admin1') anchors.push({ mention: m, place: first })
  })
  return { countries, admins, anchors }
}

function score(c: Place, m: PlaceMention, word: AdminWord, hints: Hints): number {
  let s = 0
  if (hints.countries.size > 0) s += hints.countries.has(c.country.toLowerCase()) ? 5 : -3
  if (hints.admins.has(foldName(c.admin1))) s += 4
  if (c.admin2 && hints.admins.has(foldName(c.admin2))) s += 4
  let nearest = Infinity
  for (const a of hints.anchors) {
    if (a.mention === m) continue
    nearest = Math.min(nearest, distanceKm(c.latitude, c.longitude, a.place.latitude, a.place.longitude))
  }
  if (nearest < 50) s += 3
  else if (nearest < 150) s += 1.5
  if (word === 'region') s += c.kind === 'admin1' ? 10 : 0
  else if (word === 'cercle') s += c.kind === 'admin2' ? 10 : c.kind === 'populated' ? 5 : 0
  else s += { populated: 2, other: 0.5, admin2: 1, admin1: 0.5, country: 3 }[c.kind]
  s += RANK[c.featureCode ?? ''] ?? 0
  s += Math.log10(c.population + 1) * 0.5
  if (foldName(c.name) === foldName(m.text)) s += 1
  if (c.source === 'sahel') s += 1
  return s
}

/** Each mention with its best candidate (null when it has none). */
export function resolveMentions(
  text: string,
  mentions: readonly PlaceMention[],
  countryHint?: string,
): ResolvedMention[] {
  const hints = collectHints(text, mentions, countryHint)
  return mentions.map((m, k) => {
    const admin = adminWord(text, m.start, m.end)
    let best: Place | null = null
    let bestScore = -Infinity
    for (const c of m.candidates) {
      const s = score(c, m, admin, hints)
      if (s > bestScore) [best, bestScore] = [c, s]
    }
    const qualifier = isQualifier(text, mentions[k - 1], m)
    return { mention: m, place: best, cue: cueBefore(text, m.start), admin, qualifier }
  })
}
