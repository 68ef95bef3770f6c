/**
 * @module
 * A name index over places: exact folded key and loose variant key (see fold.ts) → places.
 * Used for small in-memory lists (countries); the big Sahel file has its own lazy index
 * (sahel-rows.ts) with the same lookups.
 */
import { foldName, foldVariant } from './fold.js'
import type { Place } from './types.js'

/** Variant keys shorter than this are too ambiguous to trust. */
export const MIN_VARIANT_KEY = 5

export class PlaceIndex {
  private readonly exact = new Map<string, Place[]>()
  private readonly loose = new Map<string, Place[]>()
  /** Longest name in tokens, so the scanner knows how far to look ahead. */
  maxTokens = 1

  add(place: Place, names: readonly string[]): void {
    const seenExact = new Set<string>()
    const seenLoose = new Set<string>()
    for (const name of names) {
      const key = foldName(name)
      if (!key) continue
      this.maxTokens = Math.max(this.maxTokens, key.split(' ').length)
      if (!seenExact.has(key)) push(this.exact, key, place)
      seenExact.add(key)
      const vkey = foldVariant(name)
      if (vkey.length >= MIN_VARIANT_KEY && !seenLoose.has(vkey)) push(this.loose, vkey, place)
      seenLoose.add(vkey)
    }
  }

  /** Places whose name folds to the same key, else to the same variant key. */
  lookup(name: string): readonly Place[] {
    const exact = this.exact.get(foldName(name))
    if (exact) return exact
    const vkey = foldVariant(name)
    return vkey.length >= MIN_VARIANT_KEY ? (this.loose.get(vkey) ?? []) : []
  }

  /** Only exact (folded) matches. */
  lookupExact(name: string): readonly Place[] {
    return this.exact.get(foldName(name)) ?? []
  }
}

function push(map: Map<string, Place[]>, key: string, place: Place): void {
  const list = map.get(key)
  if (list) list.push(place)
  else map.set(key, [place])
}
