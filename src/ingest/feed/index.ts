/**
 * @module
 * Feeds: RSS and Atom parsed to items, fetched with conditional GET, and the small state a
 * watcher keeps between polls (validators and the entries already seen).
 */
export { parseFeed } from './parse-feed.js'
export type { Feed } from './parse-feed.js'
export type { FeedItem } from './feed-items.js'
export { decodeXml, fetchFeed, MAX_FEED_BYTES } from './fetch-feed.js'
export type { FeedFetch } from './fetch-feed.js'
export {
  emptyWatchState,
  loadWatchState,
  markSeen,
  MAX_SEEN,
  saveWatchState,
  unseenItems,
  withValidators,
} from './feed-state.js'
export type { FeedState, WatchState } from './feed-state.js'
