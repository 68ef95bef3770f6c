/**
 * @module
 * Places in a clause that gives the cause of the event rather than its place: in 'following
 * threats in the Menaka sector, air strikes hit militants near Tessit' or 'suite aux menaces dans
 * le secteur de X, des frappes ont visé Y' the event is at Y. In: the text and its resolved
 * mentions; out: the mentions inside such a clause: opened by the cue word at a sentence or
 * clause start and closed by a comma ('29 dead following a blast near X' is the event itself).
 */
import type { ResolvedMention } from './disambiguate.js'

/** A cause or occasion opening a clause at the start of a sentence or after a comma. */
const CAUSE = new RegExp(
  '(?:^|[.;:!?,\\n]\\s*|\\b(?:ainsi|thus|then|puis),?\\s+)' +
    '(?:following|in response to|in retaliation for|suite (?:à|a|aux)|' +
    'à la suite d|a la suite d|en réponse à|en reponse a|en repr[ée]sailles? (?:à|a|aux))' +
    '[^,.;:!?()]*$',
  'i',
)
/** The clause closes with a comma before the main clause: 'following threats in X, strikes…'. */
const CLOSES = /^[^.;:!?]*?,/

/** The name at [start, end) sits in a cause clause ('following threats in X, …'). */
export function inCauseClause(text: string, start: number, end: number): boolean {
  const from = Math.max(0, start - 80)
  // a cut window does not open a sentence ('^' only at the text's start)
  const before = (from > 0 ? '\u0000' : '') + text.slice(from, start)
  return CAUSE.test(before) && CLOSES.test(text.slice(end, end + 120))
}

/** The mentions that sit in a cause clause ('following threats in X,'). */
export function causePlaces(
  text: string,
  resolved: readonly ResolvedMention[],
): Set<ResolvedMention> {
  return new Set(resolved.filter((r) => inCauseClause(text, r.mention.start, r.mention.end)))
}
