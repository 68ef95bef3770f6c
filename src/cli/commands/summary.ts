/**
 * @module
 * `faultline summary` — what the store holds: documents, events by type, top actors and places.
 */
import { defineCommand } from 'citty'
import { dbArg, openStoreFromArgs } from '../_db-arg.js'
import { out } from '../_output.js'
import { formatSummary } from '../_summary.js'

export default defineCommand({
  meta: { name: 'summary', description: 'Summarise the store: documents, events by type, top actors and places' },
  args: { json: { type: 'boolean', description: 'Print as JSON' }, ...dbArg },
  async run({ args }) {
    const store = await openStoreFromArgs(args)
    try {
      const s = await store.summary()
      out(args.json ? JSON.stringify(s) : formatSummary(s))
    } finally {
      await store.close()
    }
  },
})
