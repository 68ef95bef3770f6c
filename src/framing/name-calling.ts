/**
 * @module
 * Name calling and labelling: words that put a person or group in a box ('terrorists',
 * 'the junta', 'colonial troops', 'lackeys', 'des terroristes'), from `data/labels-*.ts`. Two
 * rules: a label noun or phrase, grown left over its modifiers ('radical Islamic terrorists');
 * and a loaded adjective on a neutral people noun ('corrupt politicians', 'bloody junta').
 */
import { compileWordLexicon, wordLexiconHas, wordLexiconHits } from './_word-lexicon.js'
import { makeSpan, mergeSpans } from './_spans.js'
import { tokenizeWords, wordAt } from './_words.js'
import type { Word } from './_words.js'
import { DETERMINERS, FUNCTION_WORDS } from './data/function-words.js'
import { LABEL_NOUNS_EN, LABEL_PHRASES_EN, PEOPLE_NOUNS_EN } from './data/labels-en.js'
import { LABEL_NOUNS_FR, LABEL_PHRASES_FR, PEOPLE_NOUNS_FR } from './data/labels-fr.js'
import { ADJ as LOADED_ADJ } from './loaded-language.js'
import { adjectiveAsNoun, patternSpans, quotedLabelSpans } from './name-calling-patterns.js'
import { findScareQuotes } from './scare-quotes.js'
import type { Span } from './types.js'

const LABELS = compileWordLexicon(
  LABEL_NOUNS_EN,
  LABEL_PHRASES_EN,
  LABEL_NOUNS_FR,
  LABEL_PHRASES_FR,
)
const PEOPLE: ReadonlySet<string> = new Set([...PEOPLE_NOUNS_EN, ...PEOPLE_NOUNS_FR])
/** Endings of English adjectives and nationality words that can premodify a label. */
const MODIFIER_END = /(?:ist|ic|ical|ian|al|ous|ive|ary|ese|ish|an|less|ful)$/
/** Participles ('armed', 'entrenched') premodify only after a determiner or an adverb. */
const PARTICIPLE_END = /(?:ed|ing)$/
const MAX_MODIFIERS = 3
const PARTISAN = /^(?:anti|pro|far|alt|ultra|hard|neo)[-‐‑]\p{L}/u
const MAX_GAP = 2
const RANK_WORDS = new Set(['former', 'ex', 'top', 'senior', 'career', 'so-called'])

export interface NameCallingOptions {
  /** Take a determiner before the label into the span ('the junta'). Default true. */
  readonly determiner?: boolean
}

/** Whether a word can premodify a label noun ('Islamic', 'bloody', 'pro-Russian'). */
export function isModifier(w: Word): boolean {
  if (FUNCTION_WORDS.has(w.key)) return false
  if (wordLexiconHas(LOADED_ADJ, w.key)) return true
  if (w.text.includes('-')) return true
  return MODIFIER_END.test(w.key)
}

/** 'the armed men', 'heavily armed men': a participle used as an adjective, not a verb. */
function isParticiple(words: readonly Word[], i: number): boolean {
  const w = words[i] as Word
  if (!PARTICIPLE_END.test(w.key) || FUNCTION_WORDS.has(w.key)) return false
  const before = words[i - 1]
  return !before || w.barrier || DETERMINERS.has(before.key) || /ly$/.test(before.key)
}

/** Grow left over modifiers touching word `first`; then over one determiner if asked. */
export function growLeft(words: readonly Word[], first: number, determiner: boolean): number {
  let i = first
  for (let k = 0; k < MAX_MODIFIERS; k++) {
    const cur = words[i] as Word
    const prev = words[i - 1]
    if (!prev || cur.barrier || !(isModifier(prev) || isParticiple(words, i - 1))) break
    i--
  }
  const cur = words[i] as Word
  const prev = words[i - 1]
  if (determiner && prev && !cur.barrier && DETERMINERS.has(prev.key)) i--
  return i
}

function lastWord(words: readonly Word[], first: number, end: number): number {
  let last = first
  while (last + 1 < words.length && (words[last + 1] as Word).start < end) last++
  return last
}

/** Loaded adjective + up to two modifiers + a people noun ('corrupt Western elites'). */
function adjectiveOnPeople(words: readonly Word[], adj: number): number | null {
  for (let j = adj + 1; j <= adj + 1 + MAX_GAP && j < words.length; j++) {
    const w = words[j] as Word
    if (w.barrier) break
    if (PEOPLE.has(w.key)) return j
    // 'disgraced former officials', 'corrupt top generals'
    if (!isModifier(w) && !/^\p{Lu}/u.test(w.text) && !RANK_WORDS.has(w.key)) break
  }
  return adjectiveOnName(words, adj)
}

/** A loaded adjective on a name: 'crooked Hillary', 'the treacherous Keita'. */
function adjectiveOnName(words: readonly Word[], adj: number): number | null {
  const isName = (w: Word | undefined): w is Word =>
    w !== undefined && !w.barrier && /^\p{Lu}\p{Ll}/u.test(w.text) && !FUNCTION_WORDS.has(w.key)
  const name = words[adj + 1]
  if (!isName(name)) return null
  return isName(words[adj + 2]) ? adj + 2 : adj + 1
}

/** 'Smith, a notorious fraud,': an apposition after a name that holds a loaded word. */
const APPOSITIVE =
  /(?<=\p{Lu}[\p{L}'’.-]*),\s+((?:a|an|the|un|une|le|la)\s+[^,.;:()\n"“”]{3,80}?)(?=\s*[,.;:)\n])/gu

/** 'he is a liar', 'they are the real terrorists': a predicate noun phrase. */
const PREDICATE =
  /(?<![\p{L}])(?:is|are|was|were|be|being|been|become|becomes|became|remains?|est|sont|était|étaient)\s+((?:a|an|the|un|une|le|la|les|des)\s+[^,.;:()\n"“”]{3,60}?)(?=\s*(?:[,.;:)\n]|\s(?:who|which|that|qui|and|et|for|with|in|of)\s))/giu

function appositiveSpans(text: string, words: readonly Word[]): [number, number][] {
  const out: [number, number][] = []
  for (const m of [...text.matchAll(APPOSITIVE), ...text.matchAll(PREDICATE)]) {
    const np = m[1] ?? ''
    const start = (m.index ?? 0) + m[0].indexOf(np)
    const end = start + np.length
    let loaded = false
    for (let i = wordAt(words, start); words[i] && (words[i] as Word).end <= end; i++) {
      const k = (words[i] as Word).key
      if (wordLexiconHas(LOADED_ADJ, k) || wordLexiconHas(LABELS, k)) loaded = true
    }
    const from = start + np.indexOf(' ') + 1
    if (loaded) out.push([from, end])
  }
  return out
}

/** 'branded him a traitor', 'dubbed the "liberators"': the words after a naming verb. */
const NAMING_VERB =
  /(?<![\p{L}‐‑-])(?:called|calls|calling|dubbed|dubs|branded|brands|labell?ed|labels|nicknamed|denounced\s+as|described\s+as|traités?\s+de|qualifiée?s?\s+de)\s+(?:(?:him|her|them|it|us|me|themselves|himself|herself|itself|les|la|le|se)\s+)?(?:(?:a|an|the|un|une|des)\s+)?([\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,3})/giu

function namingVerbSpans(text: string, words: readonly Word[]): [number, number][] {
  const out: [number, number][] = []
  NAMING_VERB.lastIndex = 0
  for (let m = NAMING_VERB.exec(text); m; m = NAMING_VERB.exec(text)) {
    const np = m[1] ?? ''
    const start = m.index + m[0].length - np.length
    // Keep the noun phrase up to its first function word.
    let i = wordAt(words, start)
    const first = i
    while (
      words[i] &&
      (words[i] as Word).end <= start + np.length &&
      !FUNCTION_WORDS.has((words[i] as Word).key)
    )
      i++
    if (i > first && /^\p{Ll}/u.test((words[first] as Word).text)) {
      out.push([(words[first] as Word).start, (words[i - 1] as Word).end])
    }
  }
  return out
}

/**
 * Name-calling spans in a document, in text order, merged where they overlap.
 * @example findNameCalling('They called them colonial troops.') // → 'colonial troops'
 */
export function findNameCalling(
  text: string,
  opts: NameCallingOptions = {},
  words = tokenizeWords(text),
): Span[] {
  const det = opts.determiner ?? true
  const spans: Span[] = []
  for (const [s, e] of wordLexiconHits(LABELS, words)) {
    const first = wordAt(words, s)
    if (!words[first]) continue
    const from = growLeft(words, first, det)
    const last = lastWord(words, first, e)
    spans.push(
      makeSpan(
        text,
        (words[from] as Word).start,
        (words[last] as Word).end,
        'Name_Calling,Labeling',
      ),
    )
  }
  // Partisan prefixes work like loaded adjectives: 'anti-French agitators', 'far-left activists'.
  const partisan = words.flatMap((w) => (PARTISAN.test(w.key) ? [[w.start, w.end] as const] : []))
  for (const [s, e] of [...wordLexiconHits(LOADED_ADJ, words), ...partisan]) {
    const first = wordAt(words, s)
    const noun = adjectiveOnPeople(words, lastWord(words, first, e))
    if (noun === null) continue
    const from = growLeft(words, first, det)
    spans.push(
      makeSpan(
        text,
        (words[from] as Word).start,
        (words[noun] as Word).end,
        'Name_Calling,Labeling',
      ),
    )
  }
  for (const [s, e] of [...namingVerbSpans(text, words), ...appositiveSpans(text, words)]) {
    spans.push(makeSpan(text, s, e, 'Name_Calling,Labeling'))
  }
  spans.push(...patternSpans(text, words, det), ...adjectiveAsNoun(text, words, det))
  spans.push(...quotedLabelSpans(text, findScareQuotes(text), words, det))
  return mergeSpans(text, spans)
}
