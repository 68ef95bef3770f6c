/**
 * @module
 * Site furniture that mirrors, aggregators and PDF prints leave above an article. In: one line
 * (and the document's main script). Out: why it is furniture (`foreign-script`, `address`,
 * `email`, `subscribe` (calls to action, print links), `menu` (language menus, section labels,
 * link lists, a label ending in a colon)) or null when it may be article text. Only short lines
 * qualify: a sentence of prose is never furniture, whatever it mentions.
 */

export type Furniture = 'foreign-script' | 'address' | 'email' | 'subscribe' | 'menu'

export type Script = 'latin' | 'arabic' | 'cyrillic' | 'greek' | 'cjk' | 'other'

const SCRIPTS: [Script, RegExp][] = [
  ['latin', /\p{Script=Latin}/u],
  ['arabic', /\p{Script=Arabic}/u],
  ['cyrillic', /\p{Script=Cyrillic}/u],
  ['greek', /\p{Script=Greek}/u],
  ['cjk', /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u],
]

function scriptOf(letter: string): Script {
  return SCRIPTS.find(([, re]) => re.test(letter))?.[0] ?? 'other'
}

/** Letters per script in `text`. */
function scriptCounts(text: string): Map<Script, number> {
  const counts = new Map<Script, number>()
  for (const m of text.matchAll(/\p{L}/gu)) {
    const s = scriptOf(m[0])
    counts.set(s, (counts.get(s) ?? 0) + 1)
  }
  return counts
}

/** Letters enough to tell a document's script; the rest of a long text is not read. */
const SAMPLE = 20_000

/** The script most of the text's letters are written in (latin when there are none). */
export function mainScript(text: string): Script {
  let best: Script = 'latin'
  let most = 0
  for (const [s, n] of scriptCounts(text.slice(0, SAMPLE))) if (n > most) [best, most] = [s, n]
  return best
}

/** Longest line that may be furniture; longer lines are article text. */
const MAX_LINE = 120
const MAX_WORDS = 14

const ADDRESS = new RegExp(
  String.raw`^(?:https?:\/\/\S+|www\.[\w-]+(?:\.[\w-]+)+\S*|` +
    String.raw`[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|info|fr|ml|bf|ne|af|ru|uk|de|io|news|tv)\/?)$`,
  'i',
)
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/
/** Calls to action that lead a line (`Subscribe to…`, `Abonnez-vous à…`, `Follow us on…`). */
const SUBSCRIBE = new RegExp(
  String.raw`^(?:subscribe|sign up|newsletter|follow us|share this|e-?mail this|read more|` +
    String.raw`read also|see also|abonnez-vous|inscrivez-vous|suivez-nous|partagez|lire aussi|` +
    String.raw`lire la suite|skip to content|printer-friendly|print version|pdf version|` +
    String.raw`version imprimable)`,
  'i',
)
/** Single words that are furniture only when alone on their line. */
const ALONE =
  /^(?:home|accueil|menu|print|imprimer|share|partager|contact|advertisement|publicité|sponsored)$/i
/** A language menu or section label: `European Languages`, `English | Français | Español`. */
const LANGUAGE_LABEL = /^(?:[\p{L}-]+\s+)?(?:languages?|langues?|editions?|éditions?)$/iu
const LANGUAGES = new Set([
  'english', 'français', 'francais', 'español', 'espanol', 'deutsch', 'italiano', 'português',
  'русский', 'عربي', 'العربية', 'فارسی', 'پښتو', 'türkçe', '中文', 'bambara', 'hausa', 'ar', 'en',
  'fr', 'es', 'de', 'ru', 'pt',
])

function isMenu(text: string): boolean {
  if (LANGUAGE_LABEL.test(text)) return true
  // A label that introduces a list of links: `Sections of the site:`, `Rubriques :`.
  if (/^[^.!?:]{2,60}\s?:$/.test(text) && text.split(/\s+/).length <= 8) return true
  const items = text.split(/\s*[|•·»]\s*|\s{2,}|\s\/\s/).filter((x) => x !== '')
  if (items.length >= 3 && items.every((x) => x.split(' ').length <= 3)) return true
  const words = text.toLowerCase().split(/[\s,|/]+/).filter((w) => w !== '')
  return words.length >= 2 && words.every((w) => LANGUAGES.has(w))
}

/** Why a line is site furniture, or null when it may be article text. */
export function furniture(line: string, main: Script): Furniture | null {
  const text = line.trim()
  if (text === '' || text.length > MAX_LINE || text.split(/\s+/).length > MAX_WORDS) return null
  const counts = scriptCounts(text)
  const letters = [...counts.values()].reduce((a, b) => a + b, 0)
  if (letters >= 3 && (counts.get(main) ?? 0) / letters < 0.4) return 'foreign-script'
  if (ADDRESS.test(text)) return 'address'
  if (EMAIL.test(text) && text.split(/\s+/).length <= 8) return 'email'
  if ((SUBSCRIBE.test(text) && !/[.!?]$/.test(text)) || ALONE.test(text)) return 'subscribe'
  if (isMenu(text)) return 'menu'
  return null
}
