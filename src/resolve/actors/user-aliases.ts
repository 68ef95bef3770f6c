/**
 * @module
 * Aliases an analyst taught the registry: when a review corrects an actor and asks for it, the
 * text the extractor failed on ('the Macina fighters') becomes an alias of the actor it should
 * have found. They live in a user file beside the store, not in `data/actors.json`:
 * `$FAULTLINE_ALIASES`, else `$XDG_DATA_HOME/faultline/actor-aliases.json` (else under
 * `~/.local/share`). `loadRegistry` merges them into the entries with the same id when it first
 * loads, so they take effect for extractions in processes started afterwards.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { homedir } from 'node:os'
import { dirname, join } from 'node:path'
import { z } from 'zod'
import type { ActorEntry } from './registry-types.js'

export const UserAliasSchema = z.object({
  alias: z.string().trim().min(2).max(200),
  /** Registry id of the actor, as `resolveActorName` gives it ('jnim', 'islamist-militia-mali'). */
  actor_id: z.string().min(1),
  actor: z.string().describe('the canonical name the analyst chose'),
  added_at: z.string(),
})
export type UserAlias = z.infer<typeof UserAliasSchema>

const FileSchema = z.object({ aliases: z.array(UserAliasSchema) })

/** Where the user alias file is. */
export function userAliasPath(env: NodeJS.ProcessEnv = process.env, home = homedir()): string {
  if (env['FAULTLINE_ALIASES']) return env['FAULTLINE_ALIASES']
  return join(env['XDG_DATA_HOME'] || join(home, '.local', 'share'), 'faultline', 'actor-aliases.json')
}

/** The aliases in the file; none when it is missing or unreadable (the registry still loads). */
export function readUserAliases(path = userAliasPath()): UserAlias[] {
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch {
    return []
  }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    return []
  }
  const parsed = FileSchema.safeParse(json)
  return parsed.success ? parsed.data.aliases : []
}

/** Adds an alias (once per alias and actor), writing the file atomically; false when known. */
export function addUserAlias(alias: Omit<UserAlias, 'added_at'>, path = userAliasPath()): boolean {
  const all = readUserAliases(path)
  const key = (a: { alias: string; actor_id: string }) => `${a.alias.toLowerCase()}\u0000${a.actor_id}`
  if (all.some((a) => key(a) === key(alias))) return false
  all.push(UserAliasSchema.parse({ ...alias, added_at: new Date().toISOString() }))
  mkdirSync(dirname(path), { recursive: true })
  const tmp = `${path}.${process.pid}.tmp`
  writeFileSync(tmp, `${JSON.stringify({ aliases: all }, null, 2)}\n`)
  renameSync(tmp, path)
  return true
}

/** The entry an alias belongs to: same id, or the `{country}` template the id instantiates. */
function owner(actors: readonly ActorEntry[], id: string): ActorEntry | undefined {
  return actors.find((a) => a.id === id) ?? actors.find((a) => a.id.includes('{country}') &&
    id.startsWith(a.id.slice(0, a.id.indexOf('{country}'))))
}

/** The registry entries with the user aliases appended to their owners' `aliases`. */
export function mergeUserAliases(
  actors: readonly ActorEntry[], aliases: readonly UserAlias[],
): ActorEntry[] {
  const extra = new Map<ActorEntry, string[]>()
  for (const a of aliases) {
    const entry = owner(actors, a.actor_id)
    if (entry !== undefined) extra.set(entry, [...(extra.get(entry) ?? []), a.alias])
  }
  return actors.map((a) => {
    const more = extra.get(a)
    return more === undefined ? a : { ...a, aliases: [...(a.aliases ?? []), ...more] }
  })
}
