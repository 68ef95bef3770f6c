/**
 * @module
 * Canonical JSON for hashing and freezing records: object keys sorted (code-unit order) at every
 * depth, no whitespace, `undefined` members dropped as `JSON.stringify` drops them. The same value
 * always gives the same bytes, whatever order its keys were built in (jsonb, drivers, spreads).
 * @internal
 */

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys)
  if (value === null || typeof value !== 'object') return value
  const out: Record<string, unknown> = {}
  for (const key of Object.keys(value).sort()) {
    const v = (value as Record<string, unknown>)[key]
    if (v !== undefined) out[key] = sortKeys(v)
  }
  return out
}

/** `value` as canonical JSON text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value))
}
