/**
 * @module
 * "Foreign troops", "les forces étrangères", "Western forces": a generic force word after such
 * an adjective is not the document country's own army (which 'troops' alone defaults to), and no
 * one force either, so the mention names no actor.
 */
import type { ActorMention } from './types.js'

const FOREIGN_BEFORE = new RegExp('\\b(?:foreign|western|international|outside|external|' +
  'occupying|etrangeres?|occidentales?|internationales?)\\s+$', 'i')
const FOREIGN_AFTER = /^\s+(?:etrangeres?|occidentales?|internationales?|d['’]occupation)\b/i

/** True when `m` is a generic force word qualified as foreign. */
export function isForeignForce(folded: string, m: ActorMention): boolean {
  if (!m.generic) return false
  const before = folded.slice(Math.max(0, m.start - 20), m.start)
  return FOREIGN_BEFORE.test(before) || FOREIGN_AFTER.test(folded.slice(m.end, m.end + 20))
}
