/**
 * @module
 * The place mentions of a whole document and the place each one resolves to. `locateEvent`
 * asks this once per event, and every event of a document asks with the same text and country
 * hint, so the last answer is kept: it is reused while the text, the hint and the mentions found
 * (the very same objects) are the same. In: text, country hint; out: mentions and resolutions.
 */
import { type ResolvedMention, resolveMentions } from './disambiguate.js'
import { findPlaceMentions } from './find-mentions.js'
import type { PlaceMention } from './types.js'

interface Resolved {
  readonly text: string
  readonly countryHint: string | undefined
  readonly mentions: readonly PlaceMention[]
  readonly resolved: readonly ResolvedMention[]
}

let last: Resolved | undefined

const same = (a: readonly PlaceMention[], b: readonly PlaceMention[]): boolean =>
  a.length === b.length && a.every((m, k) => m === b[k])

/** Mentions of `text` and their resolved places (the one answer for every event of a text). */
export function resolveDocument(
  text: string,
  countryHint: string | undefined,
): Pick<Resolved, 'mentions' | 'resolved'> {
  const mentions = findPlaceMentions(text)
  const hit = last
  if (hit && hit.text === text && hit.countryHint === countryHint && same(hit.mentions, mentions))
    return hit
  const resolved = mentions.length > 0 ? resolveMentions(text, mentions, countryHint) : []
  last = { text, countryHint, mentions, resolved }
  return last
}
