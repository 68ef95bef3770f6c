/**
 * @module
 * Actor-graph edges on every backend: an invented report of a news ambush that recalls an older
 * war in passing. The edge the background event implies is marked as context (its sources carry
 * the event's tier and year precision), the news edge is not, and rioters hold no edge.
 */
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { ingestRawDoc } from '../pipeline.js'
import { ActorEdgeSchema } from '../schema/framing.js'
import { BACKENDS, openBackendStore } from './_backends.js'
import { makeDoc } from './_fixtures.js'
import type { Store } from './store.js'

const TEXT = [
  'On 3 March 2024 JNIM fighters ambushed Malian soldiers near Boni, killing six of them.',
  'The group has a long history in the area. In 2012, Ansar Dine attacked the MNLA in Kidal,',
  'driving the rebels out of the town.',
  'On 4 March 2024 rioters attacked the town hall of Boni and set it on fire.',
].join(' ')

for (const backend of BACKENDS) describe(`actor edges (${backend.name})`, () => {
  let store: Store

  before(async () => {
    store = await openBackendStore(backend)
    await ingestRawDoc(store, makeDoc(TEXT, { published_at: '2024-03-05' }))
  })
  after(() => store.close())

  it('a background event dates its edge to the past and marks it as context', async () => {
    const edges = (await store.listActorRelations()).map((e) => ActorEdgeSchema.parse(e))
    const old = edges.find((e) => e.a === 'Ansar Dine' && e.relation === 'hostile_to')
    assert.ok(old, `Ansar Dine edge: ${JSON.stringify(edges.map((e) => [e.a, e.b]))}`)
    assert.equal(old.first?.slice(0, 4), '2012', 'dated to the recalled year')
    assert.equal(old.context, true, 'every source is a background event')
    const src = old.sources.find((s) => s.origin === 'event')
    assert.equal(src?.tier, 'context')
    assert.equal(src?.time_precision, 3, 'a bare year')
  })

  it('a news edge is not context; rioters hold no edge', async () => {
    const edges = await store.listActorRelations()
    const news = edges.find((e) => e.a.startsWith('JNIM') && e.relation === 'hostile_to')
    assert.ok(news, 'JNIM ambush')
    assert.equal(news.context, false)
    assert.equal(news.sources[0]?.tier, 'news')
    assert.ok(!edges.some((e) => e.a.startsWith('Rioters')), 'rioters are no party')
  })
})
