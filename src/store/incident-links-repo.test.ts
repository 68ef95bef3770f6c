/**
 * @module
 * An analyst's merge and split of incidents in a real store, on every backend: a split moves a
 * report into its own incident and holds when a later report would bridge the two; a merge joins
 * incidents the machine kept apart and holds when their documents are corroborated again; bad
 * requests name the problem and change nothing; the links are kept by a backup. Invented texts.
 */
import assert from 'node:assert/strict'
import { readFile } from 'node:fs/promises'
import { after, before, describe, it } from 'node:test'
import type { Incident } from '../corroborate/incident.js'
import type { Extractor } from '../extract/extractor.js'
import { ingestRawDoc } from '../pipeline.js'
import type { EventRecord } from '../schema/event.js'
import { makeDoc, makeEvent } from './_fixtures.js'
import { BACKENDS, openBackendStore } from './_backends.js'
import { sql as linksSql } from './migrations/0009-incident-links.js'
import type { Store } from './store.js'

const DOCS: Record<string, Partial<EventRecord>> = {
  'Outlet A: soldiers clashed with rebels at the ford on Friday.': {},
  'Outlet B: an army patrol fought rebels near the ford on Saturday.': { event_date: '2024-03-02' },
  'Outlet C: a separate clash took place far to the east on Friday.': { longitude: 23.0 },
  'Outlet D: fighting near the ford went on through the weekend.': { event_date: '2024-03-02' },
}
const stub: Extractor = {
  name: 'fixture', version: '0',
  extract: (doc) => {
    const o = DOCS[doc.text]
    return o === undefined ? [] : [makeEvent(doc.id, 1, { doc_id: doc.id, ...o })]
  },
}
const outletOf = (text: string) => text.slice(0, text.indexOf(':'))
const ingest = async (s: Store, text: string) =>
  ingestRawDoc(s, makeDoc(text, { outlet: outletOf(text), source: `test://${outletOf(text)}` }), stub)
const shape = async (s: Store) => (await s.listIncidents({}, { limit: 50, offset: 0 })).items
  .map((i: Incident) => i.outlets.slice().sort().join('+')).sort()
const texts = Object.keys(DOCS)

it('0009-incident-links.ts embeds 0009-incident-links.sql unchanged', async () => {
  const url = new URL('./migrations/0009-incident-links.sql', import.meta.url)
  assert.equal(linksSql.trim(), (await readFile(url, 'utf8')).trim())
})

for (const backend of BACKENDS) describe(`incident merge and split (${backend.name})`, () => {
  let store: Store
  before(async () => {
    store = await openBackendStore(backend)
  })
  after(() => store.close())

  it('split: a report moves out and stays out when a later report bridges', async () => {
    for (const t of texts.slice(0, 3)) await ingest(store, t)
    assert.deepEqual(await shape(store), ['Outlet A+Outlet B', 'Outlet C'], 'the machine')
    const ab = (await store.listIncidents({ outlet: 'Outlet B' }, { limit: 5, offset: 0 })).items[0]!
    const b = ab.claims.find((c) => c.outlet === 'Outlet B')!.event_id
    const both = await store.splitIncident(ab.id, [b], { reviewer: 'ana', note: 'two fights' })
    assert.equal(both.length, 2)
    assert.deepEqual(await shape(store), ['Outlet A', 'Outlet B', 'Outlet C'])
    await ingest(store, texts[3]!)
    const after = await shape(store)
    assert.equal(after.filter((g) => g.includes('Outlet A') && g.includes('Outlet B')).length, 0,
      `A and B stay apart: ${after.join(' | ')}`)
    assert.equal(after.length, 3, 'D joined one side')
  })

  it('merge: incidents the machine kept apart become one, and stay one', async () => {
    const items = (await store.listIncidents({}, { limit: 50, offset: 0 })).items
    const c = items.find((i) => i.outlets.includes('Outlet C'))!
    const a = items.find((i) => i.outlets.includes('Outlet A'))!
    const merged = await store.mergeIncidents([a.id, c.id], { reviewer: 'ana' })
    assert.ok(merged.outlets.includes('Outlet A') && merged.outlets.includes('Outlet C'))
    const before = await shape(store)
    for (const i of items) {
      for (const claim of i.claims) await store.updateIncidents(claim.event_id.split('-e')[0]!)
    }
    assert.deepEqual(await shape(store), before, 're-corroboration keeps the analyst\'s groups')
  })

  it('bad requests name the problem and change nothing', async () => {
    const before = await shape(store)
    const one = (await store.listIncidents({}, { limit: 1, offset: 0 })).items[0]!
    await assert.rejects(store.mergeIncidents([one.id, one.id], { reviewer: 'x' }),
      /at least two different incidents/)
    await assert.rejects(store.mergeIncidents([one.id, 'inc_0000000000000000'], { reviewer: 'x' }),
      /no incident with id/)
    await assert.rejects(store.splitIncident(one.id, ['nope-e00001'], { reviewer: 'x' }),
      /is not in incident/)
    await assert.rejects(store.splitIncident(one.id, one.claims.map((c) => c.event_id),
      { reviewer: 'x' }), /some, but not all/)
    assert.deepEqual(await shape(store), before)
  })
})
