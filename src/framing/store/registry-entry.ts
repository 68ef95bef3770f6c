/**
 * @module
 * What the actor registry says about a stored actor name: registry id, kind, inter code, aliases
 * and acronyms. Pure (the registry is bundled data); null for names the registry does not know
 * (states and parent organisations named only in relations, typed-in names).
 */
import { listActors, resolveActorName } from '../../resolve/actors/index.js'

export interface RegistryEntry {
  readonly id: string
  readonly kind: string
  readonly inter: number
  readonly aliases: string[]
  readonly acronyms: string[]
}

/** The registry entry behind `name` ('JNIM', or a canonical name with its period), or null. */
export function registryEntry(name: string): RegistryEntry | null {
  const resolved = resolveActorName(name)
  if (resolved === null) return null
  const actor = listActors().find((a) => a.id === resolved.id)
  return {
    id: resolved.id,
    kind: resolved.kind ?? actor?.kind ?? 'unknown',
    inter: resolved.inter,
    aliases: [...(actor?.aliases ?? [])],
    acronyms: [...(actor?.acronyms ?? [])],
  }
}
