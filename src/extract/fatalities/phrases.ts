/**
 * @module
 * Victim phrases around a death cue: whether a count is of people ("two soldiers", not "two
 * sheep"), one victim named by an article or title ("the driver", "GATIA commander X"), and
 * further victims joined by "and" ("a leader and his driver").
 */
import { CLAUSE_PUNCT, type Token } from '../text/tokens.js'
import { ARTICLES_ONE, NOT_PEOPLE } from './data/numbers.js'
import { DEATH_VERBS, DEATH_WORDS, NOT_DEAD, STOP_WORDS } from './data/cues.js'
import { PERSON_NOUNS, PLURAL_PERSONS } from './data/people.js'
import { type Quantity, readQuantity } from './quantity.js'

export function isPerson(tokens: readonly Token[], q: Quantity): boolean {
  for (let k = q.last + 1; k <= q.last + 3; k++) {
    const t = tokens[k]
    if (!t || CLAUSE_PUNCT.has(t.norm)) return false
    const n = t.norm.replace(/s$/, '')
    if (PERSON_NOUNS.has(t.norm) || PERSON_NOUNS.has(n)) return true
  }
  return false
}

export function acceptable(
  tokens: readonly Token[],
  q: Quantity,
  excluded: (i: number) => boolean,
): boolean {
  if (excluded(q.first)) return false
  // "one of the three soldiers": the three are not more victims.
  const of = tokens[q.first - 1]?.norm === 'the' ? q.first - 2 : q.first - 1
  if (tokens[of]?.norm === 'of' && readQuantity(tokens, of - 1)) return false
  const first = tokens[q.first]
  if (first && ARTICLES_ONE.has(first.norm)) return isPerson(tokens, q)
  for (let k = q.last + 1; k <= q.last + 4; k++) {
    const n = tokens[k]?.norm ?? ''
    if (
      !n ||
      CLAUSE_PUNCT.has(n) ||
      PERSON_NOUNS.has(n) ||
      DEATH_WORDS.has(n) ||
      /^(?:and|et|or|ou)$/.test(n)
    )
      break
    if (NOT_PEOPLE.has(n)) return false
  }
  for (let k = q.last + 1; k <= q.last + 3; k++) {
    const t = tokens[k]
    if (
      !t ||
      CLAUSE_PUNCT.has(t.norm) ||
      /^(?:killed|dead|tues?|morts?|and|et|or|ou)$/.test(t.norm)
    )
      break
    if (NOT_DEAD.has(t.norm)) return false
  }
  return true
}

/** "the driver", "le chef": one victim when a singular person noun follows the article. */
export function definiteOne(tokens: readonly Token[], i: number): Quantity | null {
  const t = tokens[i]
  if (!t || !/^(?:the|his|her|their|le|la|l|son|sa)$/.test(t.norm)) return null
  for (let k = i + 1; k <= i + 3; k++) {
    const n = tokens[k]?.norm ?? ''
    if (!n || CLAUSE_PUNCT.has(n)) return null
    if (PERSON_NOUNS.has(n)) {
      return PLURAL_PERSONS.has(n) || n.endsWith('s')
        ? null
        : { first: i, last: k, value: 1, min: 1, max: 1, vague: false }
    }
  }
  return null
}

/** "killed the head of the office", "assassinated GATIA commander X", "killing him": one victim. */
export function singleObject(
  text: string,
  tokens: readonly Token[],
  c: number,
  excluded: (i: number) => boolean,
): Quantity | null {
  let k = c + 1
  if (tokens[k]?.norm === 'and' && /(?:ed|ing)$/.test(tokens[k + 1]?.norm ?? '')) k += 2
  const t = tokens[k]
  if (!t || excluded(k) || CLAUSE_PUNCT.has(t.norm)) return null
  const window = tokens.slice(k, k + 4).map((x) => x.norm)
  if (
    window.some((n) => n.endsWith('s') && PERSON_NOUNS.has(n)) ||
    window.some((n) => PLURAL_PERSONS.has(n))
  )
    return null
  if (window.some((n) => NOT_PEOPLE.has(n))) return null
  if (/^(?:him|her)$/.test(t.norm) || (PERSON_NOUNS.has(t.norm) && !t.norm.endsWith('s'))) {
    return { first: k, last: k, value: 1 + coordinated(tokens, k), min: 1, max: 1, vague: false }
  }
  // "shot dead a veterinarian", "killed a Bozo": an article and a person's word or a name.
  const next = tokens[k + 1]
  if (/^(?:a|an|une?)$/.test(t.norm) && next && !NOT_PEOPLE.has(next.norm)) {
    const raw = text.slice(next.start, next.end)
    if (/^\p{Lu}\p{Ll}/u.test(raw) || /(?:ian|ist|man|eur|euse|ant|ent|ier|ere)$/.test(next.norm)) {
      return { first: k, last: k + 1, value: 1, min: 1, max: 1, vague: false }
    }
  }
  // "shot dead CSMAK officer Baba Ag Adobent": a title and a name.
  const title = window
    .slice(0, 3)
    .findIndex((n) => PERSON_NOUNS.has(n) && !n.endsWith('s') && !PLURAL_PERSONS.has(n))
  if (title >= 0) {
    const v = 1 + coordinated(tokens, k + title)
    return { first: k + title, last: k + title, value: v, min: v, max: v, vague: false }
  }
  return null
}

/** Further singular victims joined to the one at `k`: "a leader and his driver" → 1 more. */
export function coordinated(tokens: readonly Token[], k: number): number {
  let more = 0
  let joined = false
  for (let i = k + 1; i < Math.min(tokens.length, k + 12); i++) {
    const n = tokens[i]?.norm ?? ''
    // "a leader and his driver", "a chief, his son": not an apposition ("a trader, former chief…").
    if (
      n === 'and' ||
      n === 'et' ||
      (n === ',' && /^(?:his|her|their|son|sa|and)$/.test(tokens[i + 1]?.norm ?? ''))
    ) {
      joined = true
      continue
    }
    if (n === ',' || /^(?:who|which|whose|qui|dont)$/.test(n)) break
    if (
      NOT_DEAD.has(n) ||
      STOP_WORDS.has(n) ||
      DEATH_WORDS.has(n) ||
      DEATH_VERBS.has(n) ||
      /[.;:(]/.test(n)
    )
      break
    if (joined && PERSON_NOUNS.has(n) && !n.endsWith('s') && !PLURAL_PERSONS.has(n)) {
      more++
      joined = false
    }
  }
  return more
}

export function readAt(tokens: readonly Token[], i: number): Quantity | null {
  // A count may begin before `i` ("between 10 and 15", "vingt et un"): take the widest one.
  for (let s = Math.max(0, i - 3); s < i; s++) {
    const q = readQuantity(tokens, s)
    if (q && q.last >= i) return q
  }
  const t = tokens[i]
  if (t && ARTICLES_ONE.has(t.norm))
    return { first: i, last: i, value: 1, min: 1, max: 1, vague: false }
  return readQuantity(tokens, i)
}
