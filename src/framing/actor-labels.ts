/**
 * @module
 * The words an outlet uses for each actor: every actor mention grown over its modifiers
 * ('bloody military junta', 'extremely popular Colonel Assimi Goita'), appositions and
 * parentheses after it ('JNIM, the Sahel branch of al-Qaeda,'), member phrases before a name
 * ('combattants de JNIM', 'groupes armés terroristes de la Katiba du Macina'), and label-only
 * mentions ('French imperialism' → France). `loaded` marks labels that overlap a loaded-language,
 * name-calling or scare-quote span.
 */
import { firstFrom, overlapIndex } from './_spans.js'
import { tokenizeWords, wordAt, wordBefore } from './_words.js'
import type { Word } from './_words.js'
import { withIntensifiers } from './loaded-language.js'
import { isModifier } from './name-calling.js'
import { DETERMINERS, FUNCTION_WORDS } from './data/function-words.js'
import { HEAD_NOUNS, LABEL_ADJ_END } from './data/descriptor-words.js'
import { groupPredicates } from './group-predicate.js'
import { memberPhrase, opensWithOther } from './member-phrase.js'
import { seriesItem } from './series-item.js'
import { inTitleCaseLine, isNumberWord, listApposition } from './label-checks.js'
import { thingNotActor, wrongActor } from './label-checks.js'
import { NATIONALITIES } from './data/label-actors.js'
import { findAnchors, isGenericArmed, soleArmedGroup } from './anchors.js'
import type { Anchor } from './anchors.js'
import { agentPhrases } from './agent-phrases.js'
import { attackPhrases } from './attack-phrases.js'
import { instanceLinks } from './instance-of.js'
import type { LabelContext } from './label-only.js'
import type { ActorLabel, Span } from './types.js'

const MAX_LEFT = 4
/** ', a attaqué…': French 'a' (has) + participle is a verb phrase, not an apposition. */
const FRENCH_VERB = /^a\s+(?:\p{L}+(?:é|ée|és|ées|i|is|u|us|it)|été)\b/u
const MAX_APPOSITION_WORDS = 12
const APPOSITION =
  /^\s*,\s+((?:the|a|an|le|la|les|l['’]|un|une)\s[^,.;:()\n—–]{2,120}?)\s*(?=[,.;:)\n—–]|$)/iu
/** ', affiliated with the X organisation (outlawed in Y),': a participle phrase describing A. */
const PARTICIPLE =
  /^\s*,\s+((?:affiliated|linked|allied|close|loyal|tied|connected|aligned|liée?s?|affiliée?s?|proches?)\s+(?:with|to|à|au|aux|de|du)\s[^,.;:()\n—–]{2,100}?(?:\s\([^()\n]{1,40}\))?)\s*(?=[,.;:)\n—–]|$)/iu
const PAREN = /^\s*\(([^()\n]{3,80})\)/u
function labelModifier(w: Word, title: boolean): boolean {
  if (FUNCTION_WORDS.has(w.key) || /^\p{N}/u.test(w.text) || isNumberWord(w)) return false
  const capital = /^\p{Lu}/u.test(w.text)
  // In a Title Case headline a capital marks no name: only a nationality may stand before.
  if (title && capital) return NATIONALITIES[w.key] !== undefined
  return isModifier(w) || capital || LABEL_ADJ_END.test(w.key) || HEAD_NOUNS.has(w.key)
}

/** First word of the label: modifiers, head nouns and intensifiers before the mention. */
function growLabel(words: readonly Word[], first: number, text = ''): number {
  let i = first
  const title = words[first] !== undefined && inTitleCaseLine(text, (words[first] as Word).start)
  for (let k = 0; k < MAX_LEFT; k++) {
    const cur = words[i] as Word
    const prev = words[i - 1]
    if (!prev || cur.barrier || !labelModifier(prev, title)) break
    i--
  }
  return withIntensifiers(words, i)
}

function labelAt(
  text: string,
  a: Anchor,
  start: number,
  end: number,
  via: ActorLabel['via'],
  sole: string | null = null,
) {
  const coref = sole !== null && isGenericArmed(a)
  return {
    actor: coref ? sole : a.actor,
    ...(coref ? { generic: a.actor } : {}),
    ...(a.org ? { org: a.org } : {}),
    ...(a.assoc ? { assoc: a.assoc } : {}),
    label: text.slice(start, end),
    start,
    end,
    via,
  }
}

/**
 * Labels for every actor in a document. `marks` are the loaded/name-calling/scare spans used to
 * set `loaded`.
 * @example findActorLabels('JNIM, the Sahel branch of al-Qaeda, struck.', {})
 */
export function findActorLabels(
  text: string,
  ctx: LabelContext = {},
  marks: readonly Span[] = [],
  words = tokenizeWords(text),
  anchors: readonly Anchor[] = findAnchors(text, ctx),
): ActorLabel[] {
  const raw: Omit<ActorLabel, 'loaded'>[] = []
  const sole = soleArmedGroup(anchors)
  if (sole !== null) {
    for (const [start, end] of attackPhrases(words)) {
      raw.push({ actor: sole, label: text.slice(start, end), start, end, via: 'label-only' })
    }
  }
  for (const a of anchors) {
    const first = wordAt(words, a.start)
    if (a.generic && a.via === 'mention' && thingNotActor(words, first, wordBefore(words, a.end)))
      continue
    let from = words[first] ? growLabel(words, first, text) : first
    // A generic label that is really 'X of <named actor>' belongs to the named actor.
    if (!a.generic) {
      const member = memberPhrase(text, words, a, anchors)
      if (member !== null) from = Math.min(from, wordAt(words, member))
    }
    while (words[from] && DETERMINERS.has((words[from] as Word).key) && from < first) from++
    const start = Math.min((words[from] as Word | undefined)?.start ?? a.start, a.start)
    const pushed = raw.length
    raw.push(labelAt(text, a, start, a.end, start < a.start ? 'modifier' : a.via, sole))
    let at = a.end
    // A generic word ('jihadists', 'young people') takes no apposition: that names something else.
    const describable = !(a.generic && a.via === 'mention')
    const paren = PAREN.exec(text.slice(at))
    if (
      describable &&
      paren?.[1] &&
      !/^[\p{Lu}\d\s-]+$/u.test(paren[1]) &&
      !/\d{4}/.test(paren[1])
    ) {
      const s = at + (paren[0].indexOf('(') + 1)
      raw.push(labelAt(text, a, s, s + paren[1].length, 'apposition'))
      at += paren[0].length
    } else if (paren) at += paren[0].length
    const rest = text.slice(at, at + 200)
    const app = APPOSITION.exec(rest) ?? PARTICIPLE.exec(rest)
    if (
      describable &&
      app?.[1] &&
      app[1].split(/\s+/).length <= MAX_APPOSITION_WORDS &&
      !listApposition(app[1]) &&
      !opensWithOther(anchors, a, at + app[0].indexOf(app[1]), words) &&
      !FRENCH_VERB.test(app[1]) &&
      !seriesItem(app[1], text.slice(at + app[0].length, at + app[0].length + 12))
    ) {
      const s = at + app[0].indexOf(app[1])
      raw.push(labelAt(text, a, s, s + app[1].trimEnd().length, 'apposition'))
    }
    // 'the junta' names the army and, once it rules, the government as well.
    if (a.also) for (const l of raw.slice(pushed)) raw.push({ ...l, actor: a.also })
  }
  for (const { actor, start, end } of agentPhrases(
    text,
    words,
    anchors,
    marks,
    ctx.published ?? undefined,
  )) {
    raw.push({ actor, label: text.slice(start, end), start, end, via: 'label-only' })
  }
  for (const { generic, named } of instanceLinks(text, anchors)) {
    const first = wordAt(words, generic.start)
    const start = words[first]
      ? Math.min((words[growLabel(words, first, text)] as Word).start, generic.start)
      : generic.start
    raw.push({ ...labelAt(text, named, start, generic.end, 'label-only') })
  }
  // 'The movement is a fierce critic of the junta': the group named last
  for (const p of groupPredicates(text, anchors))
    raw.push(labelAt(text, p.anchor, p.start, p.end, 'apposition'))
  const seen = new Set<string>()
  const out: ActorLabel[] = []
  // An apposition keeps its determiner; the same words found again without it are dropped.
  const appositions = new Set(
    raw.filter((l) => l.via === 'apposition').map((l) => `${l.actor}|${l.end}`),
  )
  const described = raw
    .filter((l) => l.via === 'apposition' || l.via === 'modifier')
    .sort((a, b) => a.start - b.start)
  const longest = described.reduce((n, d) => Math.max(n, d.end - d.start), 0)
  const isMarked = overlapIndex(marks)
  for (const l of raw) {
    const key = `${l.actor}|${l.start}|${l.end}`
    if (seen.has(key) || l.end <= l.start) continue
    if (l.via !== 'apposition' && appositions.has(`${l.actor}|${l.end}`)) continue
    // A bare nationality ('Russian') names no one by itself.
    if (NATIONALITIES[l.label.toLowerCase()] !== undefined) continue
    // 'French people' is no label of Civilians (Mali), 'Libyan government' none of Mali's.
    if (wrongActor(tokenizeWords(l.label), l.actor, l.org)) continue
    // A mention inside another actor's description is part of that description.
    if (l.via === 'mention') {
      let inside = false
      for (let i = firstFrom(described, l.start - longest); i < described.length; i++) {
        const d = described[i] as (typeof described)[number]
        if (d.start > l.start) break
        if (d.actor !== l.actor && l.end <= d.end) inside = true
      }
      if (inside) continue
    }
    seen.add(key)
    out.push({ ...l, loaded: isMarked(l.start, l.end) })
  }
  return out
}
