/**
 * @module
 * Country hint for a document: the country most named (names, demonyms, capitals), else the
 * country of most gazetteer place mentions, else ''. Used to geocode and to name generic
 * actors ('Civilians (Mali)').
 */
import type { PlaceMention } from '../../resolve/gazetteer/index.js'
import { COUNTRY_WORDS } from './data/countries.js'

/** The country the document is most about, or '' when nothing says. */
export function countryHint(folded: string, places: readonly PlaceMention[]): string {
  const score = new Map<string, number>()
  for (const [country, re] of COUNTRY_WORDS) {
    re.lastIndex = 0
    let n = 0
    while (re.exec(folded)) n++
    if (n) score.set(country, n * 2)
  }
  for (const p of places) {
    const first = p.candidates[0]
    if (!first) continue
    // A name found in one country only, or a region's name, says more than an ambiguous village.
    const unique = p.candidates.every((c) => c.country === first.country)
    const admin = first.kind === 'admin1' || first.kind === 'admin2' || first.kind === 'country'
    const w = (unique ? 2 : 1) + (admin ? 1 : 0)
    score.set(first.country, (score.get(first.country) ?? 0) + w)
  }
  let best = ''
  let top = 0
  for (const [c, n] of score) {
    if (n > top) {
      best = c
      top = n
    }
  }
  return best
}
