/**
 * @module
 * Resolves a user-typed actor name ('JNIM', 'Goïta', 'FAMa', 'Civilians (Burkina Faso)',
 * 'Military Forces of Mali (2013-2020)') to the canonical actor, for `--actor` filters.
 */
import { findActorMentions } from './find-mentions.js'
import { foldText } from './fold.js'
import { instantiate } from './instantiate.js'
import { loadRegistry } from './registry.js'
import type { ActorEntry } from './registry-types.js'
import type { ActorContext, ResolvedActor } from './types.js'

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

interface NamePattern {
  readonly actor: ActorEntry
  readonly template: string
  readonly re: RegExp
}

let patterns: readonly NamePattern[] | undefined

/** One regex per canonical name: any period, `{country}` captured. Built once. */
function namePatterns(): readonly NamePattern[] {
  patterns ??= loadRegistry().actors.flatMap((actor) =>
    [actor.name, ...(actor.altNames ?? [])].map((template) => {
      const source = escape(foldText(template))
        .replace(escape('{country}'), '(.+?)')
        .replace(`\\(${escape('{period}')}\\)`, '(?:\\(([^)]*)\\))?')
        .replace(escape('{year}'), '\\d{4}')
        .replace(/\\\((\d{4}-(?:\d{4})?)\\\)/, '(?:\\($1\\))?')
      return { actor, template, re: new RegExp(`^${source.replace(/ /g, '\\s*')}$`, 'd') }
    }),
  )
  return patterns
}

/** Match a canonical name (any period, country in parentheses) against the registry names. */
function byCanonicalName(name: string, ctx: ActorContext): ResolvedActor | null {
  const wanted = foldText(name)
  const reg = loadRegistry()
  for (const { actor: a, template, re } of namePatterns()) {
    const m = re.exec(wanted)
    if (!m) continue
    const at = template.includes('{country}') ? m.indices?.[1] : undefined
    const country = at ? name.slice(at[0], at[1]) : undefined
    const local = { ...ctx, ...(country ? { country } : {}) }
    const regime = reg.file.regimes[a.regime ?? a.country ?? local.country ?? 'Mali']
    const label = name.match(/\((\d{4}-(?:\d{4})?)\)/)?.[1]
    const from = regime?.find((r) => r.label === label)?.from
    const inst = instantiate(a.id, from ? { ...local, date: from } : local)
    if (!inst) continue
    // A typed coalition member ('Katiba Macina') means the member itself.
    const self = inst.assoc ?? inst.actor
    // A typed historical spelling ('Islamic State (Greater Sahara)') is kept as typed.
    const literal = !/[{}]/.test(template) && (template !== a.name || a.periods !== undefined)
    return literal ? { ...self, name: template } : self
  }
  return null
}

/** Canonical actor for a user-typed name or alias ('JNIM', 'Goïta', 'FAMa'), or null. */
export function resolveActorName(name: string, ctx: ActorContext = {}): ResolvedActor | null {
  const trimmed = name.trim()
  if (trimmed === '') return null
  const key = `${trimmed}|${ctx.country ?? ''}|${ctx.date ?? ''}`
  const cached = memo.get(key)
  if (cached !== undefined) return cached
  if (memo.size > 10_000) memo.clear()
  const found = lookup(trimmed, ctx)
  memo.set(key, found)
  return found
}

const memo = new Map<string, ResolvedActor | null>()

function lookup(trimmed: string, ctx: ActorContext): ResolvedActor | null {
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
