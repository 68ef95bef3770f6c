/**
 * @module
 * Mentions that name one group together: 'joint forces of Operation Barkhane and GATIA' (the
 * forces named after the words), 'Dogon militiamen (Dan Na Ambassagou)' and 'unknown gunmen
 * (presumably jihadists)' (the bracketed name makes the description precise). In: role
 * mentions in text order; out: the same with each pair merged into one mention.
 */
import type { RoleMention } from './mentions.js'

const JOINT = /^(?:joint|combined) forces?$|^forces? (?:conjointes?|mixtes?)$/
const OF_GAP = /^\s+(?:of|de|des|du)\s+(?:the\s+|la\s+|l')?$/

/**
 * "joint forces of Operation Barkhane, GATIA and MSA": the words describe the forces named
 * after them (the first leads), not the G5 Sahel Joint Force.
 */
export function jointOf(ms: RoleMention[], folded: string): RoleMention[] {
  return ms.flatMap((m, i) => {
    const next = ms[i + 1]
    const joint = next && JOINT.test(folded.slice(m.start, m.end).toLowerCase())
    if (!joint || !armed(next) || !OF_GAP.test(folded.slice(m.end, next.start))) return [m]
    return []
  })
}

/** A description that a bracketed name can make precise ('Dogon militiamen', 'Dozos'). */
const vague = (m: RoleMention): boolean => m.generic || m.kind === 'identity'
/** An opening bracket and at most one word, not a hedge ('possibly JNIM' stays unidentified). */
const BRACKET_OPEN = /^\s*\(\s*(?!possibl|perhaps|maybe|probabl|peut-etre)(?:[\w-]+\s+)?$/
const armed = (m: RoleMention): boolean => m.kind !== 'civilian' && m.kind !== 'protester'
const QUOTES = /['"‘’“”]/g
/** "unknown gunmen (presumably 'jihadists')": the bracket says who the unnamed men were. */
const presumed = (m: RoleMention, next: RoleMention): boolean =>
  m.kind === 'unidentified' && next.kind === 'armed' && next.name !== null

/**
 * "Dogon militiamen (Dan Na Ambassagou)", "Dan Na Ambassagou (Dogon militia)": a description
 * and a bracketed name for the same group are one mention, named by the precise one.
 */
export function appose(ms: RoleMention[], folded: string): RoleMention[] {
  const out: RoleMention[] = []
  for (let i = 0; i < ms.length; i++) {
    const m = ms[i] as RoleMention
    const next = ms[i + 1]
    if (
      next &&
      armed(m) &&
      armed(next) &&
      BRACKET_OPEN.test(folded.slice(m.end, next.start).replace(QUOTES, ' ')) &&
      /^['"’”]?\s*\)/.test(folded.slice(next.end, next.end + 4)) &&
      ((vague(m) && !next.generic) || (!m.generic && next.generic) || presumed(m, next))
    ) {
      const named = next.generic && !presumed(m, next) ? m : next
      out.push({ ...named, start: m.start, end: next.end, text: `${m.text} (${next.text})` })
      i++
      continue
    }
    out.push(m)
  }
  return out
}
