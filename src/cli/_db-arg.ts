/**
 * @module
 * The `--db` flag every stateful command takes, and opening the store from it.
 */
import { openStore } from '../store/open-store.js'
import type { Store } from '../store/store.js'

export const dbArg = {
  db: {
    type: 'string',
    description:
      'A PGlite directory or a postgres:// URL (default $FAULTLINE_DATABASE_URL, else the'
      + ' directory $FAULTLINE_DB or ~/.local/share/faultline/db)',
    valueHint: 'PATH|URL',
  },
} as const

export function openStoreFromArgs(args: { db?: string | undefined }): Promise<Store> {
  return openStore(args.db ? { db: args.db } : {})
}
