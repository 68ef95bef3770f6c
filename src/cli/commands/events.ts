/**
 * @module
 * `faultline events [filters]` — stored events as a readable table, or `--json`.
 */
import { defineCommand } from 'citty'
import { PageSchema } from '../../query/filters.js'
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
    json: { type: 'boolean', description: 'Print {total, items} as JSON' },
    ...dbArg,
  },
  async run({ args }) {
    const filter = parseFilterArgs(args)
    const page = PageSchema.safeParse({ limit: args.limit, offset: args.offset })
    if (!page.success) {
      throw new FaultlineError('E_BAD_ARGUMENT', `invalid --limit/--offset: ${page.error.issues[0]?.message}`, {
        hint: '--limit takes 1 to 1000, --offset 0 or more',
      })
    }
    const store = await openStoreFromArgs(args)
    try {
      const { total, totalExact, items } = await store.listEvents(filter, page.data)
      if (args.json) {
        const { limit, offset } = page.data
        out(JSON.stringify({ total, total_exact: totalExact, limit, offset, items }))
        return
      }
      if (items.length === 0) {
        info('no events match')
        return
      }
      out(eventsTable(items))
      const of = totalExact ? `${total}` : `more than ${total - 1}`
      const more = total > items.length ? ' (use --limit/--offset for more)' : ''
      info(`${items.length} of ${of} event(s)${more}`)
    } finally {
      await store.close()
    }
  },
})
