/**
 * @module
 * Name folding for gazetteer keys. `foldName` is the exact key (case, accents, apostrophes and
 * hyphens normalised: 'Ménaka' → 'menaka', "Aguel'hoc" → 'aguelhoc'); `foldVariant` is a looser
 * second key that merges the usual French/English transliteration variants of Sahel names
 * (Aguelhoc = Aguelhok, Tinzaouaten = Tinzawaten, Douentza = Duentza), so a spelling the
 * gazetteer lacks still finds its place.
 */

const PLAIN = /^[A-Za-z]+(?: [A-Za-z]+)*$/
const APOSTROPHES = /['’‘`´ʼ]/g
const SEPARATORS = /[-‐‑–—_./,()]+/g
// biome-ignore lint/suspicious/noControlCharactersInRegex: the whole ASCII range is meant
const ASCII = /^[\x00-\x7f]*$/
const SPACES = /\s{2,}|[^\S ]/g

/** Names folded before: the same words are looked up again and again. */
const names = new Map<string, string>()
const variants = new Map<string, string>()
const CACHE_MAX = 50_000

function remember(cache: Map<string, string>, key: string, value: string): string {
  if (key.length > 80) return value // a whole text ('is the country named in it?') is not kept
  if (cache.size >= CACHE_MAX) cache.clear()
  cache.set(key, value)
  return value
}

/** Lowercase, strip accents and apostrophes, turn hyphens into spaces, collapse spaces. */
export function foldName(name: string): string {
  return names.get(name) ?? remember(names, name, fold(name))
}

function fold(name: string): string {
  // fast path: plain ascii letters and single spaces fold to lower case only
  if (PLAIN.test(name)) return name.toLowerCase()
  // ASCII has no accents, marks or ligatures to undo
  const plain = ASCII.test(name)
    ? name.toLowerCase()
    : name
        .normalize('NFD')
        .replace(/\p{M}+/gu, '')
        .toLowerCase()
        .replace(/œ/g, 'oe')
        .replace(/æ/g, 'ae')
        .replace(/ß/g, 'ss')
  // every run of white space becomes one space (a lone ' ' is left as it is)
  return plain.replace(APOSTROPHES, '').replace(SEPARATORS, ' ').replace(SPACES, ' ').trim()
}

/** Ordered rewrites: the order matters (digraphs before single letters). */
const VARIANT_RULES: ReadonlyArray<readonly [RegExp, string]> = [
  [/tch/g, 'ch'],
  [/sh/g, 'ch'],
  [/dj/g, 'j'],
  [/kh/g, 'k'],
  [/gh/g, 'g'],
  [/ph/g, 'f'],
  [/ck/g, 'k'],
  [/q/g, 'k'],
  [/c(?=[aou]|$)/g, 'k'],
  [/ou/g, 'u'],
  [/w/g, 'u'],
  [/y/g, 'i'],
  [/ee/g, 'i'],
  [/(?<=[^aeiou])h/g, ''],
  [/(.)\1+/g, '$1'],
  // Tamasheq 'in' (place of): N'Tillit = In Tillit = I-n-Tillit
  [/^n(?=[^aeiou])/, 'in'],
  // French spellings add a final e: Indelimane = I-n-Deliman
  [/(?<=[^aeiou])e$/, ''],
]

/** Loose key: the exact key without spaces, with variant spellings merged. */
export function foldVariant(name: string): string {
  return variants.get(name) ?? remember(variants, name, variant(name))
}

function variant(name: string): string {
  let key = foldName(name).replace(/[^a-z0-9]/g, '')
  for (const [pattern, replacement] of VARIANT_RULES) key = key.replace(pattern, replacement)
  return key
}
