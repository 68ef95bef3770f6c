/**
 * @module
 * Byline and dateline lines near the top of an article. In: one line. Out: the author and/or the
 * publication date it states, or null when the line is not a byline. Recognised shapes:
 * `By Jane Roe`, `By Jane Roe and Ali Sow, Reuters`, `BY JANE ROE | 12 March 2022`, `Par Awa
 * Diallo - Publié le 12/03/2022 à 14h05`, `Publié le 12/03/2022`, `Published on March 12, 2022`,
 * `Mis à jour le …` (an update date is used only when no publication date is stated), a name
 * followed by a date (`Jane Roe 28.09.2021`), an agency alone (`By AFP`) and a bare date.
 * Conservative by design: a name is 2 to 5 capitalised words, and a line with anything else on
 * it is not a byline (so prose that starts with "By …" stays).
 */
import { parseBylineDate } from './byline-date.js'

export interface Byline {
  readonly author: string | null
  readonly published: string | null
  /** The date is an update date (`Updated`, `Mis à jour`), weaker than a publication date. */
  readonly updated: boolean
}

/** Wire services and staff credits that may stand alone or after a name. */
const AGENCY =
  String.raw`(?:Reuters|AFP|AP|Associated Press|Agence France-Presse|Xinhua|APA|` +
  String.raw`Anadolu(?: Agency)?|AA|Sputnik|TASS|RFI|ANP|MAP|PANA|Staff|Our correspondent|` +
  String.raw`Notre correspondant|La rédaction|Rédaction|Editorial staff)`
/** A capitalised name word: Jane, O'Brien, Al-Hassan, Ould, Diallo-Traoré, J., or all caps. */
const WORD =
  String.raw`(?:\p{Lu}[\p{L}'’.-]*|(?:de|du|da|van|von|der|le|la|ben|bin|ould|ag|al|el)(?=\s))`
const NAME = String.raw`\p{Lu}[\p{L}'’.-]*(?:\s+${WORD}){1,4}`
const NAMES = String.raw`${NAME}(?:\s*(?:,|&|\band\b|\bet\b)\s*${NAME})*`
const SEP = String.raw`\s*(?:,|\||-|–|—|·|/)\s*`

/** No `i` flag: under it `\p{Lu}` would match lower case too, and "By the end…" would pass. */
const BY = new RegExp(
  String.raw`^(?:By|BY|by|Par|PAR|par|Por|Von|Written by|Écrit par)\s*:?\s+(${NAMES}|${AGENCY})` +
    String.raw`(?:${SEP}(.+))?$`,
  'u',
)
const STAMP = new RegExp(
  String.raw`^(published|posted|publié|publie|paru|updated|last updated|mis à jour|modifié)` +
    String.raw`(?:\s+(?:le|on))?\s*:?\s*(.+)$`,
  'iu',
)
const NAME_DATE = new RegExp(String.raw`^(${NAMES})(?:${SEP}|\s+)(.+)$`, 'u')

const clean = (name: string) => name.replace(/\s+/g, ' ').replace(/[,\s]+$/, '').trim()
const AGENCY_ALONE = new RegExp(`^${AGENCY}$`, 'iu')

/** ALL-CAPS bylines (`BY JANE ROE`) become `Jane Roe`; agencies (`AFP`) stay as written. */
function titleCase(name: string): string {
  if (name !== name.toUpperCase() || AGENCY_ALONE.test(name)) return name
  const upper = (_: string, a: string, b: string) => a + b.toUpperCase()
  return name.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, upper)
}

/** A stamp like `Publié le 12/03/2022 à 14h05`, or null. */
function stamp(text: string): Byline | null {
  const m = STAMP.exec(text.trim())
  if (!m) return null
  const published = parseBylineDate(m[2] ?? '')
  if (published === null) return null
  return { author: null, published, updated: /update|mis à jour|modifi/i.test(m[1] ?? '') }
}

/** What follows the name: nothing, an agency, a date or a stamp; undefined when it is prose. */
function tail(rest: string | undefined): Byline | null | undefined {
  if (rest === undefined || rest.trim() === '') return null
  const r = rest.trim()
  if (AGENCY_ALONE.test(r)) return null
  const date = parseBylineDate(r)
  if (date !== null) return { author: null, published: date, updated: false }
  const s = stamp(r)
  if (s !== null) return s
  // `Reuters, 12 March 2022`, `AFP | Publié le …`
  const m = new RegExp(String.raw`^${AGENCY}${SEP}(.+)$`, 'iu').exec(r)
  return m ? (tail(m[1]) ?? undefined) : undefined
}

/** The byline a line states, or null. */
export function parseByline(line: string): Byline | null {
  const text = line.trim().replace(/\s+/g, ' ')
  if (text.length < 4 || text.length > 120 || text.split(' ').length > 16) return null
  const date = parseBylineDate(text)
  if (date !== null) return { author: null, published: date, updated: false }
  const s = stamp(text)
  if (s !== null) return s
  const by = BY.exec(text)
  if (by) {
    const rest = tail(by[2])
    if (rest === undefined) return null
    return {
      author: titleCase(clean(by[1] ?? '')),
      published: rest?.published ?? null,
      updated: rest?.updated ?? false,
    }
  }
  const nd = NAME_DATE.exec(text)
  if (nd) {
    const rest = tail(nd[2])
    // A name alone is a title or a caption; only a name with a date is a byline.
    if (!rest?.published) return null
    const author = titleCase(clean(nd[1] ?? ''))
    return { author, published: rest.published, updated: rest.updated }
  }
  return null
}
