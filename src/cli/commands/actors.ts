/**
 * @module
 * `faultline actors [--json]`: the actors named in stored events, most events first, with their
 * ACLED inter code, the registry's kind and the registry aliases a reader may know them by.
 */
import { defineCommand } from 'citty'
import { registryEntry } from '../../framing/store/registry-entry.js'
import type { ActorSummary } from '../../store/store.js'
import { dbArg, openStoreFromArgs } from '../_db-arg.js'
import { formatTable, info, out } from '../_output.js'

export interface ActorListing extends ActorSummary {
  readonly kind: string | null
  readonly registry_id: string | null
  readonly aliases: readonly string[]
}

/** Store actors joined with the registry entries their names resolve to. */
export function actorListing(actors: readonly ActorSummary[]): ActorListing[] {
  return actors.map((a) => {
    const entry = registryEntry(a.name)
    const aliases = entry ? [...new Set([...entry.acronyms, ...entry.aliases])] : []
    return { ...a, kind: entry?.kind ?? null, registry_id: entry?.id ?? null, aliases }
  })
}

/** NAME, KIND, INTER, EVENTS and the first few aliases. */
export function actorsTable(items: readonly ActorListing[], aliasCount = 4): string {
  return formatTable(
    ['NAME', 'KIND', 'INTER', 'EVENTS', 'ALIASES'],
    items.map((a) => [a.name, a.kind ?? '?', String(a.inter), String(a.events),
      a.aliases.slice(0, aliasCount).join(', ') + (a.aliases.length > aliasCount ? ', …' : '')]),
    60,
  )
}

export default defineCommand({
  meta: {
    name: 'actors',
    description: 'Actors in the store with kind, inter code, events and aliases',
  },
  args: {
    json: { type: 'boolean', description: 'Print {items} as JSON, every alias included' },
    ...dbArg,
  },
  async run({ args }) {
    const store = await openStoreFromArgs(args)
    try {
      const items = actorListing(await store.listActors())
      if (args.json) {
        out(JSON.stringify({ items }))
        return
      }
      if (items.length === 0) {
        info('no actors (ingest documents first)')
        return
      }
      out(actorsTable(items))
      info(`${items.length} actor(s); details: faultline graph --actor NAME`)
    } finally {
      await store.close()
    }
  },
})
