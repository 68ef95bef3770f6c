/**
 * @module
 * Qualifiers: the names that only describe the place before them — 'Djika (Arbinda, Soum)',
 * 'Boni, between Douentza and Hombori', 'Tomona, commune of Diafarabe' — found from the words
 * between two mentions. In: the text and its mentions in order; out: one flag per mention. A list
 * ('Kayes, Kadiolo and Bougouni') is not a chain of qualifiers.
 */
import type { PlaceMention } from './types.js'

/**
 * 'Djika (Arbinda, Soum)', 'Boni, between Douentza and Hombori', 'Tomona, commune of
 * Diafarabe': the later names describe.
 */
const QUALIFIER_GAP = new RegExp(
  '^(?:\\s*[,(]\\s*(?:(?:\\p{Ll}+\\s+){0,3}(?:between|entre)\\s+)?' +
    '|\\s+(?:\\p{Ll}+\\s+){0,2}(?:between|entre)\\s+' +
    "|\\s*[,(]\\s*(?:in\\s+)?(?:the\\s+|la\\s+|le\\s+)?(?:rural\\s+)?" +
    '(?:[Cc]ommune|[Mm]unicipality|[Cc]ercle|[Cc]ircle|[Dd]istrict|' +
    '[Dd][eé]partement?|[Pp]refecture)' +
    "\\s+(?:of|de|du|d['’])\\s*)$",
  'u',
)

const LIST_GAP = /^\s*(?:,|and|et|or|ou)\s*$/
const BARE_COMMA = /^\s*,\s*$/
const LAST_OF_LIST = /^\s*,?\s*(?:and|et)\s*$/

/** 'Kayes, Kadiolo and Bougouni': the names after mention `k` run on to a final 'and'. */
function endsAsList(text: string, mentions: readonly PlaceMention[], k: number): boolean {
  for (let j = k + 1; j < mentions.length; j++) {
    const gap = text.slice((mentions[j - 1] as PlaceMention).end, (mentions[j] as PlaceMention).start)
    if (LAST_OF_LIST.test(gap)) return true
    if (!BARE_COMMA.test(gap)) return false
  }
  return false
}

/** Which mentions qualify the one before them (a list continues a qualifier: 'A and B'). */
export function qualifiers(text: string, mentions: readonly PlaceMention[]): boolean[] {
  const out: boolean[] = []
  mentions.forEach((m, k) => {
    const prev = mentions[k - 1]
    const gap = prev ? text.slice(prev.end, m.start) : ''
    // A bare comma qualifies ('Djika, Arbinda') unless the names run on as a list.
    const listed = BARE_COMMA.test(gap) && endsAsList(text, mentions, k)
    out.push(
      prev !== undefined &&
        !listed &&
        (QUALIFIER_GAP.test(gap) || (out[k - 1] === true && LIST_GAP.test(gap))),
    )
  })
  return out
}
