/**
 * @module
 * `faultline events [filters]` — stored events as a readable table, or `--json`. Pages by
 * `--offset`, or by `--cursor` (the `next_cursor` a page prints: stable while events are added).
 */
import { defineCommand } from 'citty'
import { CursorPageSchema } from '../../query/filters.js'
import { FaultlineError } from '../../errors.js'
import { dbArg, openStoreFromArgs } from '../_db-arg.js'
import { filterArgs, parseFilterArgs } from '../_filter-args.js'
import { eventsTable, info, out } from '../_output.js'

export default defineCommand({
  meta: { name: 'events', description: 'List stored events (newest first)' },
  args: {
    ...filterArgs,
    limit: { type: 'string', description: 'At most N events (1-1000)', default: '50' },
    offset: { type: 'string', description: 'Skip the first N events', default: '0' },
    cursor: { type: 'string', description: "Resume after the previous page (its 'next_cursor')" },
    json: { type: 'boolean', description: 'Print {total, items} as JSON' },
    ...dbArg,
  },
  async run({ args }) {
    const filter = parseFilterArgs(args)
    const given = { limit: args.limit, offset: args.offset, cursor: args.cursor }
    const page = CursorPageSchema.safeParse(given)
    if (!page.success) {
      const message = `invalid --limit/--offset/--cursor: ${page.error.issues[0]?.message}`
      throw new FaultlineError('E_BAD_ARGUMENT', message, {
        hint: "--limit takes 1 to 1000, --offset 0 or more, --cursor a page's next_cursor",
      })
    }
    if (page.data.cursor !== undefined && page.data.offset > 0) {
      throw new FaultlineError('E_BAD_ARGUMENT', '--cursor and --offset given together', {
        hint: 'page with either --cursor (the next_cursor printed) or --offset, not both',
      })
    }
    const store = await openStoreFromArgs(args)
    try {
      const { total, totalExact, items, nextCursor } = await store.listEvents(filter, page.data)
      if (args.json) {
        const { limit, offset } = page.data
        const body = { total, total_exact: totalExact, limit, offset, next_cursor: nextCursor }
        out(JSON.stringify({ ...body, items }))
        return
      }
      if (items.length === 0) {
        info('no events match')
        return
      }
      out(eventsTable(items))
      const of = totalExact ? `${total}` : `more than ${total - 1}`
      const more = nextCursor === null ? '' : ` (more: --cursor ${nextCursor})`
      info(`${items.length} of ${of} event(s)${more}`)
    } finally {
      await store.close()
    }
  },
})
