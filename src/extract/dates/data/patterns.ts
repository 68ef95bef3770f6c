/**
 * @module
 * Regular expressions for calendar dates, applied to accent-folded lower-case text (same length
 * as the original, so offsets carry over). Named groups: d (day), d2 (second day of a range),
 * m (month name), y (year), wd (weekday).
 */
const MONTH =
  '(?<m>jan(?:uary|vier|v)?|feb(?:ruary)?|fevr?(?:ier)?|mar(?:ch|s)?|apr(?:il)?|avr(?:il)?|may|mai|' +
  'june?|juin|july?|juil(?:let)?|aug(?:ust)?|aout|sept?(?:ember|embre)?|oct(?:ober|obre)?|' +
  'nov(?:ember|embre)?|dec(?:ember|embre)?)\\.?'
const DAY = '(?<d>[0-3]?\\d)(?:st|nd|rd|th|er)?'
const DAY2 = '(?<d2>[0-3]?\\d)(?:st|nd|rd|th|er)?'
const YEAR = '(?<y>(?:19|20)\\d\\d)'
const RANGE_SEP = '\\s*(?:-|–|to|and|au|et|a|or|ou|/)\\s*'

/** "14 to 15 July 2020", "du 14 au 15 juillet", "12 mars", "1er mars 2021". */
export const DAY_MONTH = new RegExp(
  `\\b${DAY}(?:${RANGE_SEP}${DAY2})?\\s+(?:of\\s+)?${MONTH}(?:,?\\s+${YEAR})?\\b`,
  'g',
)

/** "August 7", "November 18, 2019", "December 11-12", "July 7 and 10". */
export const MONTH_DAY = new RegExp(
  `\\b${MONTH}\\s+${DAY}(?:${RANGE_SEP}${DAY2})?(?:st|nd|rd|th)?(?:,?\\s+${YEAR})?\\b`,
  'g',
)

/** "12/03/2021" (day first, as in French and West African usage). */
export const NUMERIC = /\b(?<d>[0-3]?\d)\/(?<mo>[01]?\d)\/(?<y>(?:19|20)\d\d)\b/g

/** "in March 2016", "en mars 2012". */
export const MONTH_YEAR = new RegExp(`\\b${MONTH}\\s+${YEAR}\\b`, 'g')

/** "in 2012", "depuis 2015", "(2019)": a year, not a count ("2000 people"). */
export const YEAR_ONLY =
  /(?<=\b(?:in|since|from|until|of|during|by|early|late|mid|summer|spring|autumn|fall|winter|year|en|depuis|de|du|des|annee|jusqu'en|fin|debut|courant|and|et|to|a)\s+|[(,]\s*)(?<y>(?:19|20)\d\d)\b|\b(?<y2>(?:19|20)\d\d)(?=\s*(?:[.,;:)]|$))/g

/** "on Tuesday", "last Saturday", "dimanche dernier", "Tuesday night". */
export const WEEKDAY =
  /\b(?<last>last\s+)?(?<wd>sunday|monday|tuesday|wednesday|thursday|friday|saturday|dimanche|lundi|mardi|mercredi|jeudi|vendredi|samedi)(?<dernier>\s+derni[e]r)?\b/g

/** Words just before a date that make it approximate ("around 4 July", "vers le 4 juillet"). */
export const APPROX_BEFORE =
  /\b(?:around|about|circa|approximately|vers|aux alentours du|late|early|mid)\s*(?:the\s+|le\s+)?$/

/** Words just before a date that make it a "night of X to Y" (first day, exact). */
export const NIGHT_BEFORE = /\b(?:night\s+of|nuit\s+du|dans\s+la\s+nuit\s+du)\s*(?:the\s+)?$/
