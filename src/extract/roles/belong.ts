/**
 * @module
 * A vague armed mention followed by the group it is said to be is that group: "fighters from the
 * HCUA", "militants believed to belong to ISGS", "gunmen claiming to be JNIM fighters". Works on
 * the ordered mentions of `mentions.ts`; the merged mention spans both and carries the group.
 */
import type { RoleMention } from './mentions.js'

/**
 * "fighters from the HCUA", "militants believed to belong to ISGS", "gunmen, presumably Fulani
 * militiamen", "hommes armés s'identifiant à JNIM": the words between a
 * vague mention and the group it is said to be.
 */
const BELONG_TO = new RegExp(
  String.raw`^\s*,?\s+(?:(?:presumably|presumed|probably|likely|most\s+likely)\s+` +
    String.raw`|(?:believed|said|thought|suspected|reported)\s+to\s+(?:be(?:long)?\s+(?:to\s+)?)?` +
    String.raw`|belonging\s+to\s+|affiliated\s+(?:with|to)\s+|linked\s+to\s+|from\s+|of\s+` +
    String.raw`|members?\s+of\s+|(?:issus?\s+|membres?\s+)?(?:d[eu]s?\s+|de\s+la\s+|d')` +
    String.raw`|(?:claiming|purporting)\s+to\s+be\s+` +
    String.raw`|identif(?:ying|ied)\s+(?:themselves\s+)?as\s+` +
    String.raw`|s['’]?\s*identifiant\s+(?:a|comme)\s+(?:des\s+)?` +
    String.raw`|se\s+reclamant\s+(?:de\s+|du\s+|des\s+|d'))` +
    String.raw`(?:the\s+|l'|la\s+|le\s+|les\s+)?(?:[\w-]+\s+)?$`,
)

/** A generic armed mention followed by the group it belongs to is that group. */
export function belong(ms: RoleMention[], folded: string, text: string): RoleMention[] {
  const out: RoleMention[] = []
  for (let i = 0; i < ms.length; i++) {
    const m = ms[i] as RoleMention
    const next = ms[i + 1]
    const vague = m.kind === 'armed' || m.kind === 'unidentified'
    const group = next && next.name && (!next.generic || next.kind === 'identity')
    const fits = m.generic && vague && group
    const armed = next !== undefined && next.kind !== 'civilian' && next.kind !== 'protester'
    if (fits && armed && BELONG_TO.test(folded.slice(m.end, next.start))) {
      out.push({ ...next, start: m.start, text: text.slice(m.start, next.end) })
      i++
      continue
    }
    out.push(m)
  }
  return out
}
