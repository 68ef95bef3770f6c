/**
 * @module
 * Qualifiers: the names that only describe the place before them — 'Djika (Arbinda, Soum)',
 * 'Boni, between Douentza and Hombori', 'Tomona, commune of Diafarabe' — found from the words
 * between two mentions. In: the text and its mentions in order; out: one flag per mention.
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

/** Which mentions qualify the one before them (a list continues a qualifier: 'A and B'). */
export function qualifiers(text: string, mentions: readonly PlaceMention[]): boolean[] {
  const out: boolean[] = []
  mentions.forEach((m, k) => {
    const prev = mentions[k - 1]
    const gap = prev ? text.slice(prev.end, m.start) : ''
    out.push(
      prev !== undefined &&
        (QUALIFIER_GAP.test(gap) || (out[k - 1] === true && LIST_GAP.test(gap))),
    )
  })
  return out
}
