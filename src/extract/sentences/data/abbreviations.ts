/**
 * @module
 * Abbreviations that end with a period without ending the sentence (English and French),
 * compared lower-case without the period.
 */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'capt', 'cpt', 'maj', 'sgt', 'cdt', 'cmdt',
  'adj', 'sr', 'jr', 'st', 'ste', 'no', 'nos', 'vs', 'approx', 'est', 'etc', 'e.g', 'i.e', 'cf',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'janv', 'févr', 'fevr', 'avr', 'juil', 'déc', 'm', 'mm', 'mme', 'mlle', 'me', 'mgr', 'pr',
  'u.s', 'u.n', 'a.m', 'p.m', 'gov', 'govt', 'dept', 'sen', 'rep', 'ltd', 'inc', 'co', 'art', 'al',
])
