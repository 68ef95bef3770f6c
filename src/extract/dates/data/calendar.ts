/**
 * @module
 * Month and weekday names (English and French, accent-folded, lower-case) and relative-day
 * expressions, for the date rules.
 */

/** Month name or abbreviation → month number (1–12). */
export const MONTHS: Readonly<Record<string, number>> = {
  january: 1,
  jan: 1,
  janvier: 1,
  janv: 1,
  february: 2,
  feb: 2,
  fevrier: 2,
  fevr: 2,
  fev: 2,
  march: 3,
  mar: 3,
  mars: 3,
  april: 4,
  apr: 4,
  avril: 4,
  avr: 4,
  may: 5,
  mai: 5,
  june: 6,
  jun: 6,
  juin: 6,
  july: 7,
  jul: 7,
  juillet: 7,
  juil: 7,
  august: 8,
  aug: 8,
  aout: 8,
  september: 9,
  sep: 9,
  sept: 9,
  septembre: 9,
  october: 10,
  oct: 10,
  octobre: 10,
  november: 11,
  nov: 11,
  novembre: 11,
  december: 12,
  dec: 12,
  decembre: 12,
}

/** Weekday name → JS day number (0 = Sunday). */
export const WEEKDAYS: Readonly<Record<string, number>> = {
  sunday: 0,
  dimanche: 0,
  monday: 1,
  lundi: 1,
  tuesday: 2,
  mardi: 2,
  wednesday: 3,
  mercredi: 3,
  thursday: 4,
  jeudi: 4,
  friday: 5,
  vendredi: 5,
  saturday: 6,
  samedi: 6,
}

/** Relative expressions → days before publication and time precision. */
export const RELATIVE_DAYS: ReadonlyArray<readonly [string, number, 1 | 2 | 3]> = [
  ['the day before yesterday', 2, 1],
  ['avant-hier', 2, 1],
  ['yesterday', 1, 1],
  ['last night', 1, 1],
  ['overnight', 1, 1],
  ['la nuit derniere', 1, 1],
  ['hier', 1, 1],
  ['this morning', 0, 1],
  ['this afternoon', 0, 1],
  ['this evening', 0, 1],
  ['today', 0, 1],
  ['tonight', 0, 1],
  ["aujourd'hui", 0, 1],
  ['ce matin', 0, 1],
  ['ce week-end', 1, 2],
  ['last weekend', 2, 2],
  ['last week', 7, 2],
  ['earlier this week', 2, 2],
  ['past few days', 2, 2],
  ['in the past 72 hours', 2, 2],
  ['la semaine derniere', 7, 2],
  ['semaine passee', 7, 2],
  ['en debut de semaine', 2, 2],
  ['earlier this month', 7, 3],
  ['early this month', 7, 3],
  ['last month', 30, 3],
  ['le mois dernier', 30, 3],
  ['debut du mois', 7, 3],
]

/** Days relative to the date mentioned just before ("the previous morning", "le lendemain"). */
export const CHAINED_DAYS: ReadonlyArray<readonly [string, number]> = [
  ['the previous day', -1],
  ['the previous morning', -1],
  ['the previous evening', -1],
  ['the previous night', -1],
  ['the day before', -1],
  ['the night before', -1],
  ['la veille', -1],
  ['the next day', 1],
  ['the following day', 1],
  ['the next morning', 1],
  ['the following morning', 1],
  ['le lendemain', 1],
]

/** A reporting verb just before a date: the date of the statement, not of the event. */
export const REPORTING_BEFORE =
  /\b(?:said|says|announced|reported|accused|declared|stated|denounced|published|told|a déclaré|a annoncé|a indiqué|a dénoncé|accusé)\b[^.]{0,20}$/

/** A retaliation phrase before a date in the same clause: the date of the motive, not the event. */
export const MOTIVE_BEFORE =
  /\b(?:retaliation|reprisals?|revenge|repr[ée]sailles?|vengeance)\b[^.;!?]{0,60}$/

/** Small counts in words ("two days later", "il y a trois jours"). */
export const COUNT_WORDS: Readonly<Record<string, number>> = {
  a: 1,
  one: 1,
  un: 1,
  une: 1,
  two: 2,
  deux: 2,
  three: 3,
  trois: 3,
  four: 4,
  quatre: 4,
  five: 5,
  cinq: 5,
  six: 6,
  seven: 7,
  sept: 7,
  ten: 10,
  dix: 10,
}
