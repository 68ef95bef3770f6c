/**
 * @module
 * The default extractor: rule-based, offline, English and French. `ruleExtractor` implements
 * the `Extractor` contract; `extractEvents` is the same function for direct use.
 *
 * @example
 * import { ruleExtractor } from './extract/index.js'
 * const events = ruleExtractor.extract({ id: 'd1', text, published_at: '2020-05-02' })
 */
import type { Extractor } from './extractor.js'
import { EXTRACTOR, extractEvents } from './extract-events.js'

export { extractEvents } from './extract-events.js'
export type { Extractor } from './extractor.js'

/** The rule-based extractor ('faultline-rules'). */
export const ruleExtractor: Extractor = {
  name: EXTRACTOR.name,
  version: EXTRACTOR.version,
  extract: extractEvents,
}
