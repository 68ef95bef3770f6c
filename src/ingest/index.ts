/**
 * @module
 * The ingest stage: the only place that reads bytes. In: file paths, folders, or in-memory
 * text. Out: `RawDoc`s (normalised text, metadata, language, content hash). Failures are
 * `FaultlineError`s with an input-related code, the input named in the message and a hint.
 */
export { detectLanguage } from './detect-language.js'
export { contentHash, docIdFor } from './fingerprint.js'
export { SUPPORTED_EXTENSIONS, formatForPath } from './formats.js'
export type { Format } from './formats.js'
export { listInputs } from './list-inputs.js'
export { normalizeText } from './normalize-text.js'
export { DEFAULT_MAX_BYTES } from './options.js'
export type { ReadOptions, TextOptions } from './options.js'
export { readBytes } from './read-bytes.js'
export { readDocument } from './read-document.js'
export { readText } from './read-text.js'
