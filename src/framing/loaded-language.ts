/**
 * @module
 * Loaded language: emotionally charged words and phrases ('massacre', 'barbaric', 'lâche',
 * 'so-called'), English and French, found with hand-written lexicons (`data/loaded-*.ts`).
 * A span takes in the intensifiers before it ('truly disgusting') and, for an adjective, the
 * noun it modifies ('vicious attack'), because that is what the reader takes in as one unit.
 */
import { compileWordLexicon, wordLexiconHas, wordLexiconHits } from './_word-lexicon.js'
import { makeSpan, mergeSpans } from './_spans.js'
import { tokenizeWords, wordAt } from './_words.js'
import type { Word } from './_words.js'
import { FUNCTION_WORDS } from './data/function-words.js'
import { INTERJECTIONS_EN, LOADED_ADJ_EN_3, LOADED_IDIOMS_EN } from './data/loaded-en-2.js'
import {
  INTENSIFIERS_EN,
  LOADED_ADJ_EN,
  LOADED_ADJ_EN_2,
  LOADED_NOUN_EN,
  LOADED_VERB_EN,
  STRONG_INTENSIFIERS_EN,
} from './data/loaded-en.js'
import {
  INTENSIFIERS_FR,
  LOADED_ADJ_FR,
  LOADED_NOUN_FR,
  LOADED_VERB_FR,
  STRONG_INTENSIFIERS_FR,
} from './data/loaded-fr.js'
import type { Span } from './types.js'

/** The loaded adjectives, English and French, shared with name calling. */
export const ADJ = compileWordLexicon(
  LOADED_ADJ_EN,
  LOADED_ADJ_EN_2,
  LOADED_ADJ_EN_3,
  LOADED_ADJ_FR,
)
const NOUNS = compileWordLexicon(LOADED_NOUN_EN, LOADED_NOUN_FR)
const VERBS = compileWordLexicon(
  LOADED_VERB_EN,
  LOADED_VERB_FR,
  LOADED_IDIOMS_EN,
  INTERJECTIONS_EN,
)
const INTENSIFIERS: ReadonlySet<string> = new Set(
  [...INTENSIFIERS_EN, ...INTENSIFIERS_FR].filter((w) => !w.includes(' ')),
)
const STRONG: ReadonlySet<string> = new Set([...STRONG_INTENSIFIERS_EN, ...STRONG_INTENSIFIERS_FR])
const MAX_INTENSIFIERS = 2

/** Whether one word is a loaded adjective ('barbares', 'cowardly'). */
export function isLoadedAdjective(word: string): boolean {
  return wordLexiconHas(ADJ, word.toLowerCase().replace(/’/g, "'"))
}

/** Grow a span left over intensifiers that touch it ('truly' + 'disgusting'). */
export function withIntensifiers(words: readonly Word[], first: number): number {
  let i = first
  for (let k = 0; k < MAX_INTENSIFIERS; k++) {
    const cur = words[i]
    const prev = words[i - 1]
    if (!cur || !prev || cur.barrier || !INTENSIFIERS.has(prev.key)) break
    i--
  }
  return i
}

/** The noun right after an adjective, if nothing but a space separates them. */
function headNoun(words: readonly Word[], adj: number, french = false): number {
  const next = words[adj + 1]
  if (!next || next.barrier || FUNCTION_WORDS.has(next.key)) return adj
  if (/^\p{Lu}/u.test(next.text) || /^\p{N}/u.test(next.text)) return adj
  if (/ly$/.test(next.key) || (french && /ment$/.test(next.key))) return adj
  return adj + 1
}

function spanFor(
  text: string,
  words: readonly Word[],
  hit: readonly [number, number],
  kind: 'adj' | 'noun' | 'verb',
  french = false,
): Span | null {
  const first = wordAt(words, hit[0])
  let last = first
  while (last + 1 < words.length && (words[last + 1] as Word).start < hit[1]) last++
  if (!words[first]) return null
  let from = withIntensifiers(words, first)
  // A noun takes the word that qualifies it: 'total disaster', 'utter nonsense'. A French
  // adjective follows its noun: 'une attaque lâche'.
  const leftward = kind === 'noun' || (kind === 'adj' && french)
  if (leftward && from === first && contentBefore(words, first)) from--
  const to = kind === 'adj' && !french ? headNoun(words, last) : last
  return makeSpan(text, (words[from] as Word).start, (words[to] as Word).end, 'Loaded_Language')
}

const FRENCH_MARKERS = new Set(['le', 'la', 'les', 'des', 'est', 'une', 'dans', 'et', 'du', 'sont'])
const ENGLISH_MARKERS = new Set([
  'the',
  'and',
  'of',
  'is',
  'was',
  'in',
  'to',
  'that',
  'with',
  'for',
])

/** Whether a text reads as French: more French than English function words. */
export function isFrench(words: readonly Word[]): boolean {
  let fr = 0
  let en = 0
  for (const w of words) {
    if (FRENCH_MARKERS.has(w.key)) fr++
    else if (ENGLISH_MARKERS.has(w.key)) en++
  }
  return fr > en
}

/** A lowercase content word right before word `i` ('total' in 'total disaster'). */
function contentBefore(words: readonly Word[], i: number): boolean {
  const cur = words[i] as Word
  const prev = words[i - 1]
  if (!prev || cur.barrier || FUNCTION_WORDS.has(prev.key)) return false
  return /^\p{Ll}/u.test(prev.text)
}

/**
 * Loaded-language spans in a document, in text order, merged where they overlap.
 * @example findLoadedLanguage('A truly barbaric attack.') // → 'truly barbaric attack'
 */
export function findLoadedLanguage(text: string, words = tokenizeWords(text)): Span[] {
  const spans: Span[] = []
  const french = isFrench(words)
  const passes = [
    [ADJ, 'adj'],
    [NOUNS, 'noun'],
    [VERBS, 'verb'],
  ] as const
  for (const [lex, kind] of passes) {
    for (const hit of wordLexiconHits(lex, words)) {
      const s = spanFor(text, words, hit, kind, french)
      if (s) spans.push(s)
    }
  }
  // A strong intensifier loads whatever it modifies: 'utterly unacceptable'.
  words.forEach((w, i) => {
    const next = words[i + 1]
    if (!STRONG.has(w.key) || !next || next.barrier || FUNCTION_WORDS.has(next.key)) return
    const head = words[headNoun(words, i + 1, french)] as Word
    spans.push(makeSpan(text, w.start, head.end, 'Loaded_Language'))
  })
  return mergeSpans(text, spans)
}
