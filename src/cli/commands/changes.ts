/**
 * @module
 * `faultline changes [--since T] [--after SEQ] [--kind deleted,…] [--limit N] [--json]`: the
 * change log of the dataset, oldest first. Every change to an event is there (added, revised by
 * re-extraction or corroboration, corrected by an analyst, deleted), with its time and reason, so
 * a copy of the data can be kept in sync: read with `--json` (one change per line, records before
 * and after included), remember the last `seq`, and next time pass it as `--after`. Flags are
 * checked by the same zod schema as `GET /api/changes`.
 */
import { defineCommand } from 'citty'
import { FaultlineError } from '../../errors.js'
import type { Change } from '../../schema/changes.js'
import { ChangeQuerySchema } from '../../schema/changes.js'
import { dbArg, openStoreFromArgs } from '../_db-arg.js'
import { formatTable, info, out } from '../_output.js'

/** One line per change for people. */
export function changesTable(items: readonly Change[]): string {
  return formatTable(
    ['SEQ', 'AT', 'KIND', 'EVENT', 'REASON'],
    items.map((c) => [String(c.seq), c.at.slice(0, 19).replace('T', ' '), c.kind, c.event_id,
      c.reason]),
    60,
  )
}

/** The flags as a change query; a bad value is a usage error naming the flag. */
export function parseChangeFlags(args: Record<string, unknown>) {
  const raw: Record<string, unknown> = {}
  for (const key of ['since', 'after', 'kind', 'limit']) {
    if (typeof args[key] === 'string') raw[key] = args[key]
  }
  const parsed = ChangeQuerySchema.safeParse(raw)
  if (parsed.success) return parsed.data
  const issue = parsed.error.issues[0]
  const flag = issue?.path[0] ? `--${String(issue.path[0])}` : 'flag'
  throw new FaultlineError('E_BAD_ARGUMENT', `invalid ${flag}: ${issue?.message ?? 'bad value'}`, {
    hint: '--since 2026-01-01[T12:00:00Z], --after SEQ, --kind added,revised,corrected,deleted, '
      + '--limit 1-10000',
  })
}

export default defineCommand({
  meta: {
    name: 'changes',
    description: 'The change log: every event added, revised, corrected or deleted, with reasons',
  },
  args: {
    since: { type: 'string', description: 'Changes at or after this ISO date or time',
      valueHint: 'T' },
    after: { type: 'string', description: 'Changes after this seq (the cursor of a sync)',
      valueHint: 'SEQ' },
    kind: { type: 'string', description: 'Only these kinds: added, revised, corrected, deleted',
      valueHint: 'KIND[,KIND]' },
    limit: { type: 'string', description: 'At most N changes (default 1000)', valueHint: 'N' },
    json: { type: 'boolean', description: 'JSON Lines: one change per line, with the records' },
    ...dbArg,
  },
  async run({ args }) {
    const q = parseChangeFlags(args)
    const store = await openStoreFromArgs(args)
    try {
      const page = await store.listChanges({ since: q.since, after_seq: q.after, kinds: q.kind,
        limit: q.limit })
      if (args.json) {
        for (const c of page.items) out(JSON.stringify(c))
      } else if (page.items.length > 0) {
        out(changesTable(page.items))
      }
      const more = page.more ? `; more follow: --after ${page.next_after}` : ''
      info(`${page.items.length} change(s)${more}`)
    } finally {
      await store.close()
    }
  },
})
