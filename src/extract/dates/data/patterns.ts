/**
 * @module
 * Regular expressions beside chrono-node: the cheap pre-filters that decide which sentences
 * chrono sees, the extra chrono parsers' patterns (day ranges, "mars 2012"), bare years, and the
 * words around a date that change its time precision or its day. The `*_BEFORE`/`*_AFTER` ones
 * run on accent-folded lower-case text (same length as the original, so offsets carry over);
 * the others on the original text, case-insensitive.
 */
const EN_MONTH =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|' +
  'oct(?:ober)?|nov(?:ember)?|dec(?:ember)?'
const FR_MONTH =
  'janv(?:ier)?|f[ée]vr?(?:ier)?|mars|avr(?:il)?|mai|juin|juil(?:let)?|ao[uû]t|sept(?:embre)?|' +
  'oct(?:obre)?|nov(?:embre)?|d[ée]c(?:embre)?'
const EN_WEEKDAY = 'sunday|monday|tuesday|wednesday|thursday|friday|saturday'
const FR_WEEKDAY = 'dimanche|lundi|mardi|mercredi|jeudi|vendredi|samedi'
const NUMERIC_DATE =
  '(?:\\d{1,2}(?<sep>[/.-])\\d{1,2}\\k<sep>(?:19|20)\\d\\d|(?:19|20)\\d\\d-\\d\\d-\\d\\d)'

/** A sentence worth handing to chrono's English parser: a month, a weekday, d/m/yyyy or ISO. */
export const EN_TRIGGER = new RegExp(
  `\\b(?:${EN_MONTH}|${EN_WEEKDAY})\\b|\\b${NUMERIC_DATE}\\b`,
  'i',
)
/** A sentence worth handing to chrono's French parser. */
export const FR_TRIGGER = new RegExp(`(?<!\\p{L})(?:${FR_MONTH}|${FR_WEEKDAY})(?!\\p{L})`, 'iu')

/** A month name (or abbreviation) in a chrono result: without one it must be a weekday or d/m/y. */
export const MONTH_WORD = new RegExp(`(?<!\\p{L})(?:${EN_MONTH}|${FR_MONTH})(?!\\p{L})`, 'iu')
/** "may", "march" in lower case: a verb, not a month ("they may 3…", "protesters march 5 km"). */
export const VERB_MONTH = /(?<!\p{L})(?:may|march)(?!\p{L})/u
/** A weekday name in a chrono result. */
export const WEEKDAY_WORD = new RegExp(`(?<!\\p{L})(?:${EN_WEEKDAY}|${FR_WEEKDAY})(?!\\p{L})`, 'iu')
/** Every weekday name of a chrono result (for `matchAll`). */
export const WEEKDAY_WORDS = new RegExp(WEEKDAY_WORD.source, 'giu')
/** d/m/yyyy (or d.m.yyyy, d-m-yyyy, yyyy-mm-dd) in a chrono result, not "3/4" or "12-13". */
export const NUMERIC_WORD = new RegExp(`\\b${NUMERIC_DATE}\\b`)
/** A year written out in a chrono result (chrono also reads "August 25, 17" as 2017). */
export const WRITTEN_YEAR = /(?<!\d)(?:19|20)\d\d(?!\d)/
/** The two-digit "year" chrono read after a day ("August 25, 17"). */
export const SHORT_YEAR = /(?<=\d(?:st|nd|rd|th)?)(?:\s*,\s*|\s+)\d{2}$/

const MONTH = `(?<m>${EN_MONTH}|${FR_MONTH})\\.?`
const DAY = '(?<d>[0-3]?\\d)(?:st|nd|rd|th|er)?'
const DAY2 = '(?<d2>[0-3]?\\d)(?:st|nd|rd|th)?'
const YEAR = '(?<y>(?:19|20)\\d\\d)'
const JOIN = '\\s*(?:-|–|to|and|or|&|au|et|ou)\\s*'
const WD = `(?:(?:${EN_WEEKDAY}|${FR_WEEKDAY}),?\\s+)?`

/** "3 and 5 May", "14 to 15 July 2020", "samedi 18 au dimanche 19 juin" (ranges for chrono). */
export const RANGE_DAY_MONTH = new RegExp(
  `(?<![\\p{L}\\d])${WD}${DAY}${JOIN}${WD}${DAY2}\\s+(?:of\\s+)?${MONTH}` +
    `(?:,?\\s+${YEAR})?(?![\\p{L}\\d])`,
  'iu',
)
/** "July 7 and 10", "November 1-2, 2019". */
export const RANGE_MONTH_DAY = new RegExp(
  `(?<![\\p{L}\\d])${MONTH}\\s+${DAY}${JOIN}${DAY2}(?:,?\\s+${YEAR})?(?![\\p{L}\\d])`,
  'iu',
)
const MONTH2 = `(?<m2>${EN_MONTH}|${FR_MONTH})\\.?`
const YEAR2 = '(?<y2>(?:19|20)\\d\\d)'
const BETWEEN = '(?<=\\b(?:between|entre)\\s+(?:the\\s+|le\\s+)?)'
const AND = '\\s+(?:and|et)\\s+(?:the\\s+|le\\s+)?'
/** "between 30 June and 2 July", "entre le 30 juin et le 2 juillet" (chrono reads two days). */
export const BETWEEN_DAY_MONTH = new RegExp(
  `${BETWEEN}${DAY}\\s+(?:of\\s+)?${MONTH}(?:,?\\s+${YEAR})?${AND}${DAY2}\\s+(?:of\\s+)?` +
    `${MONTH2}(?:,?\\s+${YEAR2})?(?![\\p{L}\\d])`,
  'iu',
)
/** "between June 30 and July 2". */
export const BETWEEN_MONTH_DAY = new RegExp(
  `${BETWEEN}${MONTH}\\s+${DAY}(?:,?\\s+${YEAR})?${AND}${MONTH2}\\s+${DAY2}(?:,?\\s+${YEAR2})?` +
    `(?![\\p{L}\\d])`,
  'iu',
)
/** "en mars 2012", "March 2016" (chrono's French parser has no month-year). */
export const MONTH_YEAR = new RegExp(`(?<![\\p{L}\\d])${MONTH}\\s+${YEAR}(?![\\p{L}\\d])`, 'iu')

/** Words chrono keeps before a date that are not part of it ("on 12 May", "le 3 mars"). */
export const LEADING_WORDS = /^(?:(?:on|in|at|of|from|the|le|la|les|du|en|de|ce|cette)\s+)+/i
/** Punctuation chrono keeps after a date ("Sunday,", "March -"). */
export const TRAILING_PUNCT = /[\s,;:.\-–]+$/

const COUNT =
  '(?<n>\\d{1,2}|an?|one|une?|two|deux|three|trois|four|quatre|five|cinq|six|seven|sept|ten|dix)'
const UNIT = '(?<u>days?|weeks?|jours?|semaines?)'
/** "two days later", "a week earlier", "trois jours plus tard": days from the date named before. */
export const COUNT_CHAINED = new RegExp(
  `\\b${COUNT}\\s+${UNIT}\\s+(?<dir>later|earlier|plus\\s+tard|plus\\s+tot|auparavant)\\b`,
  'g',
)
/** "two days ago", "il y a trois jours": days before publication. */
export const COUNT_AGO = new RegExp(
  `\\b(?:il\\s+y\\s+a\\s+${COUNT}\\s+${UNIT}|${COUNT.replace('<n>', '<n2>')}\\s+` +
    `${UNIT.replace('<u>', '<u2>')}\\s+ago)\\b`,
  'g',
)

/** "in 2012", "depuis 2015", "(2019)": a year, not a count ("2000 people"). */
export const YEAR_ONLY =
  /(?<=\b(?:in|since|from|until|of|during|by|early|late|mid|summer|spring|autumn|fall|winter|year|en|depuis|de|du|des|annee|jusqu'en|fin|debut|courant|and|et|to|a)\s+|[(,]\s*)(?<y>(?:19|20)\d\d)\b|\b(?<y2>(?:19|20)\d\d)(?=\s*(?:[.,;:)]|$))/g

/** Words just before a date that make it approximate ("around 4 July", "vers le 4 juillet"). */
export const APPROX_BEFORE =
  /\b(?:around|about|circa|approximately|vers|aux alentours du|late|early|mid)\s*(?:the\s+|le\s+)?$/

/** Words just before a range that make it a "night of X to Y" (the first day, exact). */
export const NIGHT_BEFORE = new RegExp(
  '\\b(?:night\\s+(?:of|from|between)|overnight(?:\\s+(?:of|from|on|between))?|' +
    `nuit\\s+(?:du|de|d'|entre))\\s*(?:the\\s+|le\\s+)?$`,
)

/** "last Friday", "vendredi dernier": a weekday a week back when it is the publication day. */
export const LAST_WEEKDAY = /^last\b|\bderni[e]re?$/
