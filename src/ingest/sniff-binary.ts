/**
 * @module
 * Bytes to text for the text formats, refusing binary junk. In: file bytes and the path (for
 * messages). Out: the decoded string: UTF-8 (BOM allowed), UTF-16 with a BOM, or Windows-1252
 * when the bytes are not UTF-8 but read like Latin-script prose. NUL bytes, or mostly control
 * characters or high bytes, mean the file is not text: E_INPUT_BINARY.
 */
import { FaultlineError } from '../errors.js'

/** Share of suspicious characters above which a file is judged binary. */
const MAX_JUNK = 0.1

/** Control characters other than tab, LF, CR and form feed, plus U+FFFD. */
const JUNK = /[\u0000-\u0008\u000B\u000E-\u001F\u007F\uFFFD]/g

function binaryError(source: string, why: string): FaultlineError {
  return new FaultlineError('E_INPUT_BINARY', `${source}: not a text file (${why})`, {
    hint: 'Pass a UTF-8 .txt, .md or .html file, or a .pdf; convert other documents to text first.',
  })
}

/** Share of a string that is control characters or replacement characters. */
export function junkRatio(text: string): number {
  if (text.length === 0) return 0
  return (text.match(JUNK)?.length ?? 0) / text.length
}

/** Throws E_INPUT_BINARY when an in-memory string is clearly not prose (NULs, control chars). */
export function assertTextual(text: string, source: string): void {
  if (text.includes('\u0000')) throw binaryError(source, 'it contains NUL bytes')
  if (junkRatio(text) > MAX_JUNK) throw binaryError(source, 'it is mostly control characters')
}

/** Decodes file bytes as text, or throws E_INPUT_BINARY. */
export function decodeText(bytes: Uint8Array, source: string): string {
  // Windows "Unicode" text is UTF-16 with a BOM; its NUL high bytes are not junk.
  const bom = `${bytes[0]},${bytes[1]}`
  const utf16 = bom === '255,254' ? 'utf-16le' : bom === '254,255' ? 'utf-16be' : null
  if (utf16) {
    const text = new TextDecoder(utf16).decode(bytes)
    assertTextual(text, source)
    return text
  }
  if (bytes.includes(0)) throw binaryError(source, 'it contains NUL bytes')
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    // Not UTF-8. Old French pages are often Windows-1252: accept that when high bytes are rare,
    // as they are in prose (é, à, ç), but not in compressed or random data (about half).
    let high = 0
    for (const b of bytes) if (b >= 0x80) high++
    if (high / bytes.length > 0.3) throw binaryError(source, 'it is not valid UTF-8')
    text = new TextDecoder('windows-1252').decode(bytes)
  }
  assertTextual(text, source)
  return text
}
