/**
 * @module
 * Framing and actor-graph storage on every backend: three invented outlets report the same
 * fighting; ingest through the pipeline stores their labels, loaded-language rates and
 * relations (stated and event-implied), and the store reads them back as an outlets × labels
 * table, edges with their sources, and actor profiles. Re-framing a document changes nothing.
 */
import assert from 'node:assert/strict'
import { readFile } from 'node:fs/promises'
import { after, before, describe, it } from 'node:test'
import { ingestRawDoc } from '../pipeline.js'
import { ActorEdgeSchema, ActorProfileSchema, FramingReportSchema } from '../schema/framing.js'
import { BACKENDS, openBackendStore } from './_backends.js'
import { FRANCE, JNIM, framingDocs } from './_framing-fixtures.js'
import { makeDoc } from './_fixtures.js'
import { sql as framingSql } from './migrations/0003-framing.js'
import type { Store } from './store.js'

const labelsOf = (report: { rows: readonly { outlet: string; label: string }[] }, outlet: string) =>
  report.rows.filter((r) => r.outlet === outlet).map((r) => r.label)

it('0003-framing.ts embeds 0003-framing.sql unchanged', async () => {
  const file = await readFile(new URL('./migrations/0003-framing.sql', import.meta.url), 'utf8')
  assert.equal(framingSql.trim(), file.trim())
})

for (const backend of BACKENDS) describe(`framing store (${backend.name})`, () => {
  let store: Store
  const ids: string[] = []

  before(async () => {
    store = await openBackendStore(backend)
    for (const doc of framingDocs()) ids.push((await ingestRawDoc(store, doc)).docId)
  })
  after(() => store.close())

  it('framing table: each outlet names the same actor its own way', async () => {
    const report = FramingReportSchema.parse(await store.framingFor({ actor: 'JNIM' }))
    assert.equal(report.actor, JNIM, 'typed name resolved through the registry')
    assert.ok(labelsOf(report, 'Sahel Courier').includes('armed resistance'), 'Courier')
    assert.ok(labelsOf(report, 'Desert Wire').includes('jnim terrorists'), 'Wire')
    assert.ok(labelsOf(report, 'Niger Valley Post').includes('jnim militants'), 'Post')
    const terror = report.rows.find((r) => r.label === 'jnim terrorists')
    assert.equal(terror?.loaded, true, 'terrorists is loaded')
    assert.deepEqual(terror?.evidence.map((e) => e.text), ['JNIM terrorists'])
    assert.equal(terror?.evidence[0]?.doc, ids[1], 'evidence names its document')
    const france = await store.framingFor({ actor: FRANCE })
    assert.ok(labelsOf(france, 'Sahel Courier').includes('colonial troops'), 'colonial troops')
    assert.equal(france.rows.find((r) => r.label === 'colonial troops')?.count, 2, 'counted')
  })

  it('loaded-language rates per outlet', async () => {
    const { outlets } = await store.framingFor({ actor: 'JNIM' })
    const names = ['Desert Wire', 'Niger Valley Post', 'Sahel Courier']
    assert.deepEqual(outlets.map((o) => o.outlet), names)
    const rate = (name: string) => outlets.find((o) => o.outlet === name)?.rate ?? -1
    assert.ok(rate('Desert Wire') > rate('Niger Valley Post'), 'the Wire is more loaded')
    assert.equal(rate('Niger Valley Post'), 0)
  })

  it('outlet scope (case-insensitive): every actor that outlet labels', async () => {
    const report = await store.framingFor({ outlet: 'sahel courier' })
    assert.deepEqual([...new Set(report.rows.map((r) => r.outlet))], ['Sahel Courier'])
    assert.ok(report.rows.some((r) => r.actor === FRANCE))
    assert.ok(report.rows.some((r) => r.actor === JNIM))
    assert.deepEqual(report.outlets.map((o) => o.outlet), ['Sahel Courier'])
    const none = await store.framingFor({ outlet: 'No Such Outlet' })
    assert.deepEqual([none.rows, none.outlets], [[], []])
  })

  it('relation edges carry their sources, outlets and time span', async () => {
    const edges = (await store.listActorRelations('JNIM')).map((e) => ActorEdgeSchema.parse(e))
    const partOf = edges.find((e) => e.relation === 'part_of' && e.a === JNIM)
    assert.equal(partOf?.b, 'al-Qaeda', 'stated in text')
    assert.deepEqual(partOf?.outlets, ['Niger Valley Post'])
    assert.equal(partOf?.sources[0]?.origin, 'text')
    assert.match(partOf?.sources[0]?.text ?? '', /affiliate of al-Qaeda/)
    const attack = edges.find((e) => e.a === JNIM && e.b === FRANCE && e.relation === 'hostile_to')
    assert.ok(attack, 'implied by the event: JNIM attacked the convoy')
    assert.equal(attack.sources[0]?.origin, 'event')
    assert.ok(attack.sources[0]?.event_id, 'names its event')
    assert.equal(attack.sources[0]?.text, 'JNIM terrorists attacked a Barkhane convoy')
    assert.deepEqual([attack.first, attack.last], ['2024-03-03', '2024-03-03'])
    const clash = edges.find((e) => e.a === FRANCE && e.b === JNIM)
    assert.equal(clash?.count, 1, 'a stated clash that its event already implies counts once')
    for (const e of edges) assert.ok(e.a === JNIM || e.b === JNIM, 'only edges around JNIM')
    const all = await store.listActorRelations()
    assert.ok(all.length > edges.length, 'all edges without an actor')
  })

  it('getActor: registry entry, events, relations and framing', async () => {
    const p = ActorProfileSchema.parse(await store.getActor(FRANCE))
    assert.equal(p.registry?.kind, 'state')
    assert.ok(p.registry?.aliases.includes('Barkhane'))
    assert.ok(p.events.count >= 2)
    assert.equal(p.events.first, '2024-03-03')
    assert.ok(p.relations.length > 0)
    assert.ok(p.framing.rows.some((r) => r.label === 'colonial troops'))
    assert.equal((await store.getActor('JNIM'))?.name, JNIM, 'aliases resolve')
    assert.equal(await store.getActor('Nobody At All'), null)
  })

  it('re-framing is idempotent; unknown outlet fallback; pending documents', async () => {
    const before = await store.framingFor({})
    assert.equal(await store.updateFraming(ids[0] ?? ''), true)
    assert.deepEqual(await store.framingFor({}), before)
    assert.equal(await store.updateFraming('doc_missing'), false)
    const text = 'On 9 March 2024 JNIM fighters ambushed French troops near Tessit.'
    const raw = makeDoc(text, { outlet: null })
    const docId = `doc_${raw.content_hash.slice(0, 16)}`
    await store.ingest(raw, docId, [])
    assert.equal(await store.framingPending(), 1, 'stored without framing')
    assert.equal(await store.framingPending(), 0)
    const report = await store.framingFor({ outlet: 'unknown outlet' })
    assert.ok(report.rows.some((r) => r.actor === JNIM), 'framed under the fallback outlet')
  })
})
