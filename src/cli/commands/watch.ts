/**
 * @module
 * `faultline watch FEED_URL... [--every 15m] [--once]` — polls RSS/Atom feeds and stores the
 * articles they list, with their events. Each poll is a conditional GET; only entries not seen
 * before are fetched. What was seen, and each feed's ETag/Last-Modified, is kept in
 * `<db>.watch.json` next to the database (in memory for `memory://`), so a restart or a cron
 * `--once` run picks up where the last stopped. Ctrl-C stops after the current article.
 * An article that failed to download (E_FETCH) is tried again next poll; other failures (robots,
 * not an article, refused address) are remembered and not retried.
 */
import { defineCommand } from 'citty'
import { setTimeout as sleep } from 'node:timers/promises'
import { FaultlineError, isFaultlineError } from '../../errors.js'
import { fetchDocument, parseHttpUrl } from '../../ingest/fetch/index.js'
import type { FetchOptions } from '../../ingest/fetch/index.js'
import {
  emptyWatchState,
  fetchFeed,
  loadWatchState,
  markSeen,
  saveWatchState,
  unseenItems,
  withValidators,
} from '../../ingest/feed/index.js'
import type { FeedItem, WatchState } from '../../ingest/feed/index.js'
import { ingestRawDoc } from '../../pipeline.js'
import { resolveDbLocation } from '../../store/db-location.js'
import type { Store } from '../../store/store.js'
import { dbArg, openStoreFromArgs } from '../_db-arg.js'
import { EXIT } from '../_exit-codes.js'
import { describeError, info, out } from '../_output.js'
import { untilSignal } from '../_signals.js'

const UNITS: Readonly<Record<string, number>> = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 }
/** Feeds are not polled more often than this, to stay polite. */
const MIN_INTERVAL_MS = 60_000
/** Pause between two article downloads from the same site. */
const SAME_SITE_DELAY_MS = 1000

/** `90s`, `15m`, `1h`, `1d` (or bare minutes) to milliseconds. */
export function parseInterval(text: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*([smhd]?)$/i.exec(text.trim())
  const ms = m ? Number(m[1]) * (UNITS[(m[2] || 'm').toLowerCase()] ?? 0) : Number.NaN
  if (!(ms >= MIN_INTERVAL_MS)) {
    throw new FaultlineError('E_BAD_ARGUMENT', `invalid --every ${text}: expected 1m or more`, {
      hint: 'give a duration such as 90s, 15m, 1h or 1d (at least one minute)',
    })
  }
  return ms
}

/** The state file for a `--db`: beside the database directory; null (memory) for `memory://`. */
export function watchStatePath(db: string | undefined): string | null {
  const loc = resolveDbLocation(db)
  return loc.kind === 'dir' ? `${loc.path.replace(/\/+$/, '')}.watch.json` : null
}

type Tally = Record<'added' | 'unchanged' | 'events' | 'failed', number>

interface Poll {
  readonly store: Store
  readonly fetchOpts: FetchOptions
  readonly json: boolean
  readonly tally: Tally
  readonly lastHit: Map<string, number>
}

/** Fetches, reads and stores one article; throws FaultlineErrors for the caller to report. */
async function ingestItem(p: Poll, item: FeedItem): Promise<void> {
  const host = new URL(item.url).host
  const wait = (p.lastHit.get(host) ?? 0) + SAME_SITE_DELAY_MS - Date.now()
  if (wait > 0)
    await sleep(wait, undefined, p.fetchOpts.signal ? { signal: p.fetchOpts.signal } : {})
  p.lastHit.set(host, Date.now())
  let raw = await fetchDocument(item.url, p.fetchOpts)
  // The feed's date stands in when the page itself carries none.
  if (!raw.published_at && item.published)
    raw = { ...raw, published_at: item.published.slice(0, 10) }
  const r = await ingestRawDoc(p.store, raw)
  if (r.created) {
    p.tally.added++
    p.tally.events += r.events
  } else p.tally.unchanged++
  if (p.json)
    out(JSON.stringify({ url: item.url, doc_id: r.docId, created: r.created, events: r.events }))
  info(
    r.created
      ? `  added ${item.url}: ${r.events} event(s) [${r.docId}]`
      : `  unchanged ${item.url}: already stored as ${r.docId}`,
  )
}

/** One poll of one feed; returns the updated state. Feed-level failures are reported. */
async function pollFeed(p: Poll, url: string, state: WatchState): Promise<WatchState> {
  let feedState = state.feeds[url]
  let res: Awaited<ReturnType<typeof fetchFeed>>
  try {
    res = await fetchFeed(url, { ...p.fetchOpts, validators: feedState ?? {} })
  } catch (error) {
    if (!isFaultlineError(error)) throw error
    p.tally.failed++
    info(`feed ${url}: ${describeError(error)}`)
    return state
  }
  if (res.notModified) {
    info(`feed ${url}: not modified`)
    return state
  }
  const fresh = unseenItems(feedState, res.feed.items)
  info(`feed ${url}: ${res.feed.items.length} item(s), ${fresh.length} new`)
  let pending = fresh.length
  for (const item of fresh) {
    if (p.fetchOpts.signal?.aborted) break
    try {
      await ingestItem(p, item)
      feedState = markSeen(feedState, item)
      pending--
    } catch (error) {
      if (p.fetchOpts.signal?.aborted) break
      if (!isFaultlineError(error) || error.code === 'E_DB') throw error
      p.tally.failed++
      if (error.code !== 'E_FETCH') {
        feedState = markSeen(feedState, item)
        pending--
      }
      const why = describeError(error)
      if (p.json) out(JSON.stringify({ url: item.url, error: { code: error.code, message: why } }))
      info(`  skipped ${item.url}: ${why}`)
    }
  }
  // New validators only once every new entry is handled: otherwise the next poll would get a
  // 304 and never come back for the entries left to retry.
  if (pending === 0) feedState = withValidators(feedState, res.validators)
  return { ...state, feeds: { ...state.feeds, [url]: feedState ?? { seen: [] } } }
}

export default defineCommand({
  meta: {
    name: 'watch',
    description: 'Poll RSS/Atom feeds and store the new articles they list, with their events',
  },
  args: {
    feeds: { type: 'positional', description: 'Feed URLs (http or https)', required: true },
    every: { type: 'string', description: 'Time between polls: 90s, 15m, 1h, 1d', default: '15m' },
    once: { type: 'boolean', description: 'Poll each feed once and exit (for cron and tests)' },
    'allow-private': {
      type: 'boolean',
      description: 'Let feeds and articles reach private, loopback and link-local addresses',
    },
    json: { type: 'boolean', description: 'One JSON result per article on stdout' },
    ...dbArg,
  },
  async run({ args }) {
    const feeds = (args._.length ? args._ : [args.feeds]).map((u) => parseHttpUrl(u).href)
    const interval = parseInterval(args.every)
    const statePath = watchStatePath(args.db)
    let state = statePath ? await loadWatchState(statePath) : emptyWatchState()
    const stop = new AbortController()
    void untilSignal().then((signal) => {
      info(`${signal}: stopping after the current article`)
      stop.abort()
    })
    const tally: Tally = { added: 0, unchanged: 0, events: 0, failed: 0 }
    const store = await openStoreFromArgs(args)
    const p: Poll = {
      store,
      fetchOpts: { allowPrivate: args['allow-private'] === true, signal: stop.signal },
      json: args.json === true,
      tally,
      lastHit: new Map(),
    }
    try {
      while (!stop.signal.aborted) {
        for (const url of feeds) {
          if (stop.signal.aborted) break
          try {
            state = await pollFeed(p, url, state)
          } finally {
            if (statePath) await saveWatchState(statePath, state)
          }
        }
        if (args.once || stop.signal.aborted) break
        info(`next poll in ${args.every} (Ctrl-C to stop)`)
        await sleep(interval, undefined, { signal: stop.signal }).catch(() => {})
      }
    } catch (error) {
      // Ctrl-C during a download ends the run quietly; anything else is reported by main.
      if (!stop.signal.aborted) throw error
    } finally {
      await store.close()
    }
    info(
      `${tally.added} added (${tally.events} events), ${tally.unchanged} already stored, ` +
        `${tally.failed} failed`,
    )
    if (tally.failed > 0 && args.once)
      process.exitCode = tally.added + tally.unchanged > 0 ? EXIT.partial : EXIT.failure
  },
})
