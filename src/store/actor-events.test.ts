/**
 * @module
 * The actor page's event summary counts each event once whichever side names the actor (also
 * when both do), with the first and last dates over both sides; on every backend.
 */
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { makeDoc, makeEvent } from './_fixtures.js'
import { BACKENDS, openBackendStore } from './_backends.js'
import type { Store } from './store.js'

const A = 'Free Hills Brigade'
for (const backend of BACKENDS) describe(`actor page events (${backend.name})`, () => {
  let store: Store
  before(async () => {
    store = await openBackendStore(backend)
    const id = 'doc_actor_summary'
    await store.ingest(makeDoc('Four invented clashes.'), id, [
      makeEvent(id, 1, { actor1: A, actor2: 'Lake Militia', event_date: '2024-02-10' }),
      makeEvent(id, 2, { actor1: 'Lake Militia', actor2: A, event_date: '2024-01-05' }),
      makeEvent(id, 3, { actor1: A, actor2: A, event_date: '2024-03-20' }),
      makeEvent(id, 4, { actor1: 'Lake Militia', actor2: '', event_date: '2024-05-01' }),
    ])
  })
  after(() => store.close())

  it('counts once per event, dates over both sides', async () => {
    const p = await store.getActor(A)
    assert.deepEqual(p?.events, { count: 3, first: '2024-01-05', last: '2024-03-20' })
    const other = await store.getActor('Lake Militia')
    assert.deepEqual(other?.events, { count: 3, first: '2024-01-05', last: '2024-05-01' })
  })
})
