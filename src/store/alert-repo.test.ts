/**
 * @module
 * Alerts in a real store, on every backend: a watchlist on the invented ambush raises one alert
 * when the first report arrives, nothing when a second outlet repeats the same facts, revision 2
 * when a third revises the toll, nothing for an unrelated attack; an alert follows its incident
 * when a report with a smaller event id renames it (merge); removing the watchlist drops its
 * alerts. The migration's .ts copy is checked against its .sql file.
 */
import assert from 'node:assert/strict'
import { readFile } from 'node:fs/promises'
import { after, before, describe, it } from 'node:test'
import type { Extractor } from '../extract/extractor.js'
import { docIdFor } from '../ingest/index.js'
import { ingestRawDoc } from '../pipeline.js'
import { byKey, stubExtractor } from '../watch/_fixtures.js'
import { BACKENDS, openBackendStore } from './_backends.js'
import { makeDoc, makeEvent } from './_fixtures.js'
import { sql } from './migrations/0008-watchlists.js'
import type { Store } from './store.js'

const NO_HOOKS = { alerts: { deliver: false } } as const

it('0008-watchlists.ts embeds 0008-watchlists.sql unchanged', async () => {
  const url = new URL('./migrations/0008-watchlists.sql', import.meta.url)
  assert.equal(sql.trim(), (await readFile(url, 'utf8')).trim())
})

for (const backend of BACKENDS) describe(`alerts (${backend.name})`, () => {
  let store: Store
  before(async () => {
    store = await openBackendStore(backend)
  })
  after(() => store.close())
  const ingest = (key: string) => ingestRawDoc(store, byKey(key).raw, stubExtractor, NO_HOOKS)

  it('one alert per incident, revised by a toll revision, silent on repeats', async () => {
    const w = await store.addWatchlist({
      name: 'North Reach battles',
      filter: { admin1: 'north reach', types: ['Battles'], min_fatalities: 5 },
    })
    await store.addWatchlist({ name: 'Lake Militia', filter: { actors: ['lake militia'] } })
    const steps: [string, string[]][] = [
      ['courier', ['new:1']], ['river', []], ['gazette', ['updated:2']], ['market', []],
      ['gazette', []],
    ]
    for (const [key, want] of steps) {
      const r = await ingest(key)
      assert.deepEqual(r.alerts.map((a) => `${a.kind}:${a.alert.revision}`), want, key)
    }
    const alerts = await store.listAlerts({ watchlistId: w.id })
    assert.equal(alerts.length, 1, 'one alert')
    const a = alerts[0]!
    assert.equal(a.revision, 2)
    assert.deepEqual(a.changed, ['fatalities_max'])
    assert.deepEqual([a.state.fatalities, a.state.fatalities_max, a.state.reports], [6, 11, 3])
    assert.deepEqual(a.state.outlets.length, 3, 'three outlets in the state')
    assert.equal((await store.listWatchlists()).find((x) => x.id === w.id)?.alerts, 1)
    assert.deepEqual(await store.listAlerts({ since: a.updated_at }), [], 'nothing newer')
    const period = (from: string, to: string) => store.listAlerts({ period: { from, to } })
    assert.equal((await period(a.first_at, a.updated_at)).length, 1, 'raised in the period')
    assert.equal((await period(a.updated_at, '2999-01-01')).length, 1, 'revised in the period')
    assert.deepEqual(await period('2001-01-01', '2001-01-02'), [], 'nothing then')
  })

  it('a renamed (merged) incident keeps its alert', async () => {
    const s = await openBackendStore(backend)
    try {
      await s.addWatchlist({ name: 'ambush', filter: { types: ['Battles'] } })
      // The report with the larger event id first: the second renames the incident.
      const keys = ['courier', 'river'].sort((x, y) =>
        docIdFor(byKey(x).raw.content_hash) < docIdFor(byKey(y).raw.content_hash) ? 1 : -1)
      const first = await ingestRawDoc(s, byKey(keys[0]!).raw, stubExtractor, NO_HOOKS)
      const second = await ingestRawDoc(s, byKey(keys[1]!).raw, stubExtractor, NO_HOOKS)
      assert.equal(first.alerts.length, 1)
      assert.deepEqual(second.alerts, [], 'same facts: no new alert, no revision')
      const alerts = await s.listAlerts({})
      assert.equal(alerts.length, 1)
      assert.notEqual(alerts[0]!.incident_id, first.alerts[0]!.alert.incident_id, 'renamed')
      assert.ok(await s.getIncident(alerts[0]!.incident_id), 'follows the live incident')
      assert.equal(alerts[0]!.state.reports, 2)
      assert.equal(await s.removeWatchlist('ambush'), true)
      assert.deepEqual(await s.listAlerts({}), [], 'alerts go with the watchlist')
    } finally {
      await s.close()
    }
  })

  it('refuses a taken name', async () => {
    await assert.rejects(store.addWatchlist({ name: 'Lake Militia' }), /already exists/)
  })
})

for (const backend of BACKENDS) describe(`merging alerted incidents (${backend.name})`, () => {
  // Two ambushes 27 km apart (two incidents, two alerts), then a vaguer report between them
  // (geo precision 2: 50 km) links both into one incident.
  const docs = [['west', 20.0, 1], ['east', 20.5, 1], ['bridge', 20.25, 2]] as const
  const raws = docs.map(([key]) => makeDoc(`Invented report ${key}.`, { outlet: key }))
  const stub: Extractor = {
    name: 'fixture', version: '0',
    extract: (doc) => {
      const i = raws.findIndex((r) => r.text === doc.text)
      const [, lon, precision] = docs[i] ?? docs[0]
      return [makeEvent(doc.id, 1, { doc_id: doc.id, longitude: lon, geo_precision: precision,
        fatalities: 3 + i })]
    },
  }
  it('the oldest alert lives on, the other is marked merged into it', async () => {
    const s = await openBackendStore(backend)
    try {
      await s.addWatchlist({ name: 'all battles', filter: { types: ['Battles'] } })
      const r = []
      for (const raw of raws) r.push(await ingestRawDoc(s, raw, stub, NO_HOOKS))
      assert.deepEqual(r.map((x) => x.alerts.map((a) => `${a.kind}:${a.alert.revision}`)),
        [['new:1'], ['new:1'], ['updated:2']])
      const alerts = await s.listAlerts({})
      assert.equal(alerts.length, 1, 'one alert for the merged incident')
      assert.equal(alerts[0]!.id, r[0]!.alerts[0]!.alert.id, 'the oldest')
      assert.equal(alerts[0]!.state.reports, 3)
      assert.ok(await s.getIncident(alerts[0]!.incident_id))
      const absorbed = await s.getAlert(r[1]!.alerts[0]!.alert.id)
      assert.match(absorbed?.incident_id ?? '', /~\d+$/, 'tagged, kept for the record')
    } finally {
      await s.close()
    }
  })
})
