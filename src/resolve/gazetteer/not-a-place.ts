/**
 * @module
 * Place names that are no places in their context, checked on a found mention and the text
 * around it: a surname after a title or a given name ('Captain Ibrahim Traoré', 'President
 * Keïta', 'Amadou Koufa': Traoré, Keïta and Koufa are also villages), and a city named only
 * to give a clock time ('(local time, 12 pm in Paris)', '(heure de Paris)'), and a capital named
 * only as the seat of a government ("Ouagadougou's ruling junta", 'la junte de Bamako'): the
 * event is elsewhere, the capital stands for the rulers.
 */
import { COUNTRIES } from './countries.js'
import { foldName } from './fold.js'

/** Titles and ranks before a person's name (accent-folded, lower case, no final dot). */
const TITLES = new Set(`captain capt capitaine colonel col general gen genl lieutenant lt major
  sergeant sgt commander commandant corporal president presidents minister ministre premier prime
  mr mrs ms dr doctor docteur imam sheikh cheikh chef chief emir marabout mayor maire governor
  gouverneur prefect prefet king roi queen senator deputy depute ambassador ambassadeur
  spokesman porte-parole sultan`.split(/\s+/).filter(Boolean))

/** Given names common in the Sahel, which a gazetteer word after them makes a surname. */
const GIVEN = new Set(`abdoulaye abdou abdourahamane abdramane aboubacar adama ahmed ahmadou
  alassane ali aliou alpha amadou amadoun amidou aminata assimi awa ba bah bakary boubacar boubou
  cheick choguel daouda djibrilla djibril fatoumata hamadoun hamidou harouna hassane hama iyad
  ibrahim ibrahima idrissa issa issouf kalifa karim lassana mahamadou mahamane malick mamadou
  mariam modibo mohamed mohammed moctar moussa nouhoum oumar ousmane salif salifou sadio seydou
  sidiki souleymane soumaila soumeylou tiemoko yacouba youssouf`.split(/\s+/).filter(Boolean))

/** The word right before `start` when only spaces separate them ('Captain', 'Capt.'). */
function wordBefore(text: string, start: number): string | null {
  const m = /([\p{L}][\p{L}\p{M}'’-]*)\.?\s+$/u.exec(text.slice(Math.max(0, start - 40), start))
  return m?.[1] ?? null
}

/** A surname: the mention follows a title or a capitalised given name. */
export function isSurname(text: string, start: number): boolean {
  const word = wordBefore(text, start)
  if (word === null) return false
  const key = foldName(word)
  if (TITLES.has(key)) return true
  return /^\p{Lu}/u.test(word) && GIVEN.has(key)
}

/** Inside a parenthesis that gives a clock time ('local time', 'GMT', 'heure de Paris'). */
export function inClockAside(text: string, start: number, end: number): boolean {
  const open = text.lastIndexOf('(', start)
  if (open < 0 || start - open > 60 || text.slice(open, start).includes(')')) return false
  const close = text.indexOf(')', end)
  if (close < 0 || close - end > 60) return false
  const aside = text.slice(open, close)
  return CLOCK.test(aside)
}

const CLOCK =
  /local time|heure locale|\bGMT\b|\bUTC\b|heure de|\b\d{1,2}(?:[.:]\d\d)?\s*(?:[ap]\.?m|h)\b/i

const CAPITALS = new Set(COUNTRIES.map((c) => foldName(c.capital)))

/** Rulers a capital stands for, after "X's" ('ruling junta', 'military government'). */
const SEAT_AFTER = new RegExp(
  "^['’]s?\\s+(?:(?:ruling|military|transitional|new|current)\\s+)*" +
    '(?:junta|regime|government|rulers|authorities|leadership|leaders)\\b',
  'i',
)
/** The same before 'de X' / 'of X' ('la junte de', 'le régime de', 'the junta of'). */
const SEAT_BEFORE = new RegExp(
  '\\b(?:junte|r[ée]gime|pouvoir|autorit[ée]s|dirigeants|junta|regime|rulers)\\s+' +
    "(?:militaire\\s+|military\\s+)?(?:de|d['’]|of)\\s*$",
  'i',
)

/** A national capital named only as the seat of its government, not where anything happened. */
export function isSeatOfGovernment(text: string, start: number, end: number): boolean {
  if (!CAPITALS.has(foldName(text.slice(start, end)))) return false
  if (SEAT_AFTER.test(text.slice(end, end + 40))) return true
  return SEAT_BEFORE.test(text.slice(Math.max(0, start - 40), start))
}

/** The mention at [start, end) names a person, a clock or the rulers, not a place. */
export function notAPlace(text: string, start: number, end: number): boolean {
  if (isSurname(text, start) || inClockAside(text, start, end)) return true
  return isSeatOfGovernment(text, start, end)
}
