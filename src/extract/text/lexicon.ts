/**
 * @module
 * Builds word-boundary regexes from lists of alternatives, so lexicons stay as readable lists in
 * `data/` files: `wordsRe(['killed', 'shot dead'])` is `/\b(?:killed|shot dead)\b/`. Items are
 * regex fragments (they may hold `\w*`, `s?`, groups).
 */

/** `\b(?:a|b|…)\b` over `items`. */
export function wordsRe(items: readonly string[], flags = ''): RegExp {
  return new RegExp(`\\b(?:${items.join('|')})\\b`, flags)
}

/** `\b(?:a|b|…)` over `items`, open at the end (for prefixes such as `attack\w*`). */
export function prefixRe(items: readonly string[], flags = ''): RegExp {
  return new RegExp(`\\b(?:${items.join('|')})`, flags)
}
