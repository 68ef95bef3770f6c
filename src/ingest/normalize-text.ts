/**
 * @module
 * Text normalisation shared by every format. In: any decoded string. Out: the canonical form
 * the rest of the pipeline and the content hash see: NFC, LF line ends, no BOM, no trailing
 * spaces, at most one blank line in a row, no leading or trailing blank lines.
 */

/** Normalises text so that the same prose always yields the same string (and hash). */
export function normalizeText(input: string): string {
  return input
    .replace(/^\uFEFF/, '')
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t\f\v\u00A0]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\n+/, '')
    .replace(/\s+$/, '')
}
