/**
 * @module
 * Document identity. In: normalised text. Out: its sha256 hex `content_hash` and the stable
 * `doc_…` id derived from it, so re-ingesting identical content is idempotent.
 */
import { createHash } from 'node:crypto'

/** sha256 hex of the (already normalised) text. */
export function contentHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex')
}

/** `'doc_'` plus the first 16 hex chars of a content hash. */
export function docIdFor(hash: string): string {
  return `doc_${hash.slice(0, 16)}`
}
