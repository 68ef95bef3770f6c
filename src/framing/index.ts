/**
 * @module
 * Framing lens: how an outlet frames the actors it writes about. For one document it finds
 * loaded language, name calling and scare quotes (exact spans), the words used for each actor
 * (labels, with a `loaded` flag), and relations between actors stated in the text. Pure,
 * synchronous, plain JSON-serialisable output; `framingTable` aggregates documents by outlet.
 *
 * @example
 * const f = analyzeFraming('JNIM, the Sahel branch of al-Qaeda, attacked.', { outlet: 'X' })
 * f.relations[0] // → { kind: 'part_of', a: 'JNIM: …', b: 'al-Qaeda', … }
 */
import { mergeSpans } from './_spans.js'
import { countWords, tokenizeWords } from './_words.js'
import { findActorLabels } from './actor-labels.js'
import { findAnchors } from './anchors.js'
import { findLoadedLanguage } from './loaded-language.js'
import { findNameCalling } from './name-calling.js'
import { findRelations } from './relations.js'
import { findScareQuotes } from './scare-quotes.js'
import { findQuotations, insideAny } from './quotations.js'
import type { FramingOptions, FramingResult } from './types.js'

export type {
  ActorLabel,
  FramingOptions,
  FramingResult,
  Relation,
  RelationKind,
  Span,
  Technique,
} from './types.js'
export type { FramingDoc, FramingRow, FramingTable, OutletRate } from './framing-table.js'
export { framingTable, labelKey } from './framing-table.js'
export { findLoadedLanguage } from './loaded-language.js'
export { findNameCalling } from './name-calling.js'
export { findScareQuotes } from './scare-quotes.js'
export { findActorLabels } from './actor-labels.js'
export { findRelations } from './relations.js'

function perThousand(count: number, words: number): number {
  return words > 0 ? Math.round((count / words) * 100_000) / 100 : 0
}

/** Loaded-language, name-calling, label and relation analysis of one document. */
export function analyzeFraming(text: string, opts: FramingOptions = {}): FramingResult {
  const words = tokenizeWords(text)
  const ctx = {
    ...(opts.published ? { published: opts.published.slice(0, 10) } : {}),
    ...(opts.country ? { country: opts.country } : {}),
  }
  const isQuoted = insideAny(findQuotations(text))
  const mark = <T extends { start: number; end: number }>(x: T): T =>
    isQuoted(x.start, x.end) ? { ...x, quoted: true } : x
  const loaded = mergeSpans(text, [
    ...findLoadedLanguage(text, words),
    ...findNameCalling(text, {}, words),
  ]).map(mark)
  const scareQuotes = findScareQuotes(text)
  const anchors = findAnchors(text, ctx, words)
  const labels = findActorLabels(text, ctx, [...loaded, ...scareQuotes], words, anchors).map(mark)
  const relations = findRelations(text, anchors, ctx)
  const n = countWords(text)
  return {
    outlet: opts.outlet ?? null,
    loaded,
    scareQuotes,
    labels,
    relations,
    loadedRate: perThousand(loaded.filter((s) => !s.quoted).length, n),
    loadedRateAll: perThousand(loaded.length, n),
    words: n,
  }
}
