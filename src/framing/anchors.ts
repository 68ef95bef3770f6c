/**
 * @module
 * Actor anchors of a document: registry mentions (event-word mentions left out), label-only
 * mentions ('French imperialism'), with adjacent pieces of one name joined ('Russian' + 'Wagner
 * Group' + 'mercenaries') and a generic description before a name folded into it ('jihadist
 * group JNIM'). Shared by the label and relation rules.
 */
import { findActorMentions } from '../resolve/actors/index.js'
import { tokenizeWords } from './_words.js'
import type { Word } from './_words.js'
import { findLabelOnly } from './label-only.js'
import { gluedByHyphen, notAnAnchor } from './not-an-anchor.js'
import type { LabelContext } from './label-only.js'
import type { ActorLabel } from './types.js'

export interface Anchor {
  start: number
  end: number
  readonly actor: string
  readonly org?: string
  readonly generic: boolean
  /** ACLED inter code when the registry gives one (2 rebels, 3 political militia, …). */
  readonly inter?: number
  /** A named associated actor ('Yerewolo' for a protest by Yerewolo). */
  readonly assoc?: string
  /** A state or bloc named as such ('Mali', 'ECOWAS'): often a place, so a weak subject. */
  readonly state?: boolean
  readonly via: ActorLabel['via']
  readonly text?: string
  /** A second actor the same words name ('the junta': the army, and the government it runs). */
  readonly also?: string
}

/** Anchors in text order. */
export function findAnchors(
  text: string,
  ctx: LabelContext,
  words: readonly Word[] = tokenizeWords(text),
): Anchor[] {
  const date = ctx.published ?? undefined
  const actx = { ...(date ? { date } : {}), ...(ctx.country ? { country: ctx.country } : {}) }
  // 'Mali-Niger military operation': the second half of a hyphenated word names no one.
  const only = findLabelOnly(text, ctx).filter((h) => !gluedByHyphen(text, h.start))
  const out: Anchor[] = only.map((h) => ({
    ...h,
    generic: true,
    ...(h.actor.startsWith('Unidentified Armed Group') ? { inter: 3 } : {}),
    via: 'label-only' as const,
  }))
  for (const m of findActorMentions(text, actx)) {
    if (m.weak || only.some((h) => h.start < m.end && m.start < h.end)) continue
    if (gluedByHyphen(text, m.start) || (m.generic && notAnAnchor(text, words, m.start, m.end)))
      continue
    // A mention never runs over a comma ('JNIM, linked' is the name and a participle).
    const comma = m.text.indexOf(',')
    const end = comma > 0 ? m.start + comma : m.end
    out.push({
      start: m.start,
      end,
      actor: m.person ?? m.actor.name,
      ...(m.person ? { org: m.actor.name } : {}),
      generic: m.generic,
      inter: m.actor.inter,
      ...(m.assoc && !m.generic ? { assoc: m.assoc.name } : {}),
      via: 'mention',
    })
  }
  out.sort((a, b) => a.start - b.start)
  // Adjacent mentions of one actor are one name ('Russian' + 'Wagner Group' + 'mercenaries').
  const merged: Anchor[] = []
  for (const a of out) {
    const last = merged[merged.length - 1]
    const touching = last !== undefined && /^\s*$/.test(text.slice(last.end, a.start))
    if (last && touching && last.actor === a.actor) last.end = a.end
    else if (last && touching && last.generic && !a.generic) {
      // A generic description right before a name describes that name ('jihadist group JNIM').
      merged[merged.length - 1] = { ...a, start: last.start }
    } else merged.push({ ...a })
  }
  return merged
}

/** Inter codes of non-state armed groups: rebels and political militias. */
const ARMED = new Set([2, 3])

/**
 * The one named non-state armed group of a document, if there is exactly one: generic labels
 * ('the terrorists', 'l’ennemi') then mean that group.
 */
export function soleArmedGroup(anchors: readonly Anchor[]): string | null {
  const named = new Set(
    anchors
      .filter((a) => !a.generic && a.inter !== undefined && ARMED.has(a.inter))
      .map((a) => a.org ?? a.actor),
  )
  return named.size === 1 ? ([...named][0] as string) : null
}

/** A generic armed-group anchor ('terrorists', 'gunmen', 'the enemy'). */
export function isGenericArmed(a: Anchor): boolean {
  return a.generic && a.inter !== undefined && ARMED.has(a.inter)
}
