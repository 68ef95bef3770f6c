/**
 * @module
 * Expands registry patterns into plain phrases. A pattern is a list of slots separated by spaces:
 * a literal word, `a|b` alternatives, `@set` (a lexicon list, entries may be multi-word), and a
 * trailing `?` makes a slot optional. 'unidentified? gunmen|assailants' → 4 phrases.
 */

export type Lexicon = Readonly<Record<string, readonly string[]>>

function slotOptions(slot: string, lexicon: Lexicon): string[] {
  const optional = slot.endsWith('?')
  const body = optional ? slot.slice(0, -1) : slot
  const options: string[] = []
  for (const alt of body.split('|')) {
    if (alt.startsWith('@')) {
      const set = lexicon[alt.slice(1)]
      if (!set) throw new Error(`actor registry: unknown lexicon set ${alt}`)
      options.push(...set)
    } else options.push(alt)
  }
  if (optional) options.push('')
  return options
}

/** All phrases a pattern stands for (duplicates removed). */
export function expandPattern(pattern: string, lexicon: Lexicon): string[] {
  let phrases = ['']
  for (const slot of pattern.split(' ').filter((s) => s !== '')) {
    const next: string[] = []
    for (const option of slotOptions(slot, lexicon)) {
      for (const prefix of phrases) next.push(option === '' ? prefix : `${prefix} ${option}`)
    }
    phrases = next
  }
  return [...new Set(phrases.map((p) => p.trim()).filter((p) => p !== ''))]
}
