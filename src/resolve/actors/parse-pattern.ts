/**
 * @module
 * Parses registry patterns. A pattern is a list of slots separated by spaces: a literal word,
 * `a|b` alternatives, `@set` (a lexicon list, whose entries may be multi-word), and a trailing
 * `?` makes a slot optional: 'unidentified? gunmen|@uag'. Sets are not expanded here; the
 * compiler links them as shared sub-tries, so patterns stay cheap however large the sets are.
 */
import { phraseKeys } from './tokenize.js'

export interface Slot {
  readonly optional: boolean
  /** Literal options as token keys (one key per word). */
  readonly literals: readonly (readonly string[])[]
  /** Lexicon set names (without '@'). */
  readonly sets: readonly string[]
}

/** Slots of `pattern`; throws on a set missing from `lexicon` (a registry bug). */
export function parsePattern(pattern: string, lexicon: Readonly<Record<string, unknown>>): Slot[] {
  const slots: Slot[] = []
  for (const raw of pattern.split(' ')) {
    if (raw === '') continue
    const optional = raw.endsWith('?')
    const body = optional ? raw.slice(0, -1) : raw
    const literals: string[][] = []
    const sets: string[] = []
    for (const alt of body.split('|')) {
      if (alt.startsWith('@')) {
        const name = alt.slice(1)
        if (!(name in lexicon)) throw new Error(`actor registry: unknown lexicon set @${name}`)
        sets.push(name)
      } else {
        const keys = phraseKeys(alt)
        if (keys.length > 0) literals.push(keys)
      }
    }
    slots.push({ optional, literals, sets })
  }
  return slots
}
