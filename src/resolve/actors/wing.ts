/**
 * @module
 * Wings of a split movement named by their coalition: 'MAA (CMA)', 'MAA fighters from the CMA',
 * 'MAA-Platform'. A mention whose alternatives include a wing '… (CMA)' becomes that wing when
 * the coalition's name follows it in brackets or in a 'from/of the (…) CMA' phrase; a bracketed
 * coalition name is then part of the mention. In: the mentions of a text; out: the same, with
 * the wing chosen. ACLED codes each wing as its own actor.
 */
import type { ActorMention, ResolvedActor } from './types.js'

/** The coalition in brackets at the end of a wing's name: 'CMA' of '… Azawad (CMA)'. */
const tagOf = (a: ResolvedActor): string | null => /\(([^()]+)\)$/.exec(a.name)?.[1] ?? null

const fold = (s: string): string => s.toLowerCase().replace(/[éè]/g, 'e')

/** 'Platform' is also written 'Plateforme'. */
const spellings = (tag: string): string[] => (/^platform$/i.test(tag) ? [tag, 'plateforme'] : [tag])

const PHRASE = String.raw`(?:\s+\S+){0,2}\s+(?:from|of)\s+the\s+(?:[\w-]+\s+){0,2}`
/** Patterns per coalition tag spelling, compiled once ('(CMA)', '-CMA', 'fighters from the CMA'). */
const patterns = new Map<string, RegExp>()

function tagAfter(t: string): RegExp {
  let re = patterns.get(t)
  if (!re) {
    const w = fold(t).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    re = new RegExp(String.raw`^(?:\s*\(\s*${w}\s*\)|-${w}\b|${PHRASE}${w}\b)`)
    patterns.set(t, re)
  }
  return re
}

/** `ms` with each mention of a split movement named as the wing its coalition tag names. */
export function chooseWings(text: string, ms: readonly ActorMention[]): ActorMention[] {
  const out: ActorMention[] = []
  for (let i = 0; i < ms.length; i++) {
    const m = ms[i] as ActorMention
    const after = fold(text.slice(m.end, m.end + 50))
    const wing = (m.alternatives ?? []).find((a) => {
      const tag = tagOf(a)
      if (!tag) return false
      return spellings(tag).some((t) => tagAfter(t).test(after))
    })
    if (!wing) {
      out.push(m)
      continue
    }
    const next = ms[i + 1]
    const bracket = /^\s*\(\s*$/.test(text.slice(m.end, next?.start ?? m.end))
    const close = next && bracket && /^\s*\)/.test(text.slice(next.end, next.end + 3))
    const end = close ? text.indexOf(')', next.end) + 1 : m.end
    const alternatives = [m.actor, ...(m.alternatives ?? []).filter((a) => a !== wing)]
    out.push({ ...m, end, text: text.slice(m.start, end), actor: wing, alternatives })
    if (close) i++
  }
  return out
}
