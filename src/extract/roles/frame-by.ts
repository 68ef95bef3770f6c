/**
 * @module
 * Which "by" phrase names the agent of an event's cue: "killed by gunmen" does, "escorted by
 * the army" and "owned by MINUSMA" do not; a state force supporting or leading a non-state
 * subject does ("MSA fighters supported by French forces attacked…"), as ACLED puts it first.
 */
import { OTHER_BY, SUPPORTED_BY } from './data/frame-cues.js'
import type { RoleMention } from './mentions.js'

/**
 * Whether the "by" before `m` marks the cue's agent: not "escorted by", "owned by"…; but a state
 * force that supports or leads a non-state subject before the cue acts first ("MSA fighters
 * supported by French forces attacked…"), as ACLED codes it.
 */
export function byAgent(
  folded: string,
  ms: readonly RoleMention[],
  m: RoleMention,
  from: number,
  cue: number,
): boolean {
  const left = folded.slice(from, m.start)
  if (!OTHER_BY.test(left)) return true
  if (m.kind !== 'state' || m.start > cue || !SUPPORTED_BY.test(left)) return false
  const subject = ms.filter((o) => o.end <= m.start).pop()
  return subject !== undefined && subject.kind !== 'state'
}

