/**
 * @module
 * Class-to-instance links: 'ethnic militias, such as Dan Na Ambassagou', 'armed
 * self-defence groups. An example of this is Dan Na Ambassagou'. The generic words before the
 * cue describe the named actor after it, when both are of the same ACLED type (inter code).
 */
import type { Anchor } from './anchors.js'

const CUE =
  /(?:such as|including|like|notably|namely|in particular|comme|notamment|tels? que|an example (?:of (?:this|these|them|which) )?is|one (?:example )?of (?:them|these|which) is)\s+(?:the\s+|le\s+|la\s+|les\s+)?$/iu
const LOOK_BACK = 60
const MAX_DISTANCE = 250

export interface InstanceLink {
  /** The generic anchor that describes… */
  readonly generic: Anchor
  /** …this named anchor. */
  readonly named: Anchor
}

/** Generic → named links stated with 'such as', 'including', 'an example of this is'. */
export function instanceLinks(text: string, anchors: readonly Anchor[]): InstanceLink[] {
  const out: InstanceLink[] = []
  anchors.forEach((named, i) => {
    if (named.generic || named.inter === undefined) return
    const before = text.slice(Math.max(0, named.start - LOOK_BACK), named.start)
    const cue = CUE.exec(before)
    if (!cue) return
    const cueStart = named.start - before.length + cue.index
    for (let j = i - 1; j >= 0; j--) {
      const g = anchors[j] as Anchor
      if (cueStart - g.end > MAX_DISTANCE) break
      if (g.end > cueStart || !g.generic || g.inter !== named.inter) continue
      out.push({ generic: g, named })
      break
    }
  })
  return out
}
