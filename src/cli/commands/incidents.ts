/**
 * @module
 * `faultline incidents [filters]` — incidents (one happening, all its reports) as a readable
 * table, or `--json` with every claim. Filters are those of `faultline events`, applied to the
 * member reports: an incident is listed when one of its reports matches.
 */
import { defineCommand } from 'citty'
import type { Incident } from '../../corroborate/incident.js'
import { FaultlineError } from '../../errors.js'
import { PageSchema } from '../../query/filters.js'
import { dbArg, openStoreFromArgs } from '../_db-arg.js'
import { filterArgs, parseFilterArgs } from '../_filter-args.js'
import { formatTable, info, out } from '../_output.js'

/** `6 (6–8)` when claims differ, `6` when they agree; `?` marks a hedged-only count. */
export function deadCell(f: Incident['fatalities'], hedgedOnly: boolean): string {
  const value = `${f.value}${hedgedOnly ? '?' : ''}`
  return f.min === f.max ? value : `${value} (${f.min}–${f.max})`
}

/** One line per incident: date, type, place, dead (range of claims), sources, perpetrator, id. */
export function incidentsTable(items: readonly Incident[]): string {
  return formatTable(
    ['DATE', 'TYPE', 'PLACE', 'DEAD', 'REPORTS', 'OUTLETS', 'PERPETRATOR', 'ID'],
    items.map((i) => [
      (i.date.value ?? '?') + (i.date.conflict ? '*' : ''),
      i.event_type,
      [i.location.value, i.country].filter(Boolean).join(', '),
      deadCell(i.fatalities, i.claims.every((c) => c.certainty === 'hedged')),
      String(i.reports),
      String(i.independent_sources),
      i.perpetrator.value + (i.perpetrator.conflict ? '*' : ''),
      i.id,
    ]),
    32,
  )
}

export default defineCommand({
  meta: {
    name: 'incidents',
    description: 'List incidents: all reports of one happening, side by side',
  },
  args: {
    ...filterArgs,
    limit: { type: 'string', description: 'At most N incidents (1-1000)', default: '50' },
    offset: { type: 'string', description: 'Skip the first N incidents', default: '0' },
    json: { type: 'boolean', description: 'Print {total, items} as JSON, every claim included' },
    update: {
      type: 'boolean',
      description: 'First link documents stored without corroboration (older database, restore)',
    },
    ...dbArg,
  },
  async run({ args }) {
    const filter = parseFilterArgs(args)
    const page = PageSchema.safeParse({ limit: args.limit, offset: args.offset })
    if (!page.success) {
      const message = `invalid --limit/--offset: ${page.error.issues[0]?.message}`
      throw new FaultlineError('E_BAD_ARGUMENT', message, {
        hint: '--limit takes 1 to 1000, --offset 0 or more',
      })
    }
    const store = await openStoreFromArgs(args)
    try {
      if (args.update) info(`corroborated ${await store.corroboratePending()} document(s)`)
      const { total, items } = await store.listIncidents(filter, page.data)
      if (args.json) {
        out(JSON.stringify({ total, limit: page.data.limit, offset: page.data.offset, items }))
        return
      }
      if (items.length === 0) {
        info('no incidents match')
        return
      }
      out(incidentsTable(items))
      const more = total > items.length ? ' (use --limit/--offset for more)' : ''
      info(`${items.length} of ${total} incident(s)${more}; * = reports disagree`)
    } finally {
      await store.close()
    }
  },
})
