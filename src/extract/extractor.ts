/**
 * @module
 * The extractor contract. An extractor is a value `{ name, version, extract(doc) }`; the
 * rule-based one is the default and fully offline. Another (e.g. an LLM behind an
 * OpenAI-compatible endpoint) plugs in by implementing the same interface and registering
 * in `src/pipeline.ts`, so `npm run eval` can compare them on the same data.
 */
import type { DocInput } from '../schema/document.js'
import type { EventRecord } from '../schema/event.js'

export interface Extractor {
  readonly name: string
  readonly version: string
  /** Events of one document, in text order. Pure: no I/O. */
  extract(doc: DocInput): EventRecord[]
}
