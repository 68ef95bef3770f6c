/**
 * @module
 * The registry as public `Actor` values (names keep their `{country}` / `{period}` placeholders;
 * use `resolveActorName` or `findActorMentions` with a context for concrete names).
 */
import { loadRegistry } from './registry.js'
import type { ActorEntry } from './registry-types.js'
import type { Actor } from './types.js'

let list: readonly Actor[] | undefined

/** Entries that only route words to another actor ('terroristes' → unidentified group). */
function isRedirect(a: ActorEntry): boolean {
  return a.periods !== undefined && a.periods.length > 0 && a.periods.every((p) => p.ref)
}

/** The whole registry (without pure redirect entries). */
export function listActors(): readonly Actor[] {
  list ??= loadRegistry()
    .actors.filter((a) => !isRedirect(a))
    .map((a) => ({
      id: a.id,
      name: a.name,
      inter: a.inter,
      country: a.country,
      aliases: a.aliases ?? [],
      kind: a.kind,
      generic: a.generic === true,
      acronyms: a.acronyms ?? [],
      people: a.people ?? [],
      periods: a.periods ?? [],
      notes: a.notes ?? '',
    }))
  return list
}
