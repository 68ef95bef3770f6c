/**
 * @module
 * Tests for the watch state: unseen items, marking, the cap, and the file round trip.
 */
import assert from 'node:assert/strict'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test } from 'node:test'
import type { FeedItem } from './feed-items.js'
import type { FeedState } from './feed-state.js'
import {
  MAX_SEEN,
  loadWatchState,
  markSeen,
  saveWatchState,
  unseenItems,
  withValidators,
} from './feed-state.js'

const item = (n: number, guid = `g${n}`): FeedItem => ({
  url: `https://news.example/${n}`,
  title: `Item ${n}`,
  published: null,
  guid,
})

test('unseenItems: skips items seen by guid or by URL, and duplicates within a feed', () => {
  const state = { seen: ['g1', 'https://news.example/2'] }
  const items = [item(1), item(2, 'new-guid'), item(3), item(3)]
  const cases: [label: string, got: string[], want: string[]][] = [
    ['with state', unseenItems(state, items).map((i) => i.guid), ['g3']],
    ['without state', unseenItems(undefined, items).map((i) => i.guid), ['g1', 'new-guid', 'g3']],
  ]
  for (const [label, got, want] of cases) assert.deepEqual(got, want, label)
})

test('markSeen: remembers guid and URL, keeps validators, drops the oldest past the cap', () => {
  const s = markSeen(withValidators(undefined, { etag: '"e"' }), item(1))
  assert.deepEqual(s, {
    etag: '"e"',
    lastModified: undefined,
    seen: ['g1', 'https://news.example/1'],
  })
  let big: FeedState = s
  for (let n = 2; n <= MAX_SEEN; n++) big = markSeen(big, item(n))
  assert.equal(big.seen.length, MAX_SEEN)
  assert.ok(!big.seen.includes('g1'), 'the oldest entry is dropped')
})

test('state file: missing is empty, saved state reads back, garbage is refused', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'faultline-watch-'))
  const path = join(dir, 'state.json')
  assert.deepEqual(await loadWatchState(path), { version: 1, feeds: {} })
  const state = {
    version: 1 as const,
    feeds: { 'https://f.example/rss': markSeen(undefined, item(1)) },
  }
  await saveWatchState(path, state)
  assert.deepEqual(await loadWatchState(path), state)
  writeFileSync(path, '{"not": "state"}')
  await assert.rejects(loadWatchState(path), /is not a state file/)
})
