/**
 * @module
 * What kind of party a mention is as the target of an event: a civilian (villagers, a trader,
 * members of a community, off-duty soldiers), an armed party, or none. Civilian targets make
 * violence 'Violence against civilians'; a force's man ('GATIA's post chief') is armed.
 */
import { CIVILIAN_HEAD, MILITIA_WORD, OFF_DUTY } from './data/frame-cues.js'
import type { RoleMention } from './mentions.js'

export type Target = 'civilian' | 'armed' | 'none'

/** The kind of target `m` is, with `ms` the other mentions (a force owning a civilian noun). */
export function targetOf(
  m: RoleMention | null,
  folded: string,
  ms: readonly RoleMention[] = [],
): Target {
  if (!m) return 'none'
  if (m.kind === 'civilian' || m.kind === 'protester') {
    // "GATIA's post chief", "MAA military chief", "a member of Dan Na Ambassagou": a force's man.
    const owner = ms.find(
      (o) =>
        o !== m &&
        !o.generic &&
        (o.kind === 'armed' || o.kind === 'state') &&
        ((o.end <= m.start &&
          /^(?:['’]s)?\s+(?:military\s+|militaire\s+|post\s+|field\s+)?$/.test(
            folded.slice(o.end, m.start),
          )) ||
          (o.start >= m.end && /^\s+of\s+(?:the\s+)?$/.test(folded.slice(m.end, o.start)))),
    )
    return owner ? 'armed' : 'civilian'
  }
  // Off-duty, retired or former members of a force are civilians.
  if (OFF_DUTY.test(folded.slice(Math.max(0, m.start - 20), m.start + 12))) return 'civilian'
  const around = folded.slice(m.start, m.end + 30)
  // Members of a community ('Fulani villagers', 'a Bambara trader') are civilians, not a militia.
  if (m.kind === 'identity' && !MILITIA_WORD.test(around)) return 'civilian'
  if (CIVILIAN_HEAD.test(folded.slice(m.end, m.end + 40))) return 'civilian'
  return 'armed'
}
