/**
 * @module
 * The last step shared by all formats. In: extracted text, the format, the source and whatever
 * metadata the document carried, plus caller overrides. Out: a `RawDoc` with normalised text
 * whose lead is cleaned of mirror furniture and bylines (`clean/`: their author and date fill
 * missing metadata), a title fallback (first short line, not for HTML), the language guess and
 * the content hash. Cleaning happens here, before storage, so evidence offsets fit the text.
 */
import type { RawDoc } from '../schema/document.js'
import { cleanLead } from './clean/index.js'
import { detectLanguage } from './detect-language.js'
import { contentHash } from './fingerprint.js'
import type { Format } from './formats.js'
import { normalizeText } from './normalize-text.js'
import type { ReadOptions } from './options.js'
import { emptyInput } from './options.js'

export interface DocMeta {
  readonly title?: string | null
  readonly outlet?: string | null
  readonly author?: string | null
  readonly published?: string | null
}

/** A title longer than this is prose, not a title. */
const MAX_TITLE = 200

/** Builds the RawDoc; whitespace-only text is E_INPUT_EMPTY. */
export function toRawDoc(
  text: string,
  format: Format,
  source: string,
  meta: DocMeta,
  opts: ReadOptions,
): RawDoc {
  const lead = cleanLead(normalizeText(text))
  const clean = normalizeText(lead.text)
  if (clean === '') throw emptyInput(source)
  return {
    source,
    text: clean,
    // HTML has its own <title>; its first line is a paragraph, not a heading.
    title: meta.title?.trim() || (format === 'html' ? null : firstLineTitle(clean)),
    outlet: opts.outlet?.trim() || meta.outlet?.trim() || null,
    author: meta.author?.trim() || lead.author || null,
    published_at: opts.published ?? meta.published ?? lead.published ?? null,
    language: detectLanguage(clean),
    format,
    content_hash: contentHash(clean),
  }
}

function firstLineTitle(text: string): string | null {
  const first = text.split('\n').find((l) => l.trim() !== '')?.trim()
  return first && first.length < MAX_TITLE ? first : null
}
