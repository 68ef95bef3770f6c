/**
 * @module
 * `faultline worker [--concurrency N] [--once]` — runs the extraction jobs queued by
 * `faultline ingest --queue` on a PostgreSQL server. Run as many workers as you like, on as many
 * machines; each document is stored exactly once. Ctrl-C finishes the running jobs and stops;
 * jobs of a worker that died (kill -9, lost machine) run again after `--reclaim-after` seconds.
 */
import { defineCommand } from 'citty'
import { FaultlineError } from '../../errors.js'
import { requireServer } from '../../queue/queue-setup.js'
import { runWorker } from '../../queue/run-worker.js'
import { redactUrl } from '../../store/pg-queryable.js'
import { storeLocation } from '../../store/open-store.js'
import { dbArg } from '../_db-arg.js'
import { info, out } from '../_output.js'

function positive(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback
  const n = Number(value)
  if (!Number.isFinite(n) || n <= 0) {
    throw new FaultlineError('E_BAD_ARGUMENT', `invalid --${name} ${value}: expected a number > 0`)
  }
  return n
}

export default defineCommand({
  meta: { name: 'worker', description: 'Run queued extraction jobs (needs --db postgres://…)' },
  args: {
    concurrency: { type: 'string', description: 'Jobs run at once (default 1)', valueHint: 'N' },
    once: { type: 'boolean', description: 'Exit when the queue has nothing runnable left' },
    'reclaim-after': {
      type: 'string',
      description: 'Seconds without a heartbeat before a worker counts as dead (default 60)',
      valueHint: 'S',
    },
    json: { type: 'boolean', description: 'One JSON line per stored document on stdout' },
    ...dbArg,
  },
  async run({ args }) {
    const url = requireServer(storeLocation(args.db))
    const concurrency = Math.floor(positive('concurrency', args.concurrency, 1))
    const reclaimAfter = positive('reclaim-after', args['reclaim-after'], 60)
    info(`worker: ${redactUrl(url)}, concurrency ${concurrency}${args.once ? ', once' : ''}`)
    const totals = await runWorker({
      url,
      concurrency,
      once: args.once === true,
      reclaimAfter,
      onJob: (r) => {
        const { source, docId, created, events } = r
        if (args.json) out(JSON.stringify({ source, doc_id: docId, created, events }))
        else if (created) info(`stored ${source}: ${events} event(s) [${docId}]`)
        else info(`unchanged ${source}: already stored as ${docId}`)
      },
      onError: (source, e) => info(`failed ${source}: ${(e as Error)?.message ?? e} (will retry)`),
      onReclaim: (r) => info(`took back ${r.jobs} job(s) from ${r.pools.length} dead worker(s)`),
    })
    info(`worker: ${totals.succeeded} job(s) done, ${totals.failed} failed attempt(s)`)
  },
})
