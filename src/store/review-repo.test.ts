/**
 * @module
 * Reviews against a real store (PGlite, and PostgreSQL when configured): the audit trail, the
 * override written onto the event, rejection hiding the event from lists and exports while its
 * audit stays, the queue order, and corrections surviving a re-extraction that renumbers events.
 * The document is invented; the events come from the real rule extractor.
 */
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Extractor } from '../extract/extractor.js'
import { readText } from '../ingest/index.js'
import { defaultExtractor, ingestRawDoc, reextractDocument } from '../pipeline.js'
import { ReviewInputSchema } from '../schema/review.js'
import { BACKENDS } from './_backends.js'
import { createSqlStore } from './sql-store.js'
import type { Store } from './store.js'

const TEXT = `Gunmen raid villages in central Mali

Gunmen on motorbikes killed four villagers in Dioura on Saturday, residents said. Soldiers \
reportedly clashed with suspected jihadists near Tenenkou on Sunday, an army source said, without \
giving a toll.`

const review = (body: unknown) => ReviewInputSchema.parse(body)

/** The rule extractor plus one invented event first, so every real event's index moves by one. */
const shifted: Extractor = {
  name: 'rules-shifted',
  version: 'test',
  extract(doc) {
    const real = defaultExtractor.extract(doc)
    const extra = { ...real[0]!, evidence: [], location: 'Nowhere', latitude: null, longitude: null }
    return [extra, ...real].map((e, i) => ({ ...e, event_id: `${doc.id}:${i + 1}` }))
  },
}

for (const backend of BACKENDS) describe(`reviews (${backend.name})`, () => {
  let store: Store
  let docId: string
  before(async () => {
    store = createSqlStore(await backend.openDb())
    const raw = readText(TEXT, 'test://dioura.txt', { outlet: 'Sahel Test Wire', published: '2024-03-04' })
    docId = (await ingestRawDoc(store, raw)).docId
  })
  after(() => store.close())

  const byLocation = async (location: string) =>
    (await store.eventsOfDocument(docId)).find((e) => e.location === location)

  it('queue: hedged battle first, with its reasons; all unreviewed events listed', async () => {
    const q = await store.reviewQueue({ limit: 10, offset: 0 })
    assert.equal(q.total, 2, 'two events extracted')
    assert.equal(q.items[0]?.event.location, 'Tenenkou', 'the hedged report leads')
    assert.ok(q.items[0]?.reasons.includes('hedged'), 'reason named')
    assert.ok((q.items[0]?.score ?? 0) > (q.items[1]?.score ?? 0), 'scores descend')
  })

  it('correct place: event updated, coded_by analyst, audit with before and after', async () => {
    const ev = await byLocation('Tenenkou')
    assert.ok(ev, 'Tenenkou event')
    const place = { location: 'Diafarabe', latitude: 14.1489, longitude: -4.9133, admin1: 'Mopti' }
    const out = await store.reviewEvent(ev.event_id, review({
      action: 'correct', field: 'place', value: place, reviewer: 'amina', note: 'ferry crossing',
    }))
    assert.equal(out.event?.location, 'Diafarabe', 'location written')
    assert.equal(out.event?.latitude, 14.1489, 'latitude written')
    assert.equal(out.event?.geo_precision, 1, 'a clicked point is exact')
    assert.equal(out.event?.coded_by, 'analyst', 'coded_by')
    assert.deepEqual((out.review.before as { location: string }).location, 'Tenenkou', 'before')
    assert.equal(out.review.reviewer, 'amina', 'reviewer')
    const audit = await store.eventAudit(ev.event_id)
    assert.deepEqual(audit.map((a) => [a.action, a.field]), [['correct', 'place']], 'audit trail')
    const q = await store.reviewQueue({ limit: 10, offset: 0 })
    assert.equal(q.total, 1, 'a reviewed event leaves the queue')
  })

  it('rejects a bad value with E_BAD_ARGUMENT and writes nothing', async () => {
    const ev = await byLocation('Dioura')
    await assert.rejects(
      store.reviewEvent(ev!.event_id, review({
        action: 'correct', field: 'type',
        value: { event_type: 'Battles', sub_event_type: 'Peaceful protest' },
      })),
      (e: Error & { code?: string }) => e.code === 'E_BAD_ARGUMENT',
    )
    assert.deepEqual(await store.eventAudit(ev!.event_id), [], 'no audit row')
  })

  it('correction survives a re-extraction that renumbers the events', async () => {
    const before = await byLocation('Diafarabe')
    const res = await reextractDocument(store, docId, shifted)
    assert.equal(res.events, 3, 'three events after re-extraction')
    const after = await byLocation('Diafarabe')
    assert.ok(after, 'the corrected place is back')
    assert.notEqual(after.event_id, before!.event_id, 'under a new id')
    assert.deepEqual(await store.codingOf([after.event_id]), { [after.event_id]: 'analyst' })
    const audit = await store.eventAudit(after.event_id)
    assert.equal(audit.length, 1, 'its audit follows the stable key')
    assert.equal(await byLocation('Tenenkou'), undefined, 'the machine place is not back')
  })

  it('reject: gone from lists and exports, kept in the audit, stays gone on re-extraction', async () => {
    const ev = await byLocation('Dioura')
    const out = await store.reviewEvent(ev!.event_id, review({ action: 'reject', note: 'duplicate' }))
    assert.equal(out.event, null, 'no event after rejection')
    assert.equal(await store.getEvent(ev!.event_id), null, 'not readable')
    const listed = await store.listEvents({}, { limit: 50, offset: 0 })
    assert.ok(!listed.items.some((e) => e.location === 'Dioura'), 'not listed')
    const exported: string[] = []
    for await (const r of store.streamEvents({})) exported.push(r.location)
    assert.ok(!exported.includes('Dioura'), 'not exported')
    const audit = await store.eventAudit(ev!.event_id)
    assert.equal(audit[0]?.action, 'reject', 'audit kept')
    assert.equal((audit[0]?.before as { location: string }).location, 'Dioura', 'whole event kept')
    await reextractDocument(store, docId, shifted)
    assert.equal(await byLocation('Dioura'), undefined, 'still rejected after re-extraction')
  })
})
