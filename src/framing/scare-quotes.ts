/**
 * @module
 * Scare quotes: a short quoted term the writer distances themselves from (the so-called
 * "liberators", 'counter-terrorism' in quotes around a label). Told apart from reported speech
 * (a speech verb or a colon next to the quote, or a quoted sentence) and from quoted names and
 * titles (Title Case words, 'Operation "Serval"'), unless a distancing word ('so-called',
 * 'soi-disant') comes right before. The span includes the quotation marks.
 */
import { compileLexicon } from './_lexicon.js'
import { makeSpan } from './_spans.js'
import { FUNCTION_WORDS } from './data/function-words.js'
import { DISTANCING_CUES, NAMING_CUES, SPEECH_CUES } from './data/quote-cues.js'
import type { Span } from './types.js'

/** Opening mark → closing mark. Content: no line break, no leading or trailing space. */
const QUOTES =
  /(“|"|«\s?|‘|'|„)([^\s"“”«»„‘’][^"“”«»\n]{0,58}?[^\s"“”«»‘’]|[^\s"“”«»‘’'])(\s?»|”|"|’|'|“)/gu
const PAIRS: Readonly<Record<string, string>> = {
  '“': '”',
  '"': '"',
  '«': '»',
  '‘': '’',
  "'": "'",
  '„': '“',
}
const MAX_WORDS = 4
const MAX_CHARS = 40
const CONTEXT = 30

const SPEECH = compileLexicon(SPEECH_CUES)
const DISTANCING = compileLexicon(DISTANCING_CUES)
const NAMING = compileLexicon(NAMING_CUES)

function tail(re: RegExp, s: string): boolean {
  re.lastIndex = 0
  for (let m = re.exec(s); m; m = re.exec(s))
    if (s.slice(m.index + m[0].length).trim() === '') return true
  return false
}

function any(re: RegExp, s: string): boolean {
  re.lastIndex = 0
  return re.test(s)
}

/** Why a quoted term is not a scare quote, or null when it is one. */
export function quoteKind(
  content: string,
  before: string,
  after: string,
): 'scare' | 'speech' | 'name' | 'long' {
  const words = content.split(/\s+/).filter(Boolean)
  if (words.length > MAX_WORDS || content.length > MAX_CHARS) return 'long'
  if (/[.!?…;:,]$/.test(content)) return 'speech'
  const near = before.slice(-CONTEXT)
  if (tail(DISTANCING, near.replace(/[\s"“«‘']+$/, ''))) return 'scare'
  if (/[:]\s*$/.test(before) || tail(SPEECH, near.replace(/[,\s]+$/, ''))) return 'speech'
  const next = after.slice(0, CONTEXT)
  if (/^\s*,/.test(next) && any(SPEECH, next)) return 'speech'
  // A fragment that opens with a function word ('in vain', 'an ambush') is a partial quotation.
  if (FUNCTION_WORDS.has((words[0] ?? '').toLowerCase().replace(/[’']$/, ''))) return 'speech'
  // A capitalised phrase is a name, a title or a slogan ('Forum for another Mali').
  const capitalised =
    /^[\p{Lu}\p{N}]/u.test(content) && (words.length > 1 || /^\p{Lu}/u.test(content))
  if (capitalised || /\d/.test(content)) return 'name'
  if (tail(NAMING, near.replace(/[\s"“«‘']+$/, ''))) return 'name'
  return 'scare'
}

/**
 * Scare-quote spans in a document, in text order (quotation marks included).
 * @example findScareQuotes('the so-called "liberators" arrived') // → '"liberators"'
 */
export function findScareQuotes(text: string): Span[] {
  const out: Span[] = []
  QUOTES.lastIndex = 0
  for (let m = QUOTES.exec(text); m; m = QUOTES.exec(text)) {
    const open = (m[1] ?? '').trim()
    const close = (m[3] ?? '').trim()
    const content = m[2] ?? ''
    if (PAIRS[open] !== close) {
      QUOTES.lastIndex = m.index + 1
      continue
    }
    const start = m.index
    const end = start + m[0].length
    // A typewriter apostrophe inside a word ("don't") is not a quotation mark.
    if ((open === "'" || open === '’') && /[\p{L}\p{N}]/u.test(text[start - 1] ?? '')) {
      QUOTES.lastIndex = start + 1
      continue
    }
    if ((close === "'" || close === '’') && /[\p{L}]/u.test(text[end] ?? '')) {
      QUOTES.lastIndex = start + 1
      continue
    }
    const kind = quoteKind(
      content,
      text.slice(Math.max(0, start - 80), start),
      text.slice(end, end + 80),
    )
    if (kind === 'scare') out.push(makeSpan(text, start, end, 'Scare_Quotes'))
  }
  return out
}
