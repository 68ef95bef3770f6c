/**
 * @module
 * `faultline digest NAME [--period day|week] [--format md|html] [--date D]`: the note an analyst
 * would otherwise write by hand, for the alerts a watchlist raised or revised in the day (or
 * the 7 days) ending with D (UTC, default today), printed to stdout: Markdown, or one
 * self-contained HTML page with a small map. `--base-url` makes the links absolute.
 */
import { defineCommand } from 'citty'
import { FaultlineError } from '../../errors.js'
import { buildDigest } from '../../watch/digest-data.js'
import { digestHtml } from '../../watch/digest-html.js'
import { digestMarkdown } from '../../watch/digest-md.js'
import { dbArg, openStoreFromArgs } from '../_db-arg.js'

const choice = <T extends string>(flag: string, v: string, ok: readonly T[]): T => {
  if ((ok as readonly string[]).includes(v)) return v as T
  throw new FaultlineError('E_BAD_ARGUMENT', `--${flag} must be ${ok.join(' or ')}, not '${v}'`, {
    hint: `e.g. --${flag} ${ok[0]}`,
  })
}

export default defineCommand({
  meta: {
    name: 'digest',
    description: "A watchlist's daily or weekly digest (Markdown or HTML) to stdout",
  },
  args: {
    name: { type: 'positional', description: 'Watchlist name (or id)', required: true },
    period: { type: 'string', description: 'The day, or the 7 days, ending with --date',
      valueHint: 'day|week', default: 'day' },
    format: { type: 'string', description: 'Markdown, or one self-contained HTML page',
      valueHint: 'md|html', default: 'md' },
    date: {
      type: 'string',
      description: 'Last day of the period (default today, UTC)',
      valueHint: 'YYYY-MM-DD',
    },
    'base-url': {
      type: 'string',
      description: 'Dashboard address for absolute links (default $FAULTLINE_BASE_URL)',
      valueHint: 'URL',
    },
    ...dbArg,
  },
  async run({ args }) {
    const period = choice('period', args.period, ['day', 'week'] as const)
    const format = choice('format', args.format, ['md', 'html'] as const)
    const store = await openStoreFromArgs(args)
    try {
      const w = await store.getWatchlist(args.name)
      if (w === null) {
        throw new FaultlineError('E_NOT_FOUND', `no watchlist '${args.name}'`, {
          hint: 'list them with faultline watchlist list',
        })
      }
      const base = args['base-url'] ?? process.env['FAULTLINE_BASE_URL']
      const d = await buildDigest(store, w, { period, date: args.date, base })
      process.stdout.write(format === 'html' ? digestHtml(d) : `${digestMarkdown(d)}\n`)
    } finally {
      await store.close()
    }
  },
})
