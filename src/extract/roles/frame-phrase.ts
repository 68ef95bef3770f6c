/**
 * @module
 * Phrase shapes the role frame reads around mentions: two mentions in one noun phrase ('One
 * Ansar Dine (JNIM) militant', 'A National Guard vehicle') and headline passives ('Malian army
 * convoy ambushed near Diabaly'). Inputs are accent-folded text and mention offsets.
 */
import { AFTER_PARTICIPLE, RECIPROCAL, REPORTS_AFTER, SOURCE_BEFORE } from './data/frame-cues.js'
import type { RoleMention } from './mentions.js'

/** "One Ansar Dine (JNIM) militant": two mentions in one noun phrase, not agent and patient. */
export function sameNounPhrase(folded: string, a: RoleMention, b: RoleMention): boolean {
  const gap = folded.slice(a.end, b.start).replace(/\([^)]*\)/g, ' ')
  return /^[\s'’s-]*$/.test(gap)
}

const COUNT =
  String.raw`(?:\d+|a\s+dozen|dozens|hundreds|one|two|three|four|five|six|seven|eight|nine|` +
  String.raw`ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a\s+hundred)`
/** 'arrested around twenty civilians', not 'ambushed around 17h' or 'around 10 km from'. */
const COUNTED_OBJECT = new RegExp(
  String.raw`^\w*ed\s+(?:around|about|some)\s+${COUNT}\s+` +
    String.raw`(?!h\b|hours?|am\b|pm\b|km|kilomet|miles?|o'?clock|minutes?)[a-z]`,
)

/** "Malian army convoy ambushed near Diabaly": a bare participle right after its subject. */
export function headlinePassive(folded: string, subjectEnd: number, cue: number): boolean {
  const gap = folded.slice(subjectEnd, cue)
  const words = gap.split(/\s+/).filter(Boolean)
  // "FAMa checkpoint on the outskirts of Gao attacked…": a place phrase may sit in between.
  const place =
    words.length <= 10 &&
    /^\s*(?:on|in|at|near|outside|north|south|east|west|between)\b/.test(gap) &&
    !/\w(?:ed|ing)\b|\b(?:is|was|were|has|had|have)\b|[,;.]/.test(gap)
  if ((words.length > 3 && !place) || /\b(?:and|who|which|that|et|qui)\b/.test(gap)) return false
  // "the army arrested around twenty civilians": a count after 'around' is the verb's object.
  if (COUNTED_OBJECT.test(folded.slice(cue, cue + 60))) return false
  return AFTER_PARTICIPLE.test(folded.slice(cue, cue + 40))
}

/** "Gourmantche farmers and Fulani pastoralists clashed": two joined mentions right before a
 * reciprocal verb are its two sides. */
export function reciprocalPair(
  folded: string,
  before: readonly RoleMention[],
  cue: number,
): readonly [RoleMention, RoleMention] | null {
  const b = before[before.length - 1]
  const a = before[before.length - 2]
  if (!a || !b || !RECIPROCAL.test(folded.slice(cue, cue + 24))) return null
  const joined = /^\s*(?:,\s*)?(?:and|et)\s+(?:[\w-]+\s+){0,2}$/.test(folded.slice(a.end, b.start))
  const close = /^\s*(?:[\w-]+\s+){0,1}$/.test(folded.slice(b.end, cue))
  // "A and B clashed with C" is no fight between A and B.
  if (/^[\w-]+\s+(?:with|avec)\b/.test(folded.slice(cue, cue + 24))) return null
  const distinct = a.name !== b.name || a.armedAlternative?.name !== b.armedAlternative?.name
  return joined && close && distinct ? [a, b] : null
}

/** "The army said that ten soldiers were killed": a mention that only reports the event. */
export function reporter(folded: string, m: RoleMention): boolean {
  return (
    REPORTS_AFTER.test(folded.slice(m.end, m.end + 40)) ||
    SOURCE_BEFORE.test(folded.slice(Math.max(0, m.start - 30), m.start))
  )
}

/** Between two joined mentions: ', and one', 'and two', 'et deux', 'of the Malian army and'. */
const OF_PHRASE = String.raw`(?:(?:of|de|du|des)\s+(?:the\s+|la\s+|l')?[\w'-]+(?:\s+[\w'-]+)?\s+)?`
const JOINED = new RegExp(
  String.raw`^\s*${OF_PHRASE}(?:,|and|et)\s+(?:(?:one|two|three|four|five|\d+|an?|the|` +
    String.raw`several|une?|deux|trois|les|des|du|la|le)\s+|l'|de\s+la\s+)?$`,
)

/** "One forest agent and one civilian killed": `a` joined to `b` undergoes with it. */
export const coordinated = (folded: string, a: RoleMention, b: RoleMention): boolean =>
  JOINED.test(folded.slice(a.end, b.start))

/** Right after a mention, a bare harm participle and what follows it: 'wounded after', 'and a
 * guard wounded in'. */
const HARM_PARTICIPLE = new RegExp(
  String.raw`^(?:\s+(?:and|et)\s+(?:[\w-]+\s+){0,1}[\w-]+)?` +
    String.raw`\s+(?:killed|wounded|injured|shot|abducted|kidnapped|tues?|blesses?)\s*` +
    String.raw`(?:(?:after|when|while|during|in|near|by|on|lors|dans|pres|apres)\b|[,.;])`,
)

/** "Policeman wounded after…", "two soldiers killed in…": a bare harm participle follows. */
export const woundedHead = (folded: string, m: RoleMention): boolean =>
  HARM_PARTICIPLE.test(folded.slice(m.end, m.end + 40))

/**
 * The subject of an active clause among the mentions `before` its cue: the first that acts (not
 * civilian, no reporter, not harmed), else the first not harmed; with only harmed ones named
 * and no force after the cue, null: they undergo it.
 */
export function activeSubject(
  folded: string,
  before: readonly RoleMention[],
  after: readonly RoleMention[],
  nearest: RoleMention,
): RoleMention | null {
  const acts = (m: RoleMention): boolean =>
    m.kind !== 'civilian' && !reporter(folded, m) && !woundedHead(folded, m)
  const subject = before.find(acts) ?? before.find((m) => !woundedHead(folded, m))
  if (subject) return subject
  return after.some((m) => m.kind !== 'civilian' && m.kind !== 'identity') ? nearest : null
}
