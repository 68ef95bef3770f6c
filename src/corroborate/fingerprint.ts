/**
 * @module
 * Near-duplicate detection for "independent sources": a MinHash signature over the word trigrams
 * of a document's text, stored with the document (`documents.fingerprint`, hex) so comparing two
 * documents never needs their texts again. Two signatures estimate the Jaccard similarity of the
 * trigram sets; at `NEAR_DUPLICATE_JACCARD` or above the texts are one story (a wire piece
 * republished by two sites) and count as one source.
 */
import { MINHASH_SIZE, NEAR_DUPLICATE_JACCARD, SHINGLE_WORDS } from './data/thresholds.js'

/** 32-bit FNV-1a of a string, with a seed mixed in first. */
function fnv1a(text: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193) >>> 0
  }
  return h >>> 0
}

/** Lower-cased word trigrams (letters and digits only); a short text is one shingle. */
export function shingles(text: string, size = SHINGLE_WORDS): Set<string> {
  const words = text.normalize('NFKD').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []
  const out = new Set<string>()
  if (words.length <= size) {
    if (words.length > 0) out.add(words.join(' '))
    return out
  }
  for (let i = 0; i + size <= words.length; i++) out.add(words.slice(i, i + size).join(' '))
  return out
}

/**
 * The MinHash signature of `text` as hex (`MINHASH_SIZE` × 8 digits). Each slot is the smallest
 * seeded hash over the text's shingles; a text without words gives '' (a duplicate of nothing).
 * @example textFingerprint('Gunmen attacked a convoy near the river') // 'a1b2…' (512 hex digits)
 */
export function textFingerprint(text: string): string {
  const all = shingles(text)
  if (all.size === 0) return ''
  const mins = new Array<number>(MINHASH_SIZE).fill(0xffffffff)
  for (const s of all) {
    for (let k = 0; k < MINHASH_SIZE; k++) {
      const h = fnv1a(s, Math.imul(k + 1, 0x9e3779b1))
      if (h < (mins[k] ?? 0xffffffff)) mins[k] = h
    }
  }
  return mins.map((m) => m.toString(16).padStart(8, '0')).join('')
}

/** Estimated Jaccard similarity of two fingerprints: the share of equal slots. */
export function similarity(a: string, b: string): number {
  if (a.length !== b.length || a.length === 0) return 0
  let equal = 0
  for (let i = 0; i < a.length; i += 8) if (a.slice(i, i + 8) === b.slice(i, i + 8)) equal++
  return equal / (a.length / 8)
}

/** Whether two fingerprints are of one story (missing fingerprints never are). */
export function nearDuplicate(a: string | null, b: string | null): boolean {
  return a !== null && b !== null && similarity(a, b) >= NEAR_DUPLICATE_JACCARD
}
