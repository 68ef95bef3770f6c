/**
 * @module
 * What a watcher remembers between polls, per feed: the validators for a conditional GET and the
 * entries already handled (guids and URLs, newest last, capped). In: a JSON file path (or none,
 * to keep it in memory). Out: the state, and pure functions to pick unseen items and mark them.
 * The file is written to a temporary name and renamed, so a crash never leaves half a file.
 */
import { readFile, rename, writeFile } from 'node:fs/promises'
import { FaultlineError } from '../../errors.js'
import type { Validators } from '../fetch/options.js'
import type { FeedItem } from './feed-items.js'

export interface FeedState {
  readonly etag?: string | undefined
  readonly lastModified?: string | undefined
  /** guids and URLs of entries handled, oldest first. */
  readonly seen: readonly string[]
}

export interface WatchState {
  readonly version: 1
  readonly feeds: Readonly<Record<string, FeedState>>
}

/** Entries remembered per feed; feeds list their latest few dozen, so this is ample. */
export const MAX_SEEN = 2000

export const emptyWatchState = (): WatchState => ({ version: 1, feeds: {} })

/** Reads the state file; a missing file is an empty state. */
export async function loadWatchState(path: string): Promise<WatchState> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return emptyWatchState()
    throw new FaultlineError('E_INPUT_UNREADABLE', `cannot read watch state ${path}`, { cause: e })
  }
  try {
    const state = JSON.parse(text) as WatchState
    if (state.version === 1 && state.feeds && typeof state.feeds === 'object') return state
  } catch {
    // Reported below with the same message as a wrong shape.
  }
  throw new FaultlineError('E_INPUT_UNREADABLE', `watch state ${path} is not a state file`, {
    hint: 'Delete it to start afresh: already stored articles are not stored twice.',
  })
}

export async function saveWatchState(path: string, state: WatchState): Promise<void> {
  const tmp = `${path}.${process.pid}.tmp`
  await writeFile(tmp, `${JSON.stringify(state, null, 1)}\n`)
  await rename(tmp, path)
}

/** Items not handled before (neither their guid nor their URL), in feed order, once each. */
export function unseenItems(state: FeedState | undefined, items: readonly FeedItem[]): FeedItem[] {
  const seen = new Set(state?.seen ?? [])
  const out: FeedItem[] = []
  for (const item of items) {
    if (seen.has(item.guid) || seen.has(item.url)) continue
    seen.add(item.guid).add(item.url)
    out.push(item)
  }
  return out
}

/** The feed's state with `item` remembered (the oldest entries dropped past MAX_SEEN). */
export function markSeen(state: FeedState | undefined, item: FeedItem): FeedState {
  const keys = item.guid === item.url ? [item.url] : [item.guid, item.url]
  const seen = [...(state?.seen ?? []).filter((k) => !keys.includes(k)), ...keys]
  return { ...state, seen: seen.slice(-MAX_SEEN) }
}

/** The feed's state with new validators. */
export function withValidators(state: FeedState | undefined, v: Validators): FeedState {
  return { seen: state?.seen ?? [], etag: v.etag, lastModified: v.lastModified }
}
