/**
 * @module
 * A name matched as written only abroad, in a sentence that sets it at home ("two posts of the
 * Malian army, at X and Y", "X, in Mali", "X in the Mopti region"): Sahel villages are spelt many
 * ways, and the gazetteer may hold the home place under another spelling only. Then a near
 * spelling at home (the variant key, else one spelling slip: fuzzy.ts) is the place, not the
 * foreign namesake written the same way. In: the text, a mention matched exactly and the home
 * country (the caller's hint, lower case). Out: the home variants, or none when the rule does not
 * apply (no hint, a candidate at home already, no home stated in the sentence, no variant).
 * The home is stated by its name, its demonym (its army: 'l'armée malienne') or one of its
 * regions holding a variant.
 */
import { foldName, foldVariant } from './fold.js'
import { findCountry } from './countries.js'
import { slipLookup } from './fuzzy.js'
import { sahelIndex } from './sahel-gazetteer.js'
import type { Place, PlaceMention } from './types.js'

/** Demonyms by English country name, folded, English and French (any gender and number). */
const DEMONYMS: Readonly<Record<string, RegExp>> = {
  mali: /\bmali(?:an|en(?:ne)?)s?\b/,
  'burkina faso': /\bburkinabe?s?\b/,
  niger: /\bnigerien(?:ne)?s?\b/,
  mauritania: /\bmauritani(?:an|en(?:ne)?)s?\b/,
}

const town = (c: Place) => c.kind === 'populated' || c.kind === 'other'

/** The sentence around `start`..`end` (stops and line breaks end it), folded. */
function sentenceOf(text: string, start: number, end: number): string {
  const before = text.slice(Math.max(0, start - 300), start)
  const cut = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n'))
  const after = text.slice(end, end + 300)
  const stop = after.search(/\.\s|\n/)
  const tail = after.slice(0, stop < 0 ? 300 : stop)
  const sentence = [before.slice(cut + 1), text.slice(start, end), tail]
  return ` ${foldName(sentence.join(' '))} `
}

/** Whether `sentence` (folded, space-padded) sets its places in `home` or one of `regions`. */
function statesHome(sentence: string, home: string, regions: readonly string[]): boolean {
  const country = findCountry(home)
  const names = country ? [country.en, ...country.fr] : [home]
  if (names.some((n) => sentence.includes(` ${foldName(n)} `))) return true
  if (DEMONYMS[home]?.test(sentence)) return true
  return regions.some((r) => r.length > 2 && sentence.includes(` ${r} `))
}

/** Home-country places spelt near `m`, whose exact matches all lie abroad (module note). */
export function homeVariants(
  text: string,
  m: PlaceMention,
  home: string | undefined,
): readonly Place[] {
  if (!home || m.loose !== undefined || m.candidates.length === 0) return []
  if (!m.candidates.every((c) => town(c) && c.country.toLowerCase() !== home)) return []
  const index = sahelIndex()
  const atHome = (ps: readonly Place[]) =>
    ps.filter((p) => town(p) && p.country.toLowerCase() === home)
  let found = atHome(index.byVariantKey(foldVariant(m.text)))
  if (found.length === 0) found = atHome(slipLookup(m.text, (k) => index.byVariantKey(k)))
  if (found.length === 0) return []
  const regions = [...new Set(found.map((p) => foldName(p.admin1)))]
  return statesHome(sentenceOf(text, m.start, m.end), home, regions) ? found : []
}
