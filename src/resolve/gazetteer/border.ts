/**
 * @module
 * Countries a text names as the border beside the event: 'near the Burkina Faso border', 'close
 * to the border with Niger', 'à la frontière avec le Burkina'. A place so described lies on the
 * other side, so a same-name village in that country is not it. 'The Mali-Niger border' names
 * both sides and counts for neither. In: any text; out: English country names.
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

function scan(text: string): Set<string> {
  const folded = foldName(text)
  const out = new Set<string>()
  for (const re of [BORDER_WITH, COUNTRY_BORDER]) {
    for (const m of folded.matchAll(re)) {
      const country = findCountry(m[1] ?? '') ?? findCountry((m[1] ?? '').split(' ')[0] ?? '')
      if (country) out.add(country.en)
    }
  }
  return out
}
