/**
 * @module
 * Ethnic words that are part of a place name: 'Bambara-Maoudé', 'Nouhoun-Bozo', 'Tagourou-Dogon',
 * 'the village of Naye Dogon'. Given the text and a mention's span, says whether the mention is
 * such a name part, so the resolver drops it instead of coding a militia that is not there.
 * Two actors joined by a hyphen ('Fulani-Tuareg tensions', 'MSA-GATIA') stay actors.
 */

/** A capitalised word written in lower case after its first letter ('Maoudé', not 'GATIA'). */
const NAME_WORD = /^\p{Lu}\p{Ll}[\p{L}'’]*/u
const NAME_WORD_END = /\p{Lu}\p{Ll}[\p{L}'’]*$/u
/** '<place word> of <Name> ' right before the mention: 'the village of Naye Dogon'. */
const PLACE_BEFORE = new RegExp(
  String.raw`\b(?:village|town|hamlet|locality|commune|localité)\s+(?:of\s+|de\s+)?` +
    String.raw`\p{Lu}\p{Ll}[\p{L}'’-]*\s+$`,
  'u',
)

/**
 * Whether `text[start, end)` is one word of a place name. `isActor(s, e)` says whether another
 * actor mention covers that span (then the hyphen joins two actors, not a name).
 */
export function inPlaceName(
  text: string,
  start: number,
  end: number,
  isActor: (s: number, e: number) => boolean,
): boolean {
  const word = text.slice(start, end)
  if (!NAME_WORD.test(word) || /\s/.test(word)) return false
  if (text.charAt(end) === '-') {
    const next = NAME_WORD.exec(text.slice(end + 1, end + 40))?.[0]
    if (next && !isActor(end + 1, end + 1 + next.length)) return true
  }
  if (text.charAt(start - 1) === '-') {
    const prev = NAME_WORD_END.exec(text.slice(Math.max(0, start - 40), start - 1))?.[0]
    if (prev && !isActor(start - 1 - prev.length, start - 1)) return true
  }
  return PLACE_BEFORE.test(text.slice(Math.max(0, start - 50), start))
}
