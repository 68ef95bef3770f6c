/**
 * @module
 * The ordered list of migrations. Adding one is a new `NNNN-name.sql` + `NNNN-name.ts` pair and
 * one line here; versions only ever grow, and an applied migration is never edited.
 */
import { sql as init } from './0001-init.js'
import { sql as incidents } from './0002-incidents.js'
import { sql as framing } from './0003-framing.js'
import { sql as outlets } from './0004-outlets.js'
import { sql as reviews } from './0005-reviews.js'
import { sql as changes } from './0006-changes.js'
import { sql as queryIndexes } from './0007-query-indexes.js'
import { sql as watchlists } from './0008-watchlists.js'
import { sql as incidentLinks } from './0009-incident-links.js'
import { sql as fineCells } from './0010-fine-cells.js'
import { sql as rollupSharedLock } from './0011-rollup-shared-lock.js'
import { sql as actorNames } from './0012-actor-names.js'

export interface Migration {
  /** Sortable, unique, never reused: `0001`, `0002`… */
  readonly version: string
  readonly name: string
  readonly sql: string
}

export const MIGRATIONS: readonly Migration[] = [
  { version: '0001', name: 'init', sql: init },
  { version: '0002', name: 'incidents', sql: incidents },
  { version: '0003', name: 'framing', sql: framing },
  { version: '0004', name: 'outlets', sql: outlets },
  { version: '0005', name: 'reviews', sql: reviews },
  { version: '0006', name: 'changes', sql: changes },
  { version: '0007', name: 'query-indexes', sql: queryIndexes },
  { version: '0008', name: 'watchlists', sql: watchlists },
  { version: '0009', name: 'incident-links', sql: incidentLinks },
  { version: '0010', name: 'fine-cells', sql: fineCells },
  { version: '0011', name: 'rollup-shared-lock', sql: rollupSharedLock },
  { version: '0012', name: 'actor-names', sql: actorNames },
]
