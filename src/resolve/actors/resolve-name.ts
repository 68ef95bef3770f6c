/**
 * @module
 * Resolves a user-typed actor name ('JNIM', 'Goïta', 'FAMa', 'Civilians (Burkina Faso)',
 * 'Military Forces of Mali (2013-2020)') to the canonical actor, for `--actor` filters.
 */
import { findActorMentions } from './find-mentions.js'
import { foldText } from './fold.js'
import { instantiate } from './instantiate.js'
import { loadRegistry } from './registry.js'
import type { ActorContext, ResolvedActor } from './types.js'

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** Match a canonical name (any period, country in parentheses) against the registry names. */
function byCanonicalName(name: string, ctx: ActorContext): ResolvedActor | null {
  const wanted = foldText(name.trim())
  const reg = loadRegistry()
  for (const a of reg.actors) {
    for (const template of [a.name, ...(a.altNames ?? [])]) {
      const source = escape(foldText(template))
        .replace(escape('{country}'), '(.+?)')
        .replace(`\\(${escape('{period}')}\\)`, '(?:\\(([^)]*)\\))?')
        .replace(/\\\((\d{4}-(?:\d{4})?)\\\)/, '(?:\\($1\\))?')
      const m = new RegExp(`^${source.replace(/ /g, '\\s*')}$`, 'd').exec(wanted)
      if (!m) continue
      const at = template.includes('{country}') ? m.indices?.[1] : undefined
      const country = at ? name.trim().slice(at[0], at[1]) : undefined
      const local = { ...ctx, ...(country ? { country } : {}) }
      const regime = reg.file.regimes[a.regime ?? a.country ?? local.country ?? 'Mali']
      const label = name.match(/\((\d{4}-(?:\d{4})?)\)/)?.[1]
      const from = regime?.find((r) => r.label === label)?.from
      const inst = instantiate(a.id, from ? { ...local, date: from } : local)
      if (inst) return inst.actor
    }
  }
  return null
}

/** Canonical actor for a user-typed name or alias ('JNIM', 'Goïta', 'FAMa'), or null. */
export function resolveActorName(name: string, ctx: ActorContext = {}): ResolvedActor | null {
  const trimmed = name.trim()
  if (trimmed === '') return null
  const canonical = byCanonicalName(trimmed, ctx)
  if (canonical) return canonical
  const exact = findActorMentions(trimmed, ctx)
  const only = exact.length === 1 ? exact[0] : undefined
  if (only && only.start === 0 && only.end === trimmed.length) return only.actor
  // Acronyms typed in lower case ('jnim'): retry upper-cased.
  const upper = findActorMentions(trimmed.toUpperCase(), ctx)
  const u = upper.length === 1 ? upper[0] : undefined
  if (u && !u.generic && u.start === 0 && u.end === trimmed.length) return u.actor
  return null
}
