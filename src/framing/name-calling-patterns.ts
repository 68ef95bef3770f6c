/**
 * @module
 * Name-calling by form rather than by word: insult compounds ('Hitler-lover', 'Jew-hating',
 * 'tree-huggers', 'regime apologists'), intensifying prefixes ('arch-conservative',
 * 'ultra-liberal'), the distancing words that label what follows ('so-called liberators', 'the
 * self-styled emir', 'le soi-disant calife'), and a short quoted term used as a label of a
 * person ('the “Rottweiler” Smith', 'described him as a “nomad”'). Spans follow the task's
 * guidelines: the label and the noun it sits on, with the determiner.
 */
import { makeSpan } from './_spans.js'
import { wordAt } from './_words.js'
import type { Word } from './_words.js'
import { DETERMINERS, FUNCTION_WORDS } from './data/function-words.js'
import { isLoadedAdjective } from './loaded-language.js'
import type { Span } from './types.js'

/** 'Hitler-lover', 'Jew-hating', 'tree-huggers', 'Putin-apologist', 'gun-grabbers'. */
const INSULT_TAILS = [
  'lovers?', 'loving', 'haters?', 'hating', 'bashers?', 'bashing', 'worshipp?ers?',
  'worshipp?ing', 'apologists?', 'sympathi[sz]ers?', 'huggers?', 'hugging', 'grabbers?',
  'obsessed', 'crazed', 'addled', 'loon', 'lickers?', 'licking',
]
const INSULT_COMPOUND = new RegExp(`^\\p{L}+[-‐‑](?:${INSULT_TAILS.join('|')})$`, 'u')
/** 'arch-conservative', 'ultra-liberal', 'hyper-partisan'. */
const PREFIXED = /^(?:arch|ultra|hyper)[-‐‑]\p{L}{3,}$/u
/** Words that label what follows as a false name. */
const DISTANCING = new Set([
  'so-called',
  'self-styled',
  'self-proclaimed',
  'would-be',
  'soi-disant',
  'prétendu',
  'prétendue',
  'prétendus',
  'prétendues',
  'autoproclamé',
  'autoproclamée',
  'autoproclamés',
  'autoproclamées',
])
const MAX_NP = 4
/** Place words: after 'so-called' they make a local name ('the so-called tri-border area'). */
const PLACE_TERMS = new Set([
  'area', 'zone', 'region', 'border', 'borders', 'triangle', 'corridor', 'belt', 'strip', 'zones',
  'frontières', 'région',
])
const NC = 'Name_Calling,Labeling' as const

/** Whether a place word follows within the next few words ('so-called three borders area'). */
function namesPlace(words: readonly Word[], i: number): boolean {
  for (let j = i; j < i + MAX_NP + 1 && words[j]; j++) {
    const w = words[j] as Word
    if (PLACE_TERMS.has(w.key)) return true
    if (FUNCTION_WORDS.has(w.key) && !DETERMINERS.has(w.key)) return false
  }
  return false
}

/** Only quotation marks and spaces between two words ('so-called “fake news”'). */
const QUOTES_ONLY = /^[\s"“”‘’'«»]*$/u

/** Adjective-like words that may stand before the noun ('so-called Islamic emirate'). */
const ADJECTIVE_LIKE = /(?:ist|ic|ical|ian|al|ous|ive|ary|ese|ish|less|ful|ed|ing)$|[-‐‑]/u

/**
 * End (word index) of the noun phrase a distancing word labels, from word `i`: the words of a
 * quotation that opens there ('so-called “peace council”'), else adjectives and one noun ('the
 * so-called liberators'). Negative (−end−1) when a closing quotation mark follows the end.
 */
function phraseEnd(text: string, words: readonly Word[], i: number): number {
  let j = i
  while (words[j] && DETERMINERS.has((words[j] as Word).key)) j++
  const first = words[j]
  if (!first) return i - 1
  const before = text.slice((words[j - 1] as Word).end, first.start)
  const quoted = /["“‘'«]\s*$/u.test(before)
  let end = i - 1
  for (let n = 0; n < MAX_NP && words[j]; n++, j++) {
    const w = words[j] as Word
    const prev = words[j - 1] as Word
    if (n > 0 && w.barrier && !QUOTES_ONLY.test(text.slice(prev.end, w.start))) break
    if (n > 0 && /["”’'»]/u.test(text.slice(prev.end, w.start))) break
    if (FUNCTION_WORDS.has(w.key)) break
    end = j
    if (!quoted && !ADJECTIVE_LIKE.test(w.key)) break
  }
  const last = words[end] as Word | undefined
  return last && /^["”’'»]/u.test(text.slice(last.end, last.end + 1)) ? -(end + 1) : end
}

/** First word of a span: a determiner right before word `i` is taken in when asked. */
function withDeterminer(words: readonly Word[], i: number, det: boolean): number {
  const prev = words[i - 1]
  const cur = words[i] as Word
  return det && prev && !cur.barrier && DETERMINERS.has(prev.key) ? i - 1 : i
}

/** Name-calling spans found by form: compounds, prefixes, distancing words. */
export function patternSpans(text: string, words: readonly Word[], det = true): Span[] {
  const out: Span[] = []
  words.forEach((w, i) => {
    if (INSULT_COMPOUND.test(w.key) || PREFIXED.test(w.key)) {
      // the noun the insult sits on, if it touches ('arch-conservative cardinal')
      const next = words[i + 1]
      const noun = next && !next.barrier && !FUNCTION_WORDS.has(next.key) ? i + 1 : i
      const to = /(?:ing|ed)$/.test(w.key) || PREFIXED.test(w.key) ? noun : i
      const from = withDeterminer(words, i, det)
      out.push(makeSpan(text, (words[from] as Word).start, (words[to] as Word).end, NC))
    } else if (DISTANCING.has(w.key)) {
      const found = phraseEnd(text, words, i + 1)
      const end = found < 0 ? -found - 1 : found
      // 'the so-called three borders area': a journalist's naming of a place, not a label
      if (end <= i || namesPlace(words, i + 1)) return
      const from = withDeterminer(words, i, det)
      const stop = (words[end] as Word).end + (found < 0 ? 1 : 0)
      out.push(makeSpan(text, (words[from] as Word).start, stop, NC))
    }
  })
  return out
}

/** Words after which 'the wicked' stands for people ('the wicked who…', 'the corrupt are…'). */
const PEOPLE_VERBS = new Set(['who', 'are', 'were', 'will', 'shall', 'have', 'must', 'among'])
/** Abstract nouns a stem of the adjective lexicon also matches ('stupidity', 'savagery'). */
const NOUN_END = /(?:ity|ery|ness|ia|ism|ies|y)$/

/**
 * 'the wicked who…', 'those corrupt.': an evaluative adjective standing alone for people. Not
 * when a noun follows, nor an 'and' or a comma (a list of adjectives before its noun).
 */
export function adjectiveAsNoun(text: string, words: readonly Word[], det = true): Span[] {
  const out: Span[] = []
  words.forEach((w, i) => {
    const adj = words[i + 1]
    const after = words[i + 2]
    if (!(w.key === 'the' || w.key === 'those') || !adj || adj.barrier) return
    if (!isLoadedAdjective(adj.key) || /ly$/.test(adj.key) || NOUN_END.test(adj.key)) return
    if (adj.key === 'evil') return // also the abstract noun: 'the evil of war'
    const gap = after ? text.slice(adj.end, after.start) : ''
    const alone = !after || (after.barrier && /[.;:!?)"”]/u.test(gap) && !gap.includes(','))
    if (!alone && !(after && !after.barrier && PEOPLE_VERBS.has(after.key))) return
    out.push(makeSpan(text, det ? w.start : adj.start, adj.end, NC))
  })
  return out
}

/** One or two words ending in a plural of agents ('globalists', 'Christians', 'cowards'). */
const AGENT_PLURAL = /^(?:\p{L}+[\s-])?\p{L}+(?:ists|ians|ites|ards)$/iu

/** 'described him as a', 'called them': what may stand before a quoted label. */
const NAMING = String.raw`(?<![\p{L}‐‑-])(?:as|called|calls|dubbed|branded|labell?ed|named)\s+`
const LABEL_BEFORE = new RegExp(
  String.raw`${NAMING}(?:(?:him|her|them|it)\s+)?(?:an?\s+|the\s+)?$`,
  'iu',
)

/**
 * Quoted terms used as labels of a person: a scare quote right before a name ('the “Rottweiler”
 * Ratzinger') or after 'as a' / a naming verb ('described as a “nomad”'). The span takes the
 * name in.
 */
export function quotedLabelSpans(
  text: string,
  quotes: readonly Span[],
  words: readonly Word[],
  det = true,
): Span[] {
  const out: Span[] = []
  for (const q of quotes) {
    const next = words[wordAt(words, q.end)]
    const name =
      next !== undefined &&
      /^\s+$/.test(text.slice(q.end, next.start)) &&
      /^\p{Lu}\p{Ll}/u.test(next.text)
    const before = LABEL_BEFORE.test(text.slice(Math.max(0, q.start - 40), q.start))
    // a quoted word for a kind of people: '“globalists”', '“Christians”', '“cowards”'
    const people = AGENT_PLURAL.test(text.slice(q.start + 1, q.end - 1).trim())
    if (!name && !before && !people) continue
    const the = /\bthe\s+$/i.exec(text.slice(Math.max(0, q.start - 8), q.start))
    const start = the && det ? q.start - the[0].length : q.start
    out.push(makeSpan(text, start, name && next ? next.end : q.end, NC))
  }
  return out
}
