/**
 * @module
 * Escaping for XML and HTML text and attribute values (`&`, `<`, `>`, `"`, `'`), and the
 * removal of characters XML 1.0 forbids (control characters other than tab and line breaks), so
 * text from documents can never break out of the feed or the digest.
 */

// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g

export function escapeXml(text: string): string {
  return text
    .replace(FORBIDDEN, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
}
