/**
 * @module
 * `faultline watchlist add|list|rm|alerts|deliver`: saved filters whose matching incidents raise
 * alerts at ingest (one per incident, revised when later reports change it), delivered to the
 * Atom feed, the dashboard and an optional signed webhook. Flags are checked by the same zod
 * schema as `POST /api/watchlists` (`_watch-flags.ts`); `--allow-private` (or
 * FAULTLINE_ALLOW_PRIVATE=1) lets a webhook target a private or loopback address.
 */
import { defineCommand } from 'citty'
import { FaultlineError } from '../../errors.js'
import type { Alert, Watchlist } from '../../schema/watchlist.js'
import { deliverPending } from '../../watch/deliver.js'
import { changeText, headline } from '../../watch/describe.js'
import { checkWebhookTarget } from '../../watch/post-json.js'
import { allowPrivateFromEnv } from '../../watch/config.js'
import type { Store } from '../../store/store.js'
import { dbArg, openStoreFromArgs } from '../_db-arg.js'
import { formatTable, info, out } from '../_output.js'
import { watchlistFromFlags } from '../_watch-flags.js'

const jsonArg = { json: { type: 'boolean', description: 'Print as JSON' } } as const
const privateArg = {
  'allow-private': {
    type: 'boolean',
    description: 'Let webhooks target private or loopback addresses (or FAULTLINE_ALLOW_PRIVATE=1)',
  },
} as const
const nameArg = {
  name: { type: 'positional', description: 'Watchlist name (or id)', required: true },
} as const

function describeFilter(w: Watchlist): string {
  const f = w.filter
  const parts = [
    f.country, f.admin1, f.types?.join('/'), f.actors && `actors ${f.actors.join(', ')}`,
    f.outlets && `outlets ${f.outlets.join(', ')}`, f.certainty,
    f.area && `${f.area.radius_km} km of ${f.area.lat},${f.area.lon}`,
    f.min_fatalities !== undefined && `≥${f.min_fatalities} killed`,
  ]
  return parts.filter((p) => typeof p === 'string' && p !== '').join('; ') || 'everything'
}

export function alertsTable(alerts: readonly Alert[]): string {
  return formatTable(['UPDATED', 'REV', 'INCIDENT', 'ALERT', 'STATUS'], alerts.map((a) => [
    a.updated_at.slice(0, 16).replace('T', ' '), String(a.revision), a.incident_id,
    headline(a.state), changeText(a),
  ]), 60)
}

async function withStore<T>(args: { db?: string | undefined }, fn: (s: Store) => Promise<T>) {
  const store = await openStoreFromArgs(args)
  try {
    return await fn(store)
  } finally {
    await store.close()
  }
}

const addCmd = defineCommand({
  meta: {
    name: 'add',
    description: 'Save a filter under NAME; matching incidents raise alerts at ingest',
  },
  args: {
    ...nameArg,
    country: { type: 'string', description: 'Country (whole name, any case)' },
    admin1: { type: 'string', description: 'First-level region (whole name, any case)' },
    near: { type: 'string', description: 'Centre of an area, with --radius', valueHint: 'LAT,LON' },
    radius: { type: 'string', description: 'Radius of the area (default 50)', valueHint: 'KM' },
    type: { type: 'string', description: 'ACLED event types, comma-separated', valueHint: 'TYPES' },
    actor: { type: 'string', description: 'Actors (part of a name), comma-separated',
      valueHint: 'NAMES' },
    outlet: { type: 'string', description: 'Outlets (whole names), comma-separated',
      valueHint: 'NAMES' },
    certainty: { type: 'string', description: "'reported' or 'hedged'" },
    'min-fatalities': {
      type: 'string', description: 'Only incidents with at least N killed (summary toll)',
      valueHint: 'N',
    },
    webhook: { type: 'string', description: 'POST each alert (JSON, signed) to this URL',
      valueHint: 'URL' },
    secret: { type: 'string',
      description: 'HMAC key of the signature, 16+ characters (default: generated, shown once)' },
    ...privateArg, ...jsonArg, ...dbArg,
  },
  async run({ args }) {
    const input = watchlistFromFlags({ ...args, minFatalities: args['min-fatalities'] })
    const allowPrivate = args['allow-private'] === true || allowPrivateFromEnv()
    const hook = input.webhook_url
    if (hook !== undefined) await checkWebhookTarget(hook, { allowPrivate })
    const w = await withStore(args, (s) => s.addWatchlist(input))
    if (args.json) return out(JSON.stringify(w))
    out(`added watchlist ${w.id} '${w.name}': ${describeFilter(w)}`)
    if (w.webhook_secret !== null) {
      out(`webhook ${w.webhook_url}, secret (shown once): ${w.webhook_secret}`)
      if (allowPrivate) {
        info('note: webhooks to a private address need FAULTLINE_ALLOW_PRIVATE=1 where ingest runs')
      }
    }
  },
})

const listCmd = defineCommand({
  meta: { name: 'list', description: 'List watchlists with their filters and alert counts' },
  args: { ...jsonArg, ...dbArg },
  async run({ args }) {
    const items = await withStore(args, (s) => s.listWatchlists())
    if (args.json) return out(JSON.stringify({ total: items.length, items }))
    if (items.length === 0) {
      return info('no watchlists yet: faultline watchlist add NAME --country …')
    }
    out(formatTable(['ID', 'NAME', 'ALERTS', 'WEBHOOK', 'FILTER'], items.map((w) => [
      String(w.id), w.name, String(w.alerts), w.webhook_url ?? '', describeFilter(w),
    ]), 60))
  },
})

const rmCmd = defineCommand({
  meta: { name: 'rm', description: 'Remove a watchlist with its alerts and delivery log' },
  args: { ...nameArg, ...dbArg },
  async run({ args }) {
    if (!(await withStore(args, (s) => s.removeWatchlist(args.name)))) {
      throw new FaultlineError('E_NOT_FOUND', `no watchlist '${args.name}'`, {
        hint: 'list them with faultline watchlist list',
      })
    }
    out(`removed watchlist '${args.name}'`)
  },
})

const alertsCmd = defineCommand({
  meta: { name: 'alerts', description: "A watchlist's alerts, last revised first" },
  args: { ...nameArg, ...jsonArg, ...dbArg },
  async run({ args }) {
    await withStore(args, async (s) => {
      const w = await s.getWatchlist(args.name)
      if (w === null) {
        throw new FaultlineError('E_NOT_FOUND', `no watchlist '${args.name}'`, {
          hint: 'list them with faultline watchlist list',
        })
      }
      const items = await s.listAlerts({ watchlistId: w.id })
      if (args.json) return out(JSON.stringify({ watchlist: w, total: items.length, items }))
      if (items.length === 0) return info(`no alerts yet for '${w.name}'`)
      out(alertsTable(items))
    })
  },
})

const deliverCmd = defineCommand({
  meta: {
    name: 'deliver',
    description: 'Send the webhook deliveries still pending (retries included)',
  },
  args: { ...privateArg, ...dbArg },
  async run({ args }) {
    const allowPrivate = args['allow-private'] === true || allowPrivateFromEnv()
    const r = await withStore(args, (s) => deliverPending(s, { allowPrivate }))
    out(`delivered ${r.delivered}, failed ${r.failed}, given up ${r.givenUp}`)
  },
})

export default defineCommand({
  meta: {
    name: 'watchlist',
    description:
      'Saved filters raising one alert per matching incident (add, list, rm, alerts, deliver)',
  },
  args: { ...jsonArg, ...dbArg },
  subCommands: { add: addCmd, list: listCmd, rm: rmCmd, alerts: alertsCmd, deliver: deliverCmd },
  default: 'list',
})
