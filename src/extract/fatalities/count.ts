/**
 * @module
 * Counts the dead in one sentence. Two patterns around each death cue: the count before it
 * ("two soldiers and three fighters were killed", "trois morts") and the object after an active
 * verb ("killed six civilians", "a tué trois civils"), and "the lives of N" / "la vie à N".
 * Counts joined by "and"/"," are summed; wounded, abducted or arrested people are not counted;
 * "no casualties" gives 0.
 */
import { foldText } from '../text/span.js'
import { CLAUSE_PUNCT, tokenize } from '../text/tokens.js'
import { NOT_PEOPLE } from './data/numbers.js'
import {
  ALTERNATIVE,
  CAUSE_BEFORE,
  DEATH_VERBS,
  DEATH_WORDS,
  NO_DEATHS,
  SKIP_AFTER_VERB,
  STOP_WORDS,
  SUBSET,
} from './data/cues.js'
import { PERSON_NOUNS, PLURAL_PERSONS } from './data/people.js'
import { acceptable, definiteOne, readAt, singleObject } from './phrases.js'
import { readQuantity, type Quantity } from './quantity.js'

export interface DeathCount {
  readonly value: number
  readonly min: number
  readonly max: number | null
  /** Character ranges of the counts (or of the "no casualties" phrase). */
  readonly spans: ReadonlyArray<{ readonly start: number; readonly end: number }>
  /** The sentence states a (revised) toll rather than new victims. */
  readonly toll: boolean
  /** The sentence gives another source's figure ("other sources said…"). */
  readonly alternative?: boolean
}

/** Counts of the dead in `text[from, to)`; null when the sentence gives no count. */
export function countDeaths(
  text: string,
  from: number,
  to: number,
  excludeRanges: ReadonlyArray<{ start: number; end: number }> = [],
  folded?: string,
): DeathCount | null {
  const f = folded ?? foldText(text)
  const tokens = tokenize(text, from, to, f)
  const used = new Set<number>()
  const excluded = (i: number): boolean => {
    const t = tokens[i]
    return !t || used.has(i) || excludeRanges.some((r) => t.start >= r.start && t.end <= r.end)
  }
  const found: Quantity[] = []
  const take = (q: Quantity): void => {
    found.push(q)
    for (let k = q.first; k <= q.last; k++) used.add(k)
  }
  let toll = false
  for (let c = 0; c < tokens.length; c++) {
    const cue = tokens[c]?.norm ?? ''
    if (cue === 'toll' || cue === 'bilan') {
      toll = true
      for (let k = c + 1; k < Math.min(tokens.length, c + 8); k++) {
        const q = readQuantity(tokens, k)
        if (q && acceptable(tokens, q, excluded)) {
          take(q)
          break
        }
      }
      continue
    }
    if (
      cue === 'bodies' ||
      cue === 'body' ||
      cue === 'corpses' ||
      cue === 'corps' ||
      cue === 'cadavres'
    ) {
      const of = tokens[c + 1]?.norm
      const q = of === 'of' || of === 'de' ? readQuantity(tokens, c + 2) : null
      if (q && acceptable(tokens, q, excluded)) {
        take(q)
        continue
      }
    }
    // "claimed the lives of 77 people", "a coûté la vie à 12 soldats": the count after.
    if ((cue === 'lives' && tokens[c + 1]?.norm === 'of') ||
      (cue === 'vie' && /^(?:a|aux)$/.test(tokens[c + 1]?.norm ?? ''))) {
      // past "at least", "more than", "au moins", "plus de"
      let q: Quantity | null = null
      for (let k = c + 2; k <= c + 5 && !q; k++) {
        if (CLAUSE_PUNCT.has(tokens[k]?.norm ?? '.')) break
        q = readAt(tokens, k)
      }
      if (q && acceptable(tokens, q, excluded)) {
        take(q)
        continue
      }
    }
    // a word that is no death verb or death word (nor the 'dead' of 'shot dead') counts nothing
    if (!DEATH_VERBS.has(cue) && !DEATH_WORDS.has(cue) && cue !== 'dead') continue
    // "in reaction to the killing of a farmer": the reason for the event, not its toll.
    const at = tokens[c]?.start ?? from
    if (CAUSE_BEFORE.test(f.slice(Math.max(from, at - 60), at))) continue
    let gotObject = false
    const prev = tokens[c - 1]?.norm ?? ''
    // The auxiliary before the cue, past an adverb or "shot" ("was reportedly executed",
    // "was shot dead").
    let a = c - 1
    while (
      a > c - 3 &&
      /^(?:\w+ly|also|then|later|shot|subsequently|allegedly)$/.test(tokens[a]?.norm ?? '')
    )
      a--
    const aux = tokens[a]?.norm ?? ''
    const passive = /^(?:was|were|been|being|is|are|ete|sont|get|got)$/.test(aux)
    const verb = DEATH_VERBS.has(cue) || (cue === 'dead' && prev === 'shot')
    // "militants who had executed an informer": a pluperfect tells an earlier killing.
    const earlier = tokens.slice(Math.max(0, c - 3), c).some((t) => t.norm === 'had')
    if (verb && !passive && earlier) continue
    if (verb && !passive) {
      // "killed and wounded several": the count after both verbs counts the dead too.
      const both =
        tokens[c + 1]?.norm === 'and' && /^(?:wound\w*|injur\w*)$/.test(tokens[c + 2]?.norm ?? '')
      for (let k = both ? c + 3 : c + 1; k < Math.min(tokens.length, c + 12); k++) {
        const t = tokens[k]
        if (!t || CLAUSE_PUNCT.has(t.norm) || STOP_WORDS.has(t.norm)) break
        const q = readAt(tokens, k) ?? definiteOne(tokens, k)
        if (q && acceptable(tokens, q, excluded)) {
          take(q)
          gotObject = true
          k = q.last
          continue
        }
        if (!gotObject && !SKIP_AFTER_VERB.has(t.norm) && !PERSON_NOUNS.has(t.norm)) break
        if (gotObject && /^(?:by|who|which|whose|that|qui|dont)$/.test(t.norm)) break
      }
    }
    if (verb && !passive && !gotObject) {
      const one = singleObject(text, tokens, c, excluded)
      if (one) {
        take(one)
        continue
      }
    }
    if (gotObject || !DEATH_WORDS.has(cue)) continue
    // An active verb whose object is not people ("killed two sheep") has no victims before it.
    const objectNotPeople = tokens.slice(c + 1, c + 5).some((t) => NOT_PEOPLE.has(t.norm))
    if (verb && !passive && objectNotPeople) continue
    let before = 0
    let singular: number | null = null
    let singulars = 0
    const foundBefore = found.length
    let commas = passive ? 2 : 0
    for (let k = c - 1; k >= Math.max(0, c - 14); k--) {
      const t = tokens[k]
      // "Four men, accused of theft, were killed": a passive subject may sit before an apposition.
      if (t?.norm === ',' && commas > 0 && before === 0) {
        commas--
        continue
      }
      // "5 guards, 1 gendarme and 6 assailants killed": a list of counts goes on past commas.
      const last = found[found.length - 1]
      if (t?.norm === ',' && before > 0 && last && last.first === k + 1) continue
      // "10 Dozo hunters (Bambara) were killed": skip a parenthesis.
      if (t?.norm === ')') {
        let open = k - 1
        while (open > c - 14 && open > 0 && tokens[open]?.norm !== '(') open--
        if (tokens[open]?.norm === '(') {
          k = open
          continue
        }
      }
      // "two militiamen including an officer were killed": the subset does not add up.
      if (t && SUBSET.has(t.norm) && (before > 0 || singular !== null)) {
        while (found.length > foundBefore) {
          const drop = found.pop()
          for (let x = drop?.first ?? 0; x <= (drop?.last ?? -1); x++) used.delete(x)
        }
        before = 0
        singular = null
        singulars = 0
        continue
      }
      if (!t || CLAUSE_PUNCT.has(t.norm) || STOP_WORDS.has(t.norm)) break
      if (DEATH_WORDS.has(t.norm) || DEATH_VERBS.has(t.norm)) break
      const q = readAt(tokens, k)
      if (q && q.last < c && acceptable(tokens, q, excluded)) {
        take(q)
        before++
        // the quantity may begin earlier ("between 10 and 15"), keep scanning before it
        k = q.first
        continue
      }
      if (
        PERSON_NOUNS.has(t.norm) &&
        !PLURAL_PERSONS.has(t.norm) &&
        !t.norm.endsWith('s') &&
        !used.has(k)
      ) {
        // "Forest guard and his guide killed": each singular person joined by "and" is a victim.
        if (
          singular === null ||
          /^(?:and|et|,)$/.test(tokens[k + 1]?.norm ?? '') ||
          /^(?:his|her|their|son|sa)$/.test(tokens[k - 1]?.norm ?? '')
        )
          singulars++
        singular ??= k
      }
    }
    // "The mayor of Boni was assassinated", "Marabout killed": one victim.
    if (before === 0 && singular !== null) {
      const v = Math.max(1, singulars)
      take({ first: singular, last: singular, value: v, min: v, max: v, vague: false })
    } else if (before === 0 && (aux === 'was' || aux === 'est') && !excluded(a)) {
      take({ first: a, last: a, value: 1, min: 1, max: 1, vague: false })
    }
  }
  if (found.length === 0) {
    const part = f.slice(from, to)
    for (const re of NO_DEATHS) {
      const m = re.exec(part)
      if (m) {
        const start = from + m.index
        return {
          value: 0,
          min: 0,
          max: 0,
          spans: [{ start, end: start + m[0].length }],
          toll: false,
        }
      }
    }
    return null
  }
  const value = found.reduce((s, q) => s + q.value, 0)
  const max = found.every((q) => q.max !== null)
    ? found.reduce((s, q) => s + (q.max ?? 0), 0)
    : null
  const spans = found.map((q) => ({
    start: tokens[q.first]?.start ?? from,
    end: tokens[q.last]?.end ?? from,
  }))
  const alternative = ALTERNATIVE.test(f.slice(from, to))
  return { value, min: value, max, spans, toll, alternative }
}
