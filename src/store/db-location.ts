/**
 * @module
 * Where the store lives, decided from `--db` and the environment (pure, so it is testable):
 * `memory://` (tests), a `postgres://` URL (server backend, later), or a PGlite data directory:
 * by default `$FAULTLINE_DB`, else `$XDG_DATA_HOME/faultline/db`, else
 * `~/.local/share/faultline/db`.
 */
import { homedir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

export type DbLocation =
  | { readonly kind: 'memory' }
  | { readonly kind: 'postgres'; readonly url: string }
  | { readonly kind: 'dir'; readonly path: string }

export type Env = Readonly<Record<string, string | undefined>>

/** The default data directory when no `--db` is given. */
export function defaultDbDir(env: Env = process.env, home: string = homedir()): string {
  if (env.FAULTLINE_DB) return env.FAULTLINE_DB
  const data = env.XDG_DATA_HOME || join(home, '.local', 'share')
  return join(data, 'faultline', 'db')
}

export function resolveDbLocation(db?: string, env: Env = process.env, home?: string): DbLocation {
  const spec = db || defaultDbDir(env, home)
  if (spec === 'memory://' || spec === ':memory:') return { kind: 'memory' }
  if (/^postgres(ql)?:\/\//i.test(spec)) return { kind: 'postgres', url: spec }
  if (spec.startsWith('file://')) return { kind: 'dir', path: fileURLToPath(spec) }
  return { kind: 'dir', path: resolve(spec) }
}
