/**
 * @module
 * Small readers for what fast-xml-parser returns: a value may be a string, an object with
 * `#text` and `@_` attributes, or an array of those. In: one such value. Out: plain strings.
 * @internal
 */

export type XmlNode = Record<string, unknown>

/** The node's elements of one name as a list (absent → empty). */
export function many(node: unknown, name: string): unknown[] {
  if (!node || typeof node !== 'object') return []
  const value = (node as XmlNode)[name]
  if (value === undefined || value === null) return []
  return Array.isArray(value) ? value : [value]
}

/** The text of an element (its `#text`, or itself when it is a string), trimmed; null if none. */
export function textOf(value: unknown): string | null {
  const first = Array.isArray(value) ? value[0] : value
  if (typeof first === 'string') return first.trim() || null
  if (typeof first === 'number') return String(first)
  if (first && typeof first === 'object') return textOf((first as XmlNode)['#text'])
  return null
}

/** An attribute of an element, or null. */
export function attrOf(value: unknown, name: string): string | null {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return null
  const attr = (value as XmlNode)[`@_${name}`]
  return typeof attr === 'string' ? attr.trim() : null
}

/** Plain text for a title that may carry HTML (RSS CDATA, Atom `type="html"`). */
export function plainTitle(value: unknown): string | null {
  const text = textOf(value)
  if (text === null) return null
  const plain = text
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
  return plain || null
}

/** A date in any form feeds use (RFC 822, ISO 8601) as an ISO timestamp; null if unreadable. */
export function isoDate(value: unknown): string | null {
  const text = textOf(value)
  if (!text) return null
  const ms = Date.parse(text)
  return Number.isNaN(ms) ? null : new Date(ms).toISOString()
}

/** `href` resolved against `base`; null when it is not an http(s) URL. */
export function absoluteUrl(href: string | null, base: string): string | null {
  if (!href) return null
  try {
    const url = new URL(href, base)
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null
  } catch {
    return null
  }
}
