/**
 * @module
 * Lead cleaning for ingested text: mirror and aggregator furniture removed, bylines and
 * datelines turned into metadata. `to-raw-doc.ts` calls `cleanLead` on every format before the
 * text is hashed and stored.
 */
export { furniture, mainScript } from './boilerplate.js'
export type { Furniture, Script } from './boilerplate.js'
export { parseBylineDate } from './byline-date.js'
export { parseByline } from './byline.js'
export type { Byline } from './byline.js'
export { cleanLead } from './clean-lead.js'
export type { CleanedLead, Removal } from './clean-lead.js'
