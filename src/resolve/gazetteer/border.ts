/**
 * @module
 * Countries a text names as the border beside the event: 'near the Burkina Faso border', 'close
 * to the border with Niger', 'toward the Burkinabe border', 'à la frontière avec le Burkina'. A
 * place so described lies on the other side, so a same-name village in that country is not it.
 * 'The Mali-Niger border' names both sides and counts for neither. In: any text; out: English
 * country names.
 */
import { findCountry } from './countries.js'
import { foldName } from './fold.js'

const NAME = "([a-z]+(?: faso)?)"
const BORDER_WITH = new RegExp(
  `\\b(?:borders?|frontiers?|frontieres?) (?:with|avec) (?:the |le |la |l )?${NAME}`,
  'g',
)
/** 'the Burkina Faso border', but not 'the Mali-Niger border' (hyphens fold to spaces). */
const COUNTRY_BORDER = new RegExp(`\\bthe ${NAME} (?:borders?|frontiers?)\\b`, 'g')

/** The last few texts asked about (the raw and the folded text of one document alternate). */
const recent = new Map<string, ReadonlySet<string>>()

/** English names of the countries named as the border beside the event. */
export function borderCountries(text: string): ReadonlySet<string> {
  let found = recent.get(text)
  if (!found) {
    found = scan(text)
    recent.set(text, found)
    if (recent.size > 4) recent.delete(recent.keys().next().value as string)
  }
  return found
}

/** Demonyms of the border ('the Burkinabe border', 'the Nigerien border'): folded. */
const DEMONYMS: Readonly<Record<string, string>> = {
  burkinabe: 'Burkina Faso',
  nigerien: 'Niger',
  malian: 'Mali',
  algerian: 'Algeria',
  mauritanian: 'Mauritania',
  guinean: 'Guinea',
  ivorian: "Cote d'Ivoire",
  senegalese: 'Senegal',
}
const DEMONYM_BORDER = new RegExp(
  `\\b(?:the|la|a) (${Object.keys(DEMONYMS).join('|')}) (?:borders?|frontiers?)\\b`,
  'g',
)

// biome-ignore lint/suspicious/noControlCharactersInRegex: the whole ASCII range is meant
const ASCII = /^[\x00-\x7f]*$/
/** 'border' or 'frontier' in ASCII text as foldName reads it (it drops only ' and ` there). */
const BORDER_WORD = /b['`]*o['`]*r['`]*d['`]*e['`]*r|f['`]*r['`]*o['`]*n['`]*t['`]*i['`]*e['`]*r/i

function scan(text: string): Set<string> {
  // every pattern needs the word: an ASCII text without it names no border (no folding needed)
  if (ASCII.test(text) && !BORDER_WORD.test(text)) return new Set()
  // 'the BurkinaFaso border': the name written without its space
  const folded = foldName(text).replace(/\bburkinafaso\b/g, 'burkina faso')
  const out = new Set<string>()
  for (const re of [BORDER_WITH, COUNTRY_BORDER]) {
    for (const m of folded.matchAll(re)) {
      const country = findCountry(m[1] ?? '') ?? findCountry((m[1] ?? '').split(' ')[0] ?? '')
      if (country) out.add(country.en)
    }
  }
  for (const m of folded.matchAll(DEMONYM_BORDER)) {
    const country = DEMONYMS[m[1] ?? '']
    if (country) out.add(country)
  }
  return out
}
