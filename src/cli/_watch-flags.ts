/**
 * @module
 * `faultline watchlist add` flags → a checked `WatchlistInput` (the same zod schema as
 * `POST /api/watchlists`). Lists (`--type`, `--actor`, `--outlet`) are comma-separated; the
 * area is `--near LAT,LON` with `--radius KM` (default 50). Pure, so it is tested without a
 * store.
 */
import { FaultlineError } from '../errors.js'
import type { WatchlistInput } from '../schema/watchlist.js'
import { WatchlistInputSchema } from '../schema/watchlist.js'

export interface WatchFlags {
  readonly name: string
  readonly country?: string | undefined
  readonly admin1?: string | undefined
  readonly near?: string | undefined
  readonly radius?: string | undefined
  readonly type?: string | undefined
  readonly actor?: string | undefined
  readonly outlet?: string | undefined
  readonly certainty?: string | undefined
  readonly minFatalities?: string | undefined
  readonly webhook?: string | undefined
  readonly secret?: string | undefined
}

const list = (v: string | undefined) =>
  v === undefined ? undefined : v.split(',').map((s) => s.trim()).filter((s) => s !== '')

const FLAG_OF: Record<string, string> = {
  types: '--type', actors: '--actor', outlets: '--outlet', area: '--near/--radius',
  min_fatalities: '--min-fatalities', webhook_url: '--webhook', webhook_secret: '--secret',
}

function bad(message: string): FaultlineError {
  return new FaultlineError('E_BAD_ARGUMENT', message, {
    hint: 'see faultline watchlist add --help (e.g. --type Battles,Riots --near 14.5,-4.2)',
  })
}

function area(near: string | undefined, radius: string | undefined) {
  if (near === undefined) {
    if (radius !== undefined) throw bad('--radius needs --near LAT,LON')
    return undefined
  }
  const [lat, lon, ...rest] = near.split(',').map((p) => Number(p.trim()))
  if (lat === undefined || lon === undefined || rest.length > 0 || !Number.isFinite(lat + lon)) {
    throw bad(`--near: expected LAT,LON, e.g. 14.49,-4.19 (got '${near}')`)
  }
  return { lat, lon, radius_km: radius === undefined ? 50 : Number(radius) }
}

/** The watchlist the flags describe; E_BAD_ARGUMENT naming the flag when one is wrong. */
export function watchlistFromFlags(f: WatchFlags): WatchlistInput {
  const min = f.minFatalities === undefined ? undefined : Number(f.minFatalities)
  const filter = Object.fromEntries(Object.entries({
    country: f.country, admin1: f.admin1, certainty: f.certainty, types: list(f.type),
    actors: list(f.actor), outlets: list(f.outlet), area: area(f.near, f.radius),
    min_fatalities: min,
  }).filter(([, v]) => v !== undefined))
  if (f.secret !== undefined && f.webhook === undefined) throw bad('--secret needs --webhook URL')
  const parsed = WatchlistInputSchema.safeParse({
    name: f.name, filter, webhook_url: f.webhook, webhook_secret: f.secret,
  })
  if (parsed.success) return parsed.data
  const issue = parsed.error.issues[0]
  const path = issue?.path ?? []
  const key = String(path.at(-1) === 'radius_km' ? 'area' : (path[1] ?? path[0] ?? ''))
  const flag = FLAG_OF[key] ?? `--${key.replace(/_/g, '-')}`
  throw bad(`${flag}: ${issue?.message ?? 'invalid'}`)
}
